/**
 * The report as a Word document: landscape A4, title block and summary first, then the action
 * table with a header row repeated on every page, pages numbered "Page n / N" in the footer.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { formatNumber, type Labels } from "./labels.ts";
import type { ReportData } from "./report-data.ts";
import { COLUMNS, groupHeading, summaryTables } from "./table-cells.ts";

/** The reports' font and page, shared with the territory summary (territory-render-docx.ts). */
export const FONT = "Times New Roman";
const TEXT_WIDTH = 16838 - 2 * 720; // twips: A4 landscape between the margins
const TABLE_SIZE = 14; // half-points: 7 pt keeps twelve columns readable on a landscape page

/** Paragraphs of a text, one per line ("\n"), so multi-line cells stay multi-line. */
function lines(text: string, options: { bold?: boolean; size?: number } = {}): Paragraph[] {
  return text
    .split("\n")
    .map((line) => new Paragraph({ children: [new TextRun({ text: line, ...options })] }));
}

/** A table cell of 7 pt text, one paragraph per line. */
export function cell(
  text: string,
  options: { bold?: boolean; shade?: string; span?: number; width?: number } = {},
) {
  return new TableCell({
    children: lines(text, { bold: options.bold, size: TABLE_SIZE }),
    columnSpan: options.span,
    width: options.width === undefined ? undefined : { size: options.width, type: WidthType.PERCENTAGE },
    shading: options.shade ? { type: ShadingType.CLEAR, color: "auto", fill: options.shade } : undefined,
  });
}

/** A small table: a bold header row, then the rows. */
function simpleTable(header: string[], rows: string[][]): Table {
  const head = header.some((h) => h !== "")
    ? [new TableRow({ children: header.map((h) => cell(h, { bold: true, shade: "E7E6E6" })) })]
    : [];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [...head, ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}

function titleBlock(data: ReportData): Paragraph[] {
  const { title: t, labels: l } = data;
  const line = (label: string, value: string) =>
    new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(t.heading)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: t.program, bold: true, size: 28 })],
    }),
    line(l.territory, t.territory),
    line(l.period, t.period),
    ...(t.approval === null ? [] : [line(l.approval, t.approval)]),
    line(l.date, t.date),
  ];
}

function summary(data: ReportData): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(data.labels.summary)] }),
  ];
  for (const t of summaryTables(data)) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t.title)] }));
    out.push(t.rows.length === 0 ? new Paragraph(data.labels.noOverdue) : simpleTable(t.header, t.rows));
    if (t.note)
      out.push(new Paragraph({ children: [new TextRun({ text: t.note, italics: true, size: 16 })] }));
  }
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(data.labels.chart)] }));
  // the chart as bars of block characters: Word and LibreOffice draw them without a chart part
  for (const bar of data.summary.chart)
    out.push(
      new Paragraph({
        children: [
          new TextRun({ text: `${bar.label.slice(0, 40).padEnd(12)} ` }),
          new TextRun({ text: "█".repeat(Math.round(bar.value / 2)), color: "2F5597" }),
          new TextRun({ text: ` ${formatNumber(bar.value)} %` }),
        ],
      }),
    );
  return out;
}

function actionTable(data: ReportData): Table {
  const l = data.labels;
  const header = new TableRow({
    tableHeader: true,
    children: COLUMNS.map((c) => cell(c.header(l), { bold: true, shade: "D9E2F3", width: c.width })),
  });
  const rows = data.groups.flatMap((g) => [
    new TableRow({
      children: [cell(groupHeading(g), { bold: true, shade: "F2F2F2", span: COLUMNS.length })],
    }),
    ...g.rows.map((r) => new TableRow({ cantSplit: true, children: COLUMNS.map((c) => cell(c.cell(r, l))) })),
  ]);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: COLUMNS.map((c) => Math.round((c.width / 100) * TEXT_WIDTH)),
    rows: [header, ...rows],
  });
}

function signatures(data: ReportData): Paragraph[] {
  return data.title.signatures.map(
    (s) =>
      new Paragraph({
        spacing: { before: 400 },
        children: [new TextRun(`${s.position}   ______________________   ${s.name}`)],
      }),
  );
}

/** A landscape A4 section's page and its "Page n / N" footer. */
export function landscapePage(l: Labels) {
  return {
    properties: {
      page: {
        size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 },
        margin: { top: 720, bottom: 720, left: 720, right: 720 },
      },
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            border: { top: { style: BorderStyle.SINGLE, size: 4, color: "999999", space: 1 } },
            children: [
              new TextRun({
                children: [`${l.page} `, PageNumber.CURRENT, ` ${l.of} `, PageNumber.TOTAL_PAGES],
                size: 16,
              }),
            ],
          }),
        ],
      }),
    },
  };
}

/** The report as DOCX bytes. */
export async function renderDocx(data: ReportData): Promise<Uint8Array> {
  const l = data.labels;
  const doc = new Document({
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        ...landscapePage(l),
        children: [
          ...titleBlock(data),
          ...summary(data),
          new Paragraph({ children: [new PageBreak()] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(l.actionTable)] }),
          actionTable(data),
          ...signatures(data),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
