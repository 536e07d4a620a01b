/**
 * When a quarter's reports are due: the period's own due date when the planner set one, else the
 * program's `report_due_days` after the quarter ends (default 5: Q3 2026 → 2026-10-05). Dates are
 * ISO strings ("2026-10-05"), counted in whole UTC days, so a comparison is a string comparison.
 */
import { type Quarter, quarterEnd } from "./quarter.ts";

/** The days a program gives after the quarter ends, unless it says otherwise. */
export const DEFAULT_REPORT_DUE_DAYS = 5;

const DAY_MS = 86_400_000;

/** The ISO day `days` after `day` (negative: before); months and leap years roll over. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The due date of a period's reports: its own date, or `reportDueDays` after the quarter's last day. */
export function periodDueDate(
  quarter: Quarter,
  reportDueDays: number = DEFAULT_REPORT_DUE_DAYS,
  ownDueDate: string | null = null,
): string {
  return ownDueDate ?? addDays(quarterEnd(quarter), reportDueDays);
}

/** 1 Monday … 7 Sunday (ISO weekday) of an ISO day. */
export function isoWeekday(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}
