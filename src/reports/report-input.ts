/**
 * What the official report is built from: plain rows an operation loads from the store (or a test
 * writes by hand). Percent, status, done and spent are the measure's current state, as on the
 * dashboard; doneText and delayReason come from the period's reports.
 */
import type { Weighting } from "../domain/progress-formula.ts";
import type { ReportLang } from "./labels.ts";

/** A body responsible for a measure: the name as the plan writes it, the matched organization. */
export interface BodyInput {
  name: string;
  role: "lead" | "co";
  organization: { id: number; name: string } | null;
}

/** One funding line of a measure with what accepted reports say was spent from it. */
export interface FundingInput {
  code: string;
  text: string;
  planned: number | null;
  spent: number;
}

/** A measure of the action table with its state and its period's report text. */
export interface MeasureInput {
  sectionId: number | null;
  number: string | null;
  task: string;
  action: string;
  deadlineText: string;
  deadlineTo: string | null;
  repeat: "yearly" | "ongoing" | null;
  result: string;
  bodies: BodyInput[];
  funding: FundingInput[];
  indicators: { unit: string; target: number; actual: number | null }[];
  status: string;
  percent: number;
  done: boolean;
  firstOpenYear: number | null;
  doneText: string;
  delayReason: string;
  /** the measure's whole planned cost (the cost rule's weight); absent or null: none */
  plannedCost?: number | null;
  /** it has an accepted lead report (absent: judged by its status having moved from not started) */
  reported?: boolean;
}

/** Everything a report needs, in the plan's order (sections and measures by position). */
export interface ReportInput {
  lang: ReportLang;
  /** "2026-Q2" for a quarter, "2026" for a whole year. */
  period: string;
  /** The day the report is made ("2026-07-05"): overdue is judged on it. */
  date: string;
  territory: { ky: string; ru: string };
  program: { title: string; approvalNumber: string | null; approvalDate: string | null };
  signatories: { position: string; name: string }[];
  sections: { id: number; code: string | null; title: string }[];
  measures: MeasureInput[];
  /** How progress weighs the measures (the program's rule); absent: equally. */
  weighting?: Weighting;
  /** Measures removed by a later version of the plan (not in `measures`, named in the footnote). */
  removedMeasures?: number;
  /** Who reported in the period's (last) quarter; null when not known. */
  reportingRate: { period: string; expected: number; submitted: number; rate: number } | null;
}
