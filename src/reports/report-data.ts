/**
 * The official implementation report as plain objects, built once and drawn by one renderer per
 * format: a title block, a summary, and the action table as approved, grouped by section.
 */
import { formulaFootnote } from "./formula-footnote.ts";
import {
  dateLabel,
  fundingLabel,
  type Labels,
  labelsOf,
  periodLabel,
  type ReportLang,
  statusLabel,
} from "./labels.ts";
import type { MeasureInput, ReportInput } from "./report-input.ts";
import { buildSummary, measureOverdue, type ReportSummary } from "./report-summary.ts";

/** One row of the action table. */
export interface ReportRow {
  number: string | null;
  task: string;
  action: string;
  deadline: string;
  result: string;
  responsible: string[];
  status: string;
  statusLabel: string;
  percent: number;
  overdue: boolean;
  doneText: string;
  /** The reason the period's report gives for being late; empty for a done measure. */
  delayReason: string;
  funding: { code: string; label: string; planned: number | null; spent: number }[];
  planned: number;
  spent: number;
  indicators: { unit: string; target: number; actual: number | null }[];
}

/** A section of the action table with its measures. */
export interface ReportGroup {
  code: string | null;
  title: string;
  percent: number;
  rows: ReportRow[];
}

/** The whole report, ready for a renderer. */
export interface ReportData {
  lang: ReportLang;
  labels: Labels;
  title: {
    heading: string;
    territory: string;
    program: string;
    period: string;
    date: string;
    approval: string | null;
    signatures: { position: string; name: string }[];
  };
  summary: ReportSummary;
  /** Under the progress figures: how progress was computed, what was counted and left out. */
  footnote: string;
  /** The funding sources met in the table, by code: the XLSX gives each two columns. */
  fundingSources: { code: string; label: string }[];
  groups: ReportGroup[];
}

/** Builds the report of `input` in its language. */
export function buildReportData(input: ReportInput): ReportData {
  const labels = labelsOf(input.lang);
  const summary = buildSummary(input, labels.noSection);
  const codes = [...new Set(input.measures.flatMap((m) => m.funding.map((f) => f.code)))].sort();
  return {
    lang: input.lang,
    labels,
    title: {
      heading: labels.heading,
      territory: input.territory[input.lang],
      program: input.program.title,
      period: periodLabel(input.lang, input.period),
      date: dateLabel(input.date),
      approval: approval(input),
      signatures:
        input.signatories.length > 0
          ? input.signatories
          : [{ position: labels.responsibleOfficial, name: "" }],
    },
    summary,
    footnote: formulaFootnote(input.lang, summary.formula),
    fundingSources: codes.map((code) => ({ code, label: fundingLabel(input.lang, code) })),
    groups: summary.bySection.map((s) => ({
      code: s.code,
      title: s.title,
      percent: s.percent,
      rows: input.measures.filter((m) => m.sectionId === s.sectionId).map((m) => row(input, m)),
    })),
  };
}

function approval(input: ReportInput): string | null {
  const { approvalNumber: n, approvalDate: d } = input.program;
  if (n === null && d === null) return null;
  return [d === null ? null : dateLabel(d), n === null ? null : `№ ${n}`]
    .filter((x) => x !== null)
    .join(", ");
}

function row(input: ReportInput, m: MeasureInput): ReportRow {
  const overdue = measureOverdue(m, input.date);
  const lead = m.bodies.filter((b) => b.role === "lead");
  return {
    number: m.number,
    task: m.task,
    action: m.action,
    deadline: m.deadlineText,
    result: m.result,
    responsible: [...lead, ...m.bodies.filter((b) => b.role === "co")].map((b) => b.name),
    status: m.status,
    statusLabel: statusLabel(input.lang, m.status),
    percent: m.percent,
    overdue,
    doneText: m.doneText,
    // reports need a reason only when late, so a done measure's old reason is not shown
    delayReason: m.status === "done" ? "" : m.delayReason,
    funding: m.funding.map((f) => ({
      code: f.code,
      label: fundingLabel(input.lang, f.code),
      planned: f.planned,
      spent: f.spent,
    })),
    planned: m.funding.reduce((n, f) => n + (f.planned ?? 0), 0),
    spent: m.funding.reduce((n, f) => n + f.spent, 0),
    indicators: m.indicators,
  };
}
