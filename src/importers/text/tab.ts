/** Reads a tab-separated export of a Word table (each line a row, cells separated by tabs). */
import type { Block, TableRow } from "../table.ts";
import { toParagraphs } from "./paragraphs.ts";

/**
 * Tab text → blocks: lines before the first tabbed line become paragraphs, the lines from it to the
 * last tabbed line become one table (a blank line there marks a page break: the next row gets
 * afterPageBreak), the lines after it paragraphs again.
 */
export function readTabText(text: string): Block[] {
  const lines = text.split("\n");
  const isTabbed = (l: string) => l.includes("\t") && l.replace(/\t/g, "").trim() !== "";
  const first = lines.findIndex(isTabbed);
  if (first < 0) return toParagraphs(lines);
  let last = first;
  lines.forEach((l, i) => {
    if (isTabbed(l)) last = i;
  });
  const body = lines.slice(first, last + 1);
  const width = Math.max(...body.map((l) => l.split("\t").length));
  const rows: TableRow[] = [];
  let pageBreak = false;
  for (const line of body) {
    if (line.replace(/\f/g, "").trim() === "") {
      pageBreak = rows.length > 0;
      continue;
    }
    // A form feed is an explicit page break; a blank line is the export's sign of one.
    const cells = line.split("\t").map((c) => c.replace(/\f/g, "").trim());
    while (cells.length < width) cells.push("");
    const row: TableRow = { cells };
    if (pageBreak || line.includes("\f")) row.afterPageBreak = true;
    rows.push(row);
    pageBreak = false;
  }
  return [
    ...toParagraphs(lines.slice(0, first)),
    { kind: "table", rows },
    ...toParagraphs(lines.slice(last + 1)),
  ];
}
