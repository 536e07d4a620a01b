/**
 * Unsent report input kept in localStorage, so a weak connection or a closed tab loses nothing:
 * written on every change, removed once the server has the same input.
 */
import type { ReportInput } from "./api.ts";

const key = (measureId: number, period: string) => `myReports:draft:${measureId}:${period}`;

/** The input not yet saved on the server, if any. */
export function loadLocalDraft(measureId: number, period: string): ReportInput | null {
  try {
    const raw = localStorage.getItem(key(measureId, period));
    return raw ? (JSON.parse(raw) as ReportInput) : null;
  } catch {
    return null; // storage blocked or damaged: start from the server's copy
  }
}

/** Keeps unsent input on this device. */
export function storeLocalDraft(measureId: number, period: string, input: ReportInput): void {
  try {
    localStorage.setItem(key(measureId, period), JSON.stringify(input));
  } catch {
    // storage full or blocked: the autosave still tries the server
  }
}

/** Forgets the local copy once the server has it. */
export function clearLocalDraft(measureId: number, period: string): void {
  try {
    localStorage.removeItem(key(measureId, period));
  } catch {
    // nothing to forget
  }
}
