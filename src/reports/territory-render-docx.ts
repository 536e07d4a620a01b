/** The territory summary report as a Word document: title block, the table, the formula footnote. */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { cell, FONT, landscapePage } from "./render-docx.ts";
import { NAME_WIDTH, rowText, TERRITORY_COLUMNS, type TerritoryReportData } from "./territory-report-data.ts";

const WIDTHS = [NAME_WIDTH, ...TERRITORY_COLUMNS.map((c) => c.width)];

function table(data: TerritoryReportData): Table {
  const header = new TableRow({
    tableHeader: true,
    children: data.header.map((h, i) => cell(h, { bold: true, shade: "D9E2F3", width: WIDTHS[i] })),
  });
  const rows = data.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: rowText(r).map((text) =>
          cell(text, { bold: r.total, shade: r.total ? "F2F2F2" : undefined }),
        ),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

/** The summary report as DOCX bytes. */
export async function renderTerritoryDocx(data: TerritoryReportData): Promise<Uint8Array> {
  const { title: t, labels: l } = data;
  const line = (label: string, value: string) =>
    new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
  const doc = new Document({
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        ...landscapePage(l),
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun(t.heading)],
          }),
          line(l.territory, t.territory),
          line(l.period, t.period),
          line(l.date, t.date),
          table(data),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(data.footnote.title)] }),
          ...data.footnote.lines.map(
            (text) => new Paragraph({ children: [new TextRun({ text, size: 16 })] }),
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
