/** The territory summary report as PDF, laid out as the DOCX (DejaVu Sans embedded for ң ө ү). */
import pdfmake from "pdfmake";
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { landscapePage, PAGE_WIDTH, setFonts } from "./render-pdf.ts";
import { NAME_WIDTH, rowText, TERRITORY_COLUMNS, type TerritoryReportData } from "./territory-report-data.ts";

/** The document definition: what pdfmake lays out. */
export function territoryPdfDefinition(data: TerritoryReportData): TDocumentDefinitions {
  const { title: t, labels: l } = data;
  const shares = [NAME_WIDTH, ...TERRITORY_COLUMNS.map((c) => c.width)];
  const padding = shares.length * 9; // pdfmake widths exclude each cell's padding and border
  const widths = shares.map((w) => ((PAGE_WIDTH - padding) * w) / 100);
  const header: TableCell[] = data.header.map((h) => ({ text: h, bold: true, fillColor: "#D9E2F3" }));
  const body: TableCell[][] = [
    header,
    ...data.rows.map((r) =>
      rowText(r).map(
        (text, i): TableCell => ({ text, bold: r.total, alignment: i === 0 ? "left" : "right" }),
      ),
    ),
  ];
  const line = (label: string, value: string): Content => ({
    text: [{ text: `${label}: `, bold: true }, value],
  });
  return {
    ...landscapePage(l),
    info: { title: `${t.heading}: ${t.territory}`, subject: t.period },
    content: [
      { text: t.heading, fontSize: 14, bold: true, alignment: "center", margin: [0, 0, 0, 8] },
      line(l.territory, t.territory),
      line(l.period, t.period),
      line(l.date, t.date),
      { table: { headerRows: 1, dontBreakRows: true, widths, body }, fontSize: 8, margin: [0, 8, 0, 8] },
      { text: data.footnote.title, style: "h2" },
      ...data.footnote.lines.map((text): Content => ({ text, fontSize: 7, margin: [0, 1, 0, 1] })),
    ],
  };
}

/** The summary report as PDF bytes. */
export async function renderTerritoryPdf(data: TerritoryReportData): Promise<Uint8Array> {
  setFonts();
  return new Uint8Array(await pdfmake.createPdf(territoryPdfDefinition(data)).getBuffer());
}
