/**
 * Reads PDF-extracted text whose table rows are interleaved: within a row, each cell's lines are
 * printed one cell after the other in column order. Signals used (all generic, no plan vocabulary):
 * - row numbers: "N text" lines whose numbers rise by small steps (interleaved-units.ts);
 * - the header's column titles give the number of columns (interleaved-header.ts);
 * - each column wraps its text at its own width: a line ends where the next word would not fit,
 *   and no line is much wider than the column; widths are re-estimated from the document (EM);
 * - lines of one cell follow each other without a blank line; a line ending with a comma or a
 *   hyphen goes on in the same cell; a line starting in lower case rarely starts a cell;
 * - date shapes (years, "жыл", "квартал", Roman quarters, months) mark the deadline column, and a
 *   date glued to a neighbouring cell ("2025-ж Тейлөө …") may be split off;
 * - a row without a number starts on an indented line, or after a page gap (3+ blank lines or a
 *   form feed); a short capitalised line standing alone between rows, or "4.1.1. …", is a heading.
 * - a table repeats its bodies, results and deadlines word for word: a line met elsewhere mostly
 *   in one column is likely in that column (learnt from the previous EM round, itself left out);
 * - a page cuts every cell of a row at one height, so only the cells as tall as the tallest go on
 *   after a page gap, and each goes on where its last line left off (the wrap rule again).
 * A row that starts after a page gap with no number and no deadline of its own continues the row
 * above: it gets afterPageBreak, and the interpreter joins it cell by cell.
 */
import type { Block, TableRow } from "../table.ts";
import { findHeader } from "./interleaved-header.ts";
import { PAGE_PART, SAME_ROW, segmentUnits } from "./interleaved-segment.ts";
import { chooseRowNumbers, toUnits, type Unit } from "./interleaved-units.ts";
import { toParagraphs } from "./paragraphs.ts";

/** Text columns assumed when the document has no header line starting with "№". */
const DEFAULT_TEXT_COLUMNS = 5;
/** Signatures after the table are laid out with wide gaps ("Акимдин орун басары      Б.Ж.Бакыбеков"). */
const LAID_OUT = /\S {5,}\S|^\s{4,}\S/;

/** Interleaved text → blocks: title paragraphs, one table (header row first), signature paragraphs. */
export function readInterleavedText(text: string): Block[] {
  const lines = text.split("\n");
  const numbered = chooseRowNumbers(lines);
  if (numbered.size === 0) return toParagraphs(lines);
  const firstRow = Math.min(...numbered);
  const lastRow = Math.max(...numbered);
  const header = findHeader(lines, firstRow);
  const k = header ? header.titles.length - 1 : DEFAULT_TEXT_COLUMNS;
  const bodyStart = header ? header.end : firstRow;
  // The trailer: the laid-out (or blank) lines at the very end.
  let bodyEnd = lines.length;
  while (bodyEnd - 1 > lastRow) {
    const l = (lines[bodyEnd - 1] ?? "").replace(/\f/g, "");
    if (l.trim() !== "" && !LAID_OUT.test(l)) break;
    bodyEnd--;
  }
  while (bodyEnd < lines.length && (lines[bodyEnd] ?? "").trim() === "") bodyEnd++;
  const shifted = new Set([...numbered].map((i) => i - bodyStart));
  const units = toUnits(lines.slice(bodyStart, bodyEnd), shifted);
  const rows = buildRows(units, k);
  const table: TableRow[] = header ? [{ cells: header.titles, header: true }, ...rows] : rows;
  return [
    ...toParagraphs(lines.slice(0, header ? header.start : firstRow)),
    { kind: "table", rows: table },
    ...toParagraphs(lines.slice(bodyEnd)),
  ];
}

function buildRows(units: readonly Unit[], k: number): TableRow[] {
  const seg = segmentUnits(units, k);
  const rows: TableRow[] = [];
  const gapRows = new Set<TableRow>();
  let row: TableRow | undefined;
  units.forEach((u, i) => {
    const s = seg.states[i] ?? 0;
    if (s === k) {
      rows.push({ cells: [u.text, ...new Array<string>(k).fill("")] });
      row = undefined;
      return;
    }
    if (!row || seg.starts[i] !== SAME_ROW) {
      row = { cells: new Array<string>(k + 1).fill("") };
      if (u.number !== undefined) row.cells[0] = u.number;
      else if (seg.starts[i] === PAGE_PART) gapRows.add(row);
      rows.push(row);
    }
    const old = row.cells[s + 1] ?? "";
    row.cells[s + 1] = old === "" ? u.text : `${old}${u.sameLine ? " " : "\n"}${u.text}`;
  });
  const dateCol = seg.model.dateCol + 1;
  for (const r of gapRows) if ((r.cells[dateCol] ?? "") === "") r.afterPageBreak = true;
  return rows;
}
