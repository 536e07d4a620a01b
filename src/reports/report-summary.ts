/**
 * The summary page's numbers, made by the dashboard's rules (docs/progress-rules.md, "Roll-ups")
 * from the report's own rows, so the file and the dashboard agree: progress follows the program's
 * weighting (equal, or by planned cost) to one decimal, and the totals carry its formula (the
 * footnote); a body counts measures where it is lead or co, once each.
 */
import { isOverdue } from "../domain/measure-progress.ts";
import {
  type Formula,
  inputsOf,
  progressFormula,
  type WeighedMeasure,
  type Weighting,
  weighedProgress,
} from "../domain/progress-formula.ts";
import { fundingLabel, type ReportLang, STATUSES, statusLabel } from "./labels.ts";
import type { MeasureInput, ReportInput } from "./report-input.ts";

/** The summary of a report. */
export interface ReportSummary {
  totals: { measures: number; percent: number; overdue: number; planned: number; spent: number };
  /** How the total progress was computed (the footnote under the progress figures). */
  formula: Formula;
  byStatus: { status: string; label: string; measures: number }[];
  bySection: {
    sectionId: number | null;
    code: string | null;
    title: string;
    measures: number;
    percent: number;
  }[];
  byBody: { organizationId: number; name: string; measures: number; lead: number; percent: number }[];
  byFunding: {
    code: string;
    label: string;
    measures: number;
    percent: number;
    planned: number;
    spent: number;
  }[];
  overdue: {
    number: string | null;
    action: string;
    deadline: string;
    status: string;
    percent: number;
    reason: string;
  }[];
  /** Bars of the chart: progress by section. */
  chart: { label: string; value: number }[];
  reportingRate: ReportInput["reportingRate"];
}

/** True when the measure is overdue on the report's date. */
export function measureOverdue(m: MeasureInput, date: string): boolean {
  return isOverdue(m, date);
}

/** Measures in groups of a key, in first-seen order. */
function groupBy<K>(items: MeasureInput[], keys: (m: MeasureInput) => K[]): Map<K, MeasureInput[]> {
  const out = new Map<K, MeasureInput[]>();
  for (const m of items)
    for (const k of new Set(keys(m))) {
      const list = out.get(k) ?? [];
      list.push(m);
      out.set(k, list);
    }
  return out;
}

/** A report row as the weighting rules read it. */
function weighed(m: MeasureInput): WeighedMeasure {
  return {
    percent: m.percent,
    // hand-made inputs without the flag: a measure whose state moved has had a report accepted
    reported: m.reported ?? (m.status !== "not_started" || m.percent > 0),
    plannedCost: m.plannedCost ?? null,
    removed: false,
  };
}

/** Progress of measures by the rule. */
type Progress = (ms: MeasureInput[]) => number;
const progressBy =
  (rule: Weighting): Progress =>
  (ms) =>
    weighedProgress(rule, ms.map(weighed));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The summary of the report's measures and sections. */
export function buildSummary(input: ReportInput, noSection: string): ReportSummary {
  const { measures, lang, date } = input;
  const rule = input.weighting ?? "equal";
  const mean = progressBy(rule);
  const lines = measures.flatMap((m) => m.funding);
  const sections = groupBy(measures, (m) => [m.sectionId]);
  // the plan's order; a section the list does not name still shows, before "no section"
  const known = input.sections.map((s) => s.id);
  const others = [...sections.keys()].filter((id) => id !== null && !known.includes(id));
  const sectionOrder = [...known, ...others, null].filter((id) => sections.has(id));
  const bySection = sectionOrder.map((id) => {
    const s = input.sections.find((x) => x.id === id);
    const group = sections.get(id) ?? [];
    return {
      sectionId: id,
      code: s?.code ?? null,
      title: s?.title ?? noSection,
      measures: group.length,
      percent: mean(group),
    };
  });
  return {
    totals: {
      measures: measures.length,
      percent: mean(measures),
      overdue: measures.filter((m) => measureOverdue(m, date)).length,
      planned: sum(lines.map((f) => f.planned ?? 0)),
      spent: sum(lines.map((f) => f.spent)),
    },
    formula: progressFormula(rule, {
      ...inputsOf(measures.map(weighed)),
      removed: input.removedMeasures ?? 0,
    }),
    byStatus: STATUSES.map((status) => ({
      status,
      label: statusLabel(lang, status),
      measures: measures.filter((m) => m.status === status).length,
    })).filter((s) => s.measures > 0),
    bySection,
    byBody: bodies(measures, mean),
    byFunding: funding(measures, lang, mean),
    overdue: measures
      .filter((m) => measureOverdue(m, date))
      .map((m) => ({
        number: m.number,
        action: m.action,
        deadline: m.deadlineText,
        status: statusLabel(lang, m.status),
        percent: m.percent,
        reason: m.delayReason,
      })),
    chart: bySection.map((s) => ({
      label: s.code === null ? s.title : `${s.code}. ${s.title}`,
      value: s.percent,
    })),
    reportingRate: input.reportingRate,
  };
}

// Matched organizations only, as the dashboard; ordered by name, then id.
function bodies(measures: MeasureInput[], mean: Progress): ReportSummary["byBody"] {
  const orgs = new Map<number, string>();
  for (const m of measures)
    for (const b of m.bodies) if (b.organization) orgs.set(b.organization.id, b.organization.name);
  const groups = groupBy(measures, (m) =>
    m.bodies.flatMap((b) => (b.organization ? [b.organization.id] : [])),
  );
  return [...groups]
    .map(([id, group]) => ({
      organizationId: id,
      name: orgs.get(id) ?? "",
      measures: group.length,
      lead: group.filter((m) => m.bodies.some((b) => b.role === "lead" && b.organization?.id === id)).length,
      percent: mean(group),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.organizationId - b.organizationId));
}

// Per source code: the measures with a line of it, their planned sums and what was spent from it.
function funding(measures: MeasureInput[], lang: ReportLang, mean: Progress): ReportSummary["byFunding"] {
  const groups = groupBy(measures, (m) => m.funding.map((f) => f.code));
  return [...groups]
    .map(([code, group]) => {
      const lines = group.flatMap((m) => m.funding.filter((f) => f.code === code));
      return {
        code,
        label: fundingLabel(lang, code),
        measures: group.length,
        percent: mean(group),
        planned: sum(lines.map((f) => f.planned ?? 0)),
        spent: sum(lines.map((f) => f.spent)),
      };
    })
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
