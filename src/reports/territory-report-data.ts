/**
 * The oblast / national summary report as plain objects: one row per child territory of the
 * roll-up, a row for the territory's own programs when it has any, a totals row, and the formula
 * as a footnote with the totals' own inputs. Drawn by one renderer per format (territory-render-*).
 */
import {
  dateLabel,
  formatNumber,
  type Labels,
  labelsOf,
  periodLabel,
  type ReportLang,
  statusLabel,
} from "./labels.ts";
import { type TerritoryLabels, territoryLabelsOf } from "./territory-report-labels.ts";

/** The numbers of one roll-up line (a child territory, the own programs, the totals). */
export interface TerritoryLineInput {
  programs: number;
  measures: number;
  done: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  progress: number;
  reportingRate: number;
  planned: number;
  spent: number;
}

/** What the summary report is built from: the roll-up with names in both languages. */
export interface TerritoryReportInput {
  lang: ReportLang;
  /** "2026-Q2" */
  period: string;
  /** The day the report is made. */
  date: string;
  territory: { code: string; ky: string; ru: string };
  children: (TerritoryLineInput & { code: string; ky: string; ru: string })[];
  own: TerritoryLineInput;
  totals: TerritoryLineInput & { percentSum: number; submitted: number; expected: number };
}

/** A column of the summary table: its header and its value in a line (a name or a number). */
export interface TerritoryColumn {
  header: (l: Labels, t: TerritoryLabels, lang: ReportLang) => string;
  width: number;
  value: (line: TerritoryLineInput) => number;
  money?: boolean;
}

/** The number columns, left to right, after the territory's name (shares of the width sum to 82). */
export const TERRITORY_COLUMNS: TerritoryColumn[] = [
  { header: (_l, t) => t.programs, width: 7, value: (x) => x.programs },
  { header: (l) => l.measures, width: 7, value: (x) => x.measures },
  { header: (_l, _t, lang) => statusLabel(lang, "done"), width: 7, value: (x) => x.done },
  { header: (_l, _t, lang) => statusLabel(lang, "in_progress"), width: 8, value: (x) => x.inProgress },
  { header: (_l, _t, lang) => statusLabel(lang, "not_started"), width: 8, value: (x) => x.notStarted },
  { header: (l) => l.overdueCount, width: 8, value: (x) => x.overdue },
  { header: (l) => l.progress, width: 8, value: (x) => x.progress },
  { header: (_l, t) => t.reportingRate, width: 8, value: (x) => x.reportingRate },
  { header: (l) => l.planned, width: 11, value: (x) => x.planned, money: true },
  { header: (l) => l.spent, width: 10, value: (x) => x.spent, money: true },
];

/** The width share of the name column. */
export const NAME_WIDTH = 18;

/** One row of the table: a name and the columns' numbers; the totals row is set in bold. */
export interface TerritoryRow {
  name: string;
  values: number[];
  total: boolean;
}

/** The whole summary report, ready for a renderer. */
export interface TerritoryReportData {
  lang: ReportLang;
  labels: Labels;
  own: TerritoryLabels;
  title: { heading: string; territory: string; period: string; date: string };
  header: string[];
  rows: TerritoryRow[];
  footnote: { title: string; lines: string[] };
}

const valuesOf = (line: TerritoryLineInput) => TERRITORY_COLUMNS.map((c) => c.value(line));

/** The formula lines, the first two with the totals' own inputs ("2 340 / 45 = 52 %"). */
function footnote(input: TerritoryReportInput, t: TerritoryLabels): string[] {
  const x = input.totals;
  return [
    `¹ ${t.progressRule}: ${formatNumber(x.percentSum)} / ${formatNumber(x.measures)} = ${formatNumber(x.progress)} %.`,
    `² ${t.rateRule}: ${formatNumber(x.submitted)} / ${formatNumber(x.expected)} = ${formatNumber(x.reportingRate)} %.`,
    `³ ${t.countedRule}.`,
    `⁴ ${t.moneyRule}.`,
  ];
}

/** Builds the summary report of `input` in its language. */
export function buildTerritoryReportData(input: TerritoryReportInput): TerritoryReportData {
  const labels = labelsOf(input.lang);
  const own = territoryLabelsOf(input.lang);
  const marks = ["", "", "", "", "", "", "¹", "²", "⁴", "⁴"];
  const rows: TerritoryRow[] = input.children.map((c) => ({
    name: c[input.lang],
    values: valuesOf(c),
    total: false,
  }));
  if (input.own.programs > 0) rows.push({ name: own.ownPrograms, values: valuesOf(input.own), total: false });
  rows.push({ name: labels.total, values: valuesOf(input.totals), total: true });
  return {
    lang: input.lang,
    labels,
    own,
    title: {
      heading: own.heading,
      territory: `${input.territory[input.lang]} (${input.territory.code})`,
      period: periodLabel(input.lang, input.period),
      date: dateLabel(input.date),
    },
    header: [
      own.childTerritory,
      ...TERRITORY_COLUMNS.map((c, i) => `${c.header(labels, own, input.lang)}${marks[i] ?? ""}`),
    ],
    rows,
    footnote: { title: `${own.footnoteTitle} (³)`, lines: footnote(input, own) },
  };
}

/** A row's cells as text, as the DOCX and PDF print them (the XLSX keeps the numbers). */
export function rowText(row: TerritoryRow): string[] {
  return [row.name, ...row.values.map((v) => formatNumber(v))];
}
