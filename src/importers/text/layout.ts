/**
 * Reads fixed-width layout text as `pdftotext -layout` prints it. Columns are found per page from
 * the gaps; each line is cut into cells by position; a line whose № cell holds a number starts a
 * row, as does a line without a number whose cells right of the task column all start afresh
 * (capital letter or digit) — a second measure of the same task; other lines continue the row.
 * A line of one chunk starting in the № column ("4.1 Экономикалык өнүгүү") is a heading. The
 * header repeated at the top of each page is dropped.
 */
import type { Block, TableRow } from "../table.ts";
import { chunksOf, columnAt, columnStarts, splitAtColumns, startsFromTitles } from "./layout-columns.ts";
import { toParagraphs } from "./paragraphs.ts";

const ROW_NUMBER = /^\d{1,3}\.?$/;
const SLACK = 2;
const FRESH = /^[\p{Lu}\d"“«(-]/u;

function norm(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Layout text → title paragraphs, one table (header row first), signature paragraphs. */
export function readLayoutText(text: string): Block[] {
  const pages = text.split("\f").map((p) => p.replace(/\t/g, "    ").split("\n"));
  const all = pages.flat();
  const headerAt = all.findIndex((l) => chunksOf(l).length >= 3);
  if (headerAt < 0) return toParagraphs(all);
  const headerKey = norm(all[headerAt] ?? "");
  const before = all.slice(0, headerAt);
  const rows: TableRow[] = [];
  const after: string[] = [];
  let header: TableRow | undefined;
  let row: TableRow | undefined;
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
      const chunks = splitAtColumns(raw, starts);
      if (norm(line) === headerKey) {
        // The header repeated on a later page: drop as many lines as the first one had.
        if (header) {
          skipHeader = headerLines - 1;
          continue;
        }
        inHeader = true;
        header = { cells: new Array<string>(width).fill(""), header: true };
      }
      const cells = new Array<string>(width).fill("");
      for (const c of chunks) {
        // A column's text may start a character or two left of where most of its lines start.
        const col = Math.min(width - 1, columnAt(starts, c.x + SLACK));
        cells[col] = cells[col] ? `${cells[col]} ${c.text}` : c.text;
      }
      const numberCell = cells[0] ?? "";
      const isNumbered = ROW_NUMBER.test(numberCell);
      // One chunk beginning in the № column, or running across two column starts from the left.
      const only = raw.length === 1 ? raw[0] : undefined;
      const first = only ? columnAt(starts, only.x + SLACK) : -1;
      const spans =
        only !== undefined && first <= 1 && columnAt(starts, only.x + only.text.length) >= first + 2;
      const isHeading = only !== undefined && !isNumbered && (first === 0 || spans);
      if (inHeader && (isNumbered || isHeading)) inHeader = false;
      if (inHeader) {
        if (header) appendCells(header, cells);
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
      } else if (isNumbered || !row || startsAfresh(cells, row)) {
        row = { cells };
        if (p > 0 && firstOnPage && isNumbered) row.afterPageBreak = true;
        rows.push(row);
      } else appendCells(row, cells);
      firstOnPage = false;
    }
  }
  mergeSpilledCells(rows);
  const table: TableRow[] = header ? [header, ...rows] : rows;
  return [...toParagraphs(before), { kind: "table", rows: table }, ...toParagraphs(after)];
}

/**
 * Column starts of one page: from the gaps, unless they disagree with the page's own header line
 * (a column one space away from the next hides its gap); then from the header's titles, and on a
 * page without a header from the page before.
 */
function pageColumns(lines: readonly string[], headerKey: string, previous: number[]): number[] {
  const fromGaps = columnStarts(lines);
  const headerLine = lines.find((l) => norm(l) === headerKey);
  const titles = headerLine ? chunksOf(headerLine) : [];
  const expected = titles.length || previous.length;
  if (expected === 0 || fromGaps.length === expected) return fromGaps;
  return titles.length > 0 ? startsFromTitles(titles, lines) : previous;
}

function appendCells(row: TableRow, cells: readonly string[]): void {
  cells.forEach((c, i) => {
    if (c === "") return;
    const old = row.cells[i] ?? "";
    row.cells[i] = old === "" ? c : `${old}\n${c}`;
  });
}

/** A line without a number starts a row when its cells right of the task column all start afresh. */
function startsAfresh(cells: readonly string[], row: TableRow): boolean {
  const right = cells.map((c, i) => ({ c, i })).filter(({ c, i }) => i >= 2 && c !== "");
  if (right.length < 2) return false;
  return right.every(({ c, i }) => FRESH.test(c) && (row.cells[i] ?? "") !== "");
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
