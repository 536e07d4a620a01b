/**
 * Reporting periods are calendar quarters, written "2026-Q3". Dates are ISO strings
 * ("2026-07-01") so that comparisons are plain string comparisons, as in SQL.
 */
import { AppError } from "./errors.ts";

/** A quarter of a year. */
export interface Quarter {
  year: number;
  quarter: number;
}

const KEY = /^(\d{4})-Q([1-4])$/;

/** "2026-Q3" → { year: 2026, quarter: 3 }; anything else is invalid input. */
export function parseQuarter(key: string): Quarter {
  const m = KEY.exec(key);
  if (!m) throw new AppError("invalid_input", `"${key}" is not a period like 2026-Q3`);
  return { year: Number(m[1]), quarter: Number(m[2]) };
}

/** { year: 2026, quarter: 3 } → "2026-Q3". */
export function quarterKey(q: Quarter): string {
  return `${q.year}-Q${q.quarter}`;
}

/** The first day of the quarter, "2026-07-01". */
export function quarterStart(q: Quarter): string {
  return `${q.year}-${String((q.quarter - 1) * 3 + 1).padStart(2, "0")}-01`;
}

const LAST_DAY = ["03-31", "06-30", "09-30", "12-31"];

/** The last day of the quarter, "2026-09-30". */
export function quarterEnd(q: Quarter): string {
  return `${q.year}-${LAST_DAY[q.quarter - 1]}`;
}

/** The quarter a date ("2026-08-15") falls in. */
export function quarterOf(date: string): Quarter {
  const month = Number(date.slice(5, 7));
  return { year: Number(date.slice(0, 4)), quarter: Math.floor((month - 1) / 3) + 1 };
}

/** Every quarter of the years from..to, in order. */
export function quartersOfYears(from: number, to: number): Quarter[] {
  const out: Quarter[] = [];
  for (let year = from; year <= to; year++)
    for (let quarter = 1; quarter <= 4; quarter++) out.push({ year, quarter });
  return out;
}

/** Negative when a comes before b, 0 when equal, positive after: the order of periods. */
export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year - b.year || a.quarter - b.quarter;
}

/** A Date as its UTC calendar date, "2026-09-30": how operations take "today". */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
