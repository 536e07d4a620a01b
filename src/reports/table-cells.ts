/**
 * The action table's columns as text, shared by the DOCX and PDF renderers so both show the same
 * layout; the XLSX keeps numbers as numbers and has its own columns.
 */
import { formatNumber, type Labels } from "./labels.ts";
import type { ReportData, ReportRow } from "./report-data.ts";

/** A column: its header and its share of the table's width (the shares sum to 100). */
export interface Column {
  header: (l: Labels) => string;
  width: number;
  cell: (row: ReportRow, l: Labels) => string;
}

const money = (n: number | null) => (n === null ? "—" : formatNumber(n));

/** The columns of the action table, left to right. */
export const COLUMNS: Column[] = [
  { header: (l) => l.number, width: 3, cell: (r) => r.number ?? "" },
  { header: (l) => l.task, width: 10, cell: (r) => r.task },
  { header: (l) => l.action, width: 13, cell: (r) => r.action },
  { header: (l) => l.deadline, width: 6, cell: (r) => r.deadline },
  { header: (l) => l.result, width: 9, cell: (r) => r.result },
  { header: (l) => l.responsible, width: 9, cell: (r) => r.responsible.join("; ") },
  {
    header: (l) => l.status,
    width: 7,
    cell: (r, l) => (r.overdue ? `${r.statusLabel} (${l.overdueMark})` : r.statusLabel),
  },
  { header: (l) => l.percent, width: 4, cell: (r) => String(r.percent) },
  { header: (l) => l.doneText, width: 12, cell: (r) => r.doneText },
  {
    header: (l) => l.funding,
    width: 11,
    cell: (r) => r.funding.map((f) => `${f.label}: ${money(f.planned)} / ${money(f.spent)}`).join("\n"),
  },
  {
    header: (l) => l.indicators,
    width: 8,
    cell: (r) =>
      r.indicators
        .map(
          (i) => `${formatNumber(i.target)} / ${i.actual === null ? "—" : formatNumber(i.actual)} ${i.unit}`,
        )
        .join("\n"),
  },
  { header: (l) => l.delayReason, width: 8, cell: (r) => r.delayReason },
];

/** A section's heading line in the table: "1. Экономика — 60 %". */
export function groupHeading(group: ReportData["groups"][number]): string {
  return `${group.code === null ? "" : `${group.code}. `}${group.title} — ${formatNumber(group.percent)} %`;
}

/** The summary page as label/value lines and small tables, in the order every renderer shows them. */
export function summaryTables(
  data: ReportData,
): { title: string; header: string[]; rows: string[][]; note?: string }[] {
  const l = data.labels;
  const s = data.summary;
  const rate = s.reportingRate;
  const totals: string[][] = [
    [l.measures, formatNumber(s.totals.measures)],
    [`${l.progress} *`, formatNumber(s.totals.percent)],
    [l.overdueCount, formatNumber(s.totals.overdue)],
    [l.planned, formatNumber(s.totals.planned)],
    [l.spent, formatNumber(s.totals.spent)],
  ];
  if (rate)
    totals.push([
      `${l.reportingRate} (${rate.period})`,
      `${rate.submitted} / ${rate.expected} = ${formatNumber(rate.rate)} %`,
    ]);
  return [
    // the footnote marked by "*": how progress was computed, what was counted and left out
    { title: l.totals, header: ["", ""], rows: totals, note: data.footnote },
    {
      title: l.byStatus,
      header: [l.status, l.measures],
      rows: s.byStatus.map((x) => [x.label, String(x.measures)]),
    },
    {
      title: l.bySection,
      header: ["", l.measures, l.progress],
      rows: s.bySection.map((x) => [
        `${x.code === null ? "" : `${x.code}. `}${x.title}`,
        String(x.measures),
        formatNumber(x.percent),
      ]),
    },
    {
      title: l.byBody,
      header: ["", l.measures, l.lead, l.progress],
      rows: s.byBody.map((x) => [x.name, String(x.measures), String(x.lead), formatNumber(x.percent)]),
    },
    {
      title: l.byFunding,
      header: ["", l.measures, l.progress, l.planned, l.spent],
      rows: s.byFunding.map((x) => [
        x.label,
        String(x.measures),
        formatNumber(x.percent),
        formatNumber(x.planned),
        formatNumber(x.spent),
      ]),
    },
    {
      title: l.overdueList,
      header: [l.number, l.action, l.deadline, l.status, l.percent, l.delayReason],
      rows: s.overdue.map((x) => [
        x.number ?? "",
        x.action,
        x.deadline,
        x.status,
        String(x.percent),
        x.reason,
      ]),
    },
  ];
}
