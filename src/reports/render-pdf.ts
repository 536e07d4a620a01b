/**
 * The report as PDF with the same layout as the DOCX: landscape A4, title block, summary with a
 * bar chart drawn as vectors, then the action table with its header row on every page and numbered
 * pages. DejaVu Sans (npm dejavu-fonts-ttf) is embedded, so ң ө ү print on any reader.
 */
import { createRequire } from "node:module";
import { dirname } from "node:path";
import pdfmake from "pdfmake";
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { formatNumber, type Labels } from "./labels.ts";
import type { ReportData } from "./report-data.ts";
import { COLUMNS, groupHeading, summaryTables } from "./table-cells.ts";

const require = createRequire(import.meta.url);
const REGULAR = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT_DIR = dirname(REGULAR);
let fontsSet = false;

// pdfmake keeps fonts on one shared instance; set them once, and let it read only the font folder
export function setFonts(): void {
  if (fontsSet) return;
  pdfmake.setFonts({
    DejaVu: {
      normal: REGULAR,
      bold: `${FONT_DIR}/DejaVuSans-Bold.ttf`,
      italics: `${FONT_DIR}/DejaVuSans-Oblique.ttf`,
      bolditalics: `${FONT_DIR}/DejaVuSans-BoldOblique.ttf`,
    },
  });
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));
  pdfmake.setUrlAccessPolicy(() => false);
  fontsSet = true;
}

/** A4 landscape minus the margins, in points. */
export const PAGE_WIDTH = 842 - 2 * 28;
const HEAD = "#D9E2F3";

function smallTable(header: string[], rows: string[][]): Content {
  const head: TableCell[][] = header.some((h) => h !== "")
    ? [header.map((h) => ({ text: h, bold: true, fillColor: "#E7E6E6" }))]
    : [];
  return {
    table: { headerRows: head.length, body: [...head, ...rows] },
    fontSize: 8,
    margin: [0, 2, 0, 8],
  };
}

function chart(data: ReportData): Content {
  const width = 360;
  const rows: Content[] = data.summary.chart.map((bar) => ({
    columns: [
      { text: bar.label, width: 160, fontSize: 8 },
      {
        width: width + 10,
        canvas: [
          { type: "rect", x: 0, y: 1, w: width, h: 9, color: "#EEEEEE" },
          {
            type: "rect",
            x: 0,
            y: 1,
            w: Math.max(0, Math.min(100, bar.value)) * (width / 100),
            h: 9,
            color: "#2F5597",
          },
        ],
      },
      { text: `${formatNumber(bar.value)} %`, width: 60, fontSize: 8 },
    ],
    margin: [0, 1, 0, 1],
  }));
  return { stack: [{ text: data.labels.chart, style: "h2" }, ...rows], unbreakable: true };
}

function actionTable(data: ReportData): Content {
  const l = data.labels;
  const padding = COLUMNS.length * 9; // pdfmake widths exclude each cell's padding and border
  const widths = COLUMNS.map((c) => ((PAGE_WIDTH - padding) * c.width) / 100);
  const header: TableCell[] = COLUMNS.map((c) => ({ text: c.header(l), bold: true, fillColor: HEAD }));
  const body: TableCell[][] = [header];
  for (const g of data.groups) {
    const heading: TableCell[] = [
      { text: groupHeading(g), bold: true, colSpan: COLUMNS.length, fillColor: "#F2F2F2" },
    ];
    body.push([...heading, ...COLUMNS.slice(1).map(() => ({ text: "" }))]);
    for (const r of g.rows) body.push(COLUMNS.map((c) => ({ text: c.cell(r, l) })));
  }
  return { table: { headerRows: 1, dontBreakRows: true, widths, body }, fontSize: 6.5 };
}

/** Landscape A4 in DejaVu Sans with heading styles and "Page n / N" in the footer. */
export function landscapePage(l: Labels) {
  return {
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [28, 28, 28, 36],
    defaultStyle: { font: "DejaVu", fontSize: 9 },
    styles: {
      h1: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
      h2: { fontSize: 10, bold: true, margin: [0, 6, 0, 2] },
    },
    footer: (current: number, total: number) => ({
      text: `${l.page} ${current} ${l.of} ${total}`,
      alignment: "center",
      fontSize: 7,
    }),
  } satisfies Omit<TDocumentDefinitions, "content">;
}

/** The document definition: what pdfmake lays out (exported for tests of the layout). */
export function pdfDefinition(data: ReportData): TDocumentDefinitions {
  const { title: t, labels: l } = data;
  const line = (label: string, value: string): Content => ({
    text: [{ text: `${label}: `, bold: true }, value],
  });
  const summary: Content[] = summaryTables(data).flatMap((table): Content[] => [
    { text: table.title, style: "h2" },
    table.rows.length === 0 ? { text: l.noOverdue, fontSize: 8 } : smallTable(table.header, table.rows),
    ...(table.note
      ? [{ text: table.note, fontSize: 7, italics: true, margin: [0, 2, 0, 0] } as Content]
      : []),
  ]);
  return {
    ...landscapePage(l),
    info: { title: `${t.heading}: ${t.program}`, subject: t.period },
    content: [
      { text: t.heading, fontSize: 14, bold: true, alignment: "center" },
      { text: t.program, fontSize: 11, bold: true, alignment: "center", margin: [0, 4, 0, 8] },
      line(l.territory, t.territory),
      line(l.period, t.period),
      ...(t.approval === null ? [] : [line(l.approval, t.approval)]),
      line(l.date, t.date),
      { text: l.summary, style: "h1" },
      ...summary,
      chart(data),
      { text: l.actionTable, style: "h1", pageBreak: "before" },
      actionTable(data),
      ...t.signatures.map(
        (s): Content => ({
          text: `${s.position}   ______________________   ${s.name}`,
          margin: [0, 20, 0, 0],
        }),
      ),
    ],
  };
}

/** The report as PDF bytes. */
export async function renderPdf(data: ReportData): Promise<Uint8Array> {
  setFonts();
  const buffer = await pdfmake.createPdf(pdfDefinition(data)).getBuffer();
  return new Uint8Array(buffer);
}
