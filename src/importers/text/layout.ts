/**
 * Reads fixed-width layout text as `pdftotext -layout` prints it. Columns are found per page from
 * the gaps (and per row, for a row printed left of them); each line is cut into cells by position;
 * a line whose № cell holds a number starts a row, as does a line without a number whose cells
 * right of the task column all start afresh (capital letter or digit) — a second measure of the
 * same task; other lines continue the row.
 * A line of one chunk starting in the № column ("4.1 Экономикалык өнүгүү") is a heading. The
 * header repeated at the top of each page is dropped.
 */
import { mendBrokenWords } from "../broken-words.ts";
import type { Block, TableRow } from "../table.ts";
import { columnReach, type LineCells, lineCells, lineJoin, SLACK } from "./layout-cells.ts";
import {
  chunksOf,
  columnAt,
  columnStarts,
  headerLineIndex,
  headerTitles,
  refitStarts,
  splitAtColumns,
  startsFromTitles,
} from "./layout-columns.ts";
import { rowStarts } from "./layout-rows.ts";
import { toParagraphs } from "./paragraphs.ts";

const ROW_NUMBER = /^\d{1,3}\.?$/;
const FRESH = /^[\p{Lu}\d"“«(-]/u;

function norm(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Layout text → title paragraphs, one table (header row first), signature paragraphs. */
export function readLayoutText(text: string): Block[] {
  const pages = text.split("\f").map((p) => p.replace(/\t/g, "    ").split("\n"));
  const all = pages.flat();
  const headerAt = findHeader(pages);
  if (headerAt < 0) return toParagraphs(all);
  const headerKey = norm(all[headerAt] ?? "");
  const before = all.slice(0, headerAt);
  const rows: TableRow[] = [];
  const after: string[] = [];
  let header: TableRow | undefined;
  let row: TableRow | undefined;
  // The cells of the row's latest line: a cell that was blank there had ended.
  let lastCells: string[] = [];
  let lastLine: LineCells | undefined;
  // the number of the numbered row before the current one, and how many lines the current row has
  let numberBefore: number | undefined;
  let lastNumber: number | undefined;
  let rowLines = 0;
  let width = 0;
  let offset = 0;
  let ended = false;
  let headerLines = 0;
  let starts: number[] = [];
  for (const [p, page] of pages.entries()) {
    const from = p === 0 ? headerAt - offset : 0;
    offset += page.length;
    if (ended || from >= page.length) {
      if (ended) after.push(...page);
      continue;
    }
    const lines = page.slice(Math.max(0, from));
    starts = pageColumns(lines, headerKey, starts);
    if (width === 0) width = starts.length;
    const reach = columnReach(lines, starts, width);
    const startsOfLine = rowStarts(lines, starts);
    // what joins a line's text to its cell's text so far, by the line above
    const join = (next: string, column: number, cell: string) =>
      lineJoin(lastLine, column, reach, next, cell);
    let inHeader = false;
    let skipHeader = 0;
    let firstOnPage = true;
    for (const [i, line] of lines.entries()) {
      if (ended) {
        after.push(line);
        continue;
      }
      if (line.trim() === "") continue;
      if (skipHeader > 0) {
        skipHeader--;
        continue;
      }
      const raw = chunksOf(line);
      const lineStarts = startsOfLine[i] ?? starts;
      const chunks = splitAtColumns(raw, lineStarts);
      if (norm(line) === headerKey) {
        // The header repeated on a later page: drop as many lines as the first one had.
        if (header) {
          skipHeader = headerLines - 1;
          continue;
        }
        inHeader = true;
        header = { cells: new Array<string>(width).fill(""), header: true };
      }
      const here = lineCells(chunks, lineStarts, width);
      const cells = here.cells;
      const numberCell = cells[0] ?? "";
      const isNumbered = ROW_NUMBER.test(numberCell);
      // One chunk beginning in the № column, or running across two column starts from the left
      // even when it opens with a number ("1. Развитие экономики"): a row keeps its cells apart.
      const only = raw.length === 1 ? raw[0] : undefined;
      // (text at the left edge is in the № column, however narrow)
      const first = only ? (only.x === 0 ? 0 : columnAt(lineStarts, only.x + SLACK)) : -1;
      const spans =
        only !== undefined && first <= 1 && columnAt(lineStarts, only.x + only.text.length) >= first + 2;
      const isHeading = only !== undefined && (spans || (first === 0 && !isNumbered));
      if (inHeader && (isNumbered || isHeading)) inHeader = false;
      if (inHeader) {
        if (header) appendCells(header, cells, join);
        lastLine = here;
        headerLines++;
        continue;
      }
      if (numberCell !== "" && !isNumbered && !isHeading && raw.length >= 2 && rows.length > 0) {
        ended = true;
        after.push(...lines.slice(i));
        break;
      }
      if (isHeading) {
        rows.push({ cells: [norm(line), ...new Array<string>(width - 1).fill("")] });
        row = undefined;
      } else if (row && rowLines === 1 && isNumbered && goesOnNumber(row, numberCell, numberBefore)) {
        // a № column one digit wide breaks "10" over two lines: "1" / "0"
        row.cells[0] = `${row.cells[0]}${numberCell}`;
        appendCells(row, ["", ...cells.slice(1)], join);
        rowLines++;
      } else if (isNumbered || !row || startsAfresh(cells, row, lastCells)) {
        if (isNumbered) numberBefore = lastNumber;
        row = { cells: [...cells] };
        rowLines = 1;
        if (p > 0 && firstOnPage && isNumbered) row.afterPageBreak = true;
        rows.push(row);
      } else {
        appendCells(row, cells, join);
        rowLines++;
      }
      if (row && /^\d+$/u.test(row.cells[0] ?? "")) lastNumber = Number(row.cells[0]);
      lastCells = cells;
      lastLine = here;
      firstOnPage = false;
    }
  }
  mergeSpilledCells(rows);
  const table: TableRow[] = header ? [header, ...rows] : rows;
  return mendBrokenWords([...lineParagraphs(before), { kind: "table", rows: table }, ...toParagraphs(after)]);
}

/**
 * The lines above the table, one paragraph each: layout text keeps no vertical spacing, so an
 * approval stamp and the title below it often run on without a blank line between them.
 */
function lineParagraphs(lines: readonly string[]): Block[] {
  return lines.map(norm).flatMap((text) => (text === "" ? [] : [{ kind: "paragraph" as const, text }]));
}

/** Index in the whole text of the header line, found on the first page that has one; −1 if none. */
function findHeader(pages: readonly string[][]): number {
  let offset = 0;
  for (const page of pages) {
    const at = headerLineIndex(page);
    if (at >= 0) return offset + at;
    offset += page.length;
  }
  return -1;
}

/**
 * Column starts of one page: from the gaps, unless they disagree with the page's own header line
 * (a column one space away from the next hides its gap); then from the header's titles, and on a
 * page without a header from the page before.
 */
function pageColumns(lines: readonly string[], headerKey: string, previous: number[]): number[] {
  const fromGaps = columnStarts(lines);
  const at = lines.findIndex((l) => norm(l) === headerKey);
  const titles = at >= 0 ? headerTitles(lines[at] ?? "") : [];
  const expected = titles.length || previous.length;
  if (expected === 0 || fromGaps.length === expected) return fromGaps;
  const guide = titles.length > 0 ? startsFromTitles(titles, lines) : previous;
  return fromGaps.length < guide.length ? refitStarts(fromGaps, guide, lines) : guide;
}

/** True when a row's one-line number and the digit on its next line make the number after `before`, or the same again ("1" + "0" after 9 or 10). */
function goesOnNumber(row: TableRow, digit: string, before: number | undefined): boolean {
  const joined = Number(`${row.cells[0] ?? ""}${digit}`);
  return (
    before !== undefined &&
    /^\d+$/u.test(row.cells[0] ?? "") &&
    /^\d$/u.test(digit) &&
    joined >= before &&
    joined - before <= 2
  );
}

/** Adds a line's cells to a row, each after the cell's text so far and `join` of the two. */
function appendCells(
  row: TableRow,
  cells: readonly string[],
  join: (next: string, column: number, cell: string) => string,
): void {
  cells.forEach((c, i) => {
    if (c === "") return;
    const old = row.cells[i] ?? "";
    row.cells[i] = old === "" ? c : `${old}${join(c, i, old)}${c}`;
  });
}

/**
 * A line without a number starts a row (another measure of the same task) when, right of the task
 * column, it starts text afresh in columns the row has already filled and whose text had ended on
 * the line above: in two such columns, or in one when all its cells there start afresh. Capitals
 * alone are no sign: a wrapped line may begin with a name ("Кызыл-Алма, Түндүк").
 */
function startsAfresh(cells: readonly string[], row: TableRow, above: readonly string[]): boolean {
  const right = cells.map((c, i) => ({ c, i })).filter(({ c, i }) => i >= 2 && c !== "");
  if (right.length < 2 || right.some(({ i }) => (row.cells[i] ?? "") === "")) return false;
  const ended = right.filter(({ c, i }) => (above[i] ?? "") === "" && FRESH.test(c));
  return ended.length >= 2 || (ended.length === 1 && right.every(({ c }) => FRESH.test(c)));
}

/**
 * A task cell merged down over several rows is printed centred, so its last lines fall beside the
 * next row's number. Such text starts in lower case: it goes back to the cell above.
 */
function mergeSpilledCells(rows: TableRow[]): void {
  for (let r = 1; r < rows.length; r++) {
    const here = rows[r];
    const above = rows[r - 1];
    if (!here || !above || (above.cells[1] ?? "") === "" || isHeadingRow(above)) continue;
    const text = here.cells[1] ?? "";
    if (/^\p{Ll}/u.test(text)) {
      above.cells[1] = `${above.cells[1]}\n${text}`;
      here.cells[1] = "";
    }
  }
}

function isHeadingRow(row: TableRow): boolean {
  return row.cells.slice(1).every((c) => c === "");
}
