/**
 * Derived progress of a measure, pure (the one SQL twin of each rule is in
 * src/operations/shared/progress-sql.ts, tested against these functions). Rules, also in
 * docs/progress-rules.md:
 * - percent / status: the lead body's latest accepted report (by period order, then report id);
 *   co-executors' reports never set them; no accepted lead report → 0 / not_started.
 * - done: that latest accepted lead report says "done".
 * - firstOpenYear (yearly measures only): the first program year without an accepted lead report
 *   saying "done" in one of its quarters; null when every year is done.
 * - spent: the sum of the spending of every accepted report (any body, any period); each report
 *   states that quarter's own spending, not a running total.
 * - overdue on `today`: cancelled (its latest accepted lead report says so) — never; dated
 *   measure — deadlineTo < today and not done; yearly — 31 December of firstOpenYear < today;
 *   ongoing or without a deadline — never.
 */

/** An accepted report of the measure, with the sum of its spending. */
export interface AcceptedReport {
  id: number;
  organizationId: number;
  periodId: number;
  year: number;
  quarter: number;
  status: string;
  percent: number;
  spent: number;
}

/** The derived row of measure_state. */
export interface MeasureProgress {
  percent: number;
  status: string;
  done: boolean;
  firstOpenYear: number | null;
  spent: number;
  lastAcceptedPeriodId: number | null;
}

/** What the state of a measure is derived from. */
export interface MeasureFacts {
  repeat: "yearly" | "ongoing" | null;
  leadOrganizationIds: number[];
  programYears: { from: number; to: number };
  accepted: AcceptedReport[];
}

/** The measure's current state from its accepted reports. */
export function deriveMeasureProgress(facts: MeasureFacts): MeasureProgress {
  const leads = new Set(facts.leadOrganizationIds);
  const lead = facts.accepted
    .filter((r) => leads.has(r.organizationId))
    .sort((a, b) => a.year - b.year || a.quarter - b.quarter || a.id - b.id);
  const latest = lead.at(-1);
  let firstOpenYear: number | null = null;
  if (facts.repeat === "yearly") {
    const doneYears = new Set(lead.filter((r) => r.status === "done").map((r) => r.year));
    for (let y = facts.programYears.from; y <= facts.programYears.to; y++)
      if (!doneYears.has(y)) {
        firstOpenYear = y;
        break;
      }
  }
  // cents, so that sums of money are exact
  const spentCents = facts.accepted.reduce((sum, r) => sum + Math.round(r.spent * 100), 0);
  return {
    percent: latest?.percent ?? 0,
    status: latest?.status ?? "not_started",
    done: latest?.status === "done",
    firstOpenYear,
    spent: spentCents / 100,
    lastAcceptedPeriodId: latest?.periodId ?? null,
  };
}

/** What overdue needs of a measure and its state (status: of its latest accepted lead report). */
export interface OverdueFacts {
  deadlineTo: string | null;
  repeat: "yearly" | "ongoing" | null;
  done: boolean;
  status: string;
  firstOpenYear: number | null;
}

/**
 * True when the measure is overdue on `today` ("2026-10-01"). A cancelled measure is closed (its
 * delay reason says why), so nothing is late; a measure done after its deadline is not overdue.
 */
export function isOverdue(m: OverdueFacts, today: string): boolean {
  if (m.repeat === "ongoing" || m.status === "cancelled") return false;
  if (m.repeat === "yearly") return m.firstOpenYear !== null && `${m.firstOpenYear}-12-31` < today;
  return m.deadlineTo !== null && m.deadlineTo < today && !m.done;
}

/** True when bodies are expected to report on the measure in the quarter [start, end]. */
export function isActiveInQuarter(
  m: { deadlineFrom: string | null; deadlineTo: string | null; repeat: string | null },
  start: string,
  end: string,
): boolean {
  if (m.repeat !== null) return true;
  const from = m.deadlineFrom ?? m.deadlineTo;
  const to = m.deadlineTo ?? m.deadlineFrom;
  if (from === null || to === null) return true;
  return from <= end && to >= start;
}

/** The roll-up of measures' percents: their mean, rounded to one decimal; no measures → 0. */
export function meanPercent(percents: number[]): number {
  return meanOfSum(
    percents.reduce((a, b) => a + b, 0),
    percents.length,
  );
}

/** The mean of measures' percents given as their sum and count, one decimal; none → 0. */
export function meanOfSum(percentSum: number, measures: number): number {
  return measures === 0 ? 0 : Math.round((percentSum * 10) / measures) / 10;
}

/** part / whole in percent, one decimal; nothing expected → 0 (the reporting rate). */
export function ratePercent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10;
}
