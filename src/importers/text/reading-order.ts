/**
 * Reads reading-order text (`pdftotext -raw`, a PDF viewer's copy): each cell's lines together,
 * the cells of a row one after another in the header's column order, the header repeated on each
 * page. The header's words give the columns; a scored segmentation (order-segment.ts) cuts the
 * words into cells; a second and third pass know each column's width. Decision 009.
 */
import { mendBrokenWords } from "../broken-words.ts";
import { endsWithPersonName } from "../interpret/signatories.ts";
import type { Block, TableRow } from "../table.ts";
import { chooseRowNumbers } from "./interleaved-units.ts";
import { spanText } from "./order-cell-text.ts";
import { shortWordOf } from "./order-costs.ts";
import { type ColumnRole, findOrderHeader, type OrderHeader } from "./order-header.ts";
import { joinBrokenNumbers, rowNumberLines } from "./order-numbers.ts";
import type { Span } from "./order-path.ts";
import { segmentWords } from "./order-segment.ts";
import { columnWidths } from "./order-widths.ts";
import { type BodyLine, bodyLines, toWords, type Word } from "./order-words.ts";
import { toParagraphs } from "./paragraphs.ts";

/** Passes of the segmenter: the first without column widths, the next with those it found. */
const PASSES = 3;
/** Column widths (characters) the passes start from: none known, or narrow, middle, wide for all. */
const START_WIDTHS = [undefined, 16, 24, 34];
/**
 * Cost of a one-line cell set apart from its row's next cell in text that shares lines (tuned on
 * the corpus's raw renderings: 3, 4, 6, 10 and 20 gave a mean of 0.896, 0.896, 0.900, 0.893, 0.875).
 */
const ONE_LINE_APART = 6;
/**
 * One-line cells apart from the next cell, per row, from which a first reading says the text puts
 * every cell on lines of its own (such a copy shows two or more a row; the corpus's raw texts, read
 * roughly, at most one).
 */
const APART_PER_ROW = 1.5;

/** The text's blocks, or undefined when it has no header naming at least the action and deadline columns. */
export function readReadingOrderText(text: string): Block[] | undefined {
  const lines = text.split("\n");
  const header = findOrderHeader(lines);
  if (!header) return undefined;
  const end = tableEnd(lines, header);
  const body = joinBrokenNumbers(bodyLines(lines.slice(header.end, end), header.lines));
  const rows = readRows(body, header);
  return mendBrokenWords([
    ...toParagraphs(lines.slice(0, header.start)),
    { kind: "table", rows: [{ cells: header.titles, header: true }, ...rows] },
    ...lines.slice(end).flatMap((l) => toParagraphs([l])),
  ]);
}

/** Where the table ends: at the first line after the last numbered row that ends with a person's name (a signature). */
function tableEnd(lines: readonly string[], header: OrderHeader): number {
  const numbered = [...chooseRowNumbers(lines)].filter((i) => i >= header.end);
  const last = numbered.length > 0 ? Math.max(...numbered) : header.end;
  for (let i = last + 1; i < lines.length; i++) {
    const line = (lines[i] ?? "").replace(/\f/g, "").trim();
    if (line === "" || !endsWithPersonName(line)) continue;
    // A name alone on its line signs under the position on the line above.
    const bare = line.split(/\s+/).length <= 3 && i - 1 > last;
    return bare ? i - 1 : i;
  }
  return lines.length;
}

/** Segments the body and lays the spans out as table rows. */
function readRows(body: readonly BodyLine[], header: OrderHeader): TableRow[] {
  const words = toWords(body);
  const lineLengths = body.map((l) => l.text.length);
  const numbered = rowNumberLines(body);
  const k = header.roles.length;
  let best = { spans: [] as Span[], cost: Number.POSITIVE_INFINITY };
  const input = { words, roles: header.roles, lineLengths, numbered, cache: new Map<number, number>() };
  // A first reading says whether the text prints a row's one-line cells on one line with the next.
  const first = segmentWords(input);
  const oneLineApart = sharesLines(first.spans, words, header.roles) ? ONE_LINE_APART : 0;
  // The widths are unknown at first: each start (none, or every column alike) is refined, the least cost wins.
  for (const start of START_WIDTHS) {
    let widths: Array<number | undefined> = new Array(k).fill(start);
    let found = best;
    for (let pass = 0; pass < PASSES; pass++) {
      found = segmentWords({ ...input, widths, oneLineApart });
      const next = columnWidths(found.spans, words, lineLengths, header.roles).map((w, c) => w ?? widths[c]);
      // the same widths would give the same reading again
      if (next.every((w, c) => w === widths[c])) break;
      widths = next;
    }
    if (found.cost < best.cost) best = found;
  }
  return toRows(best.spans, words, columnWidths(best.spans, words, lineLengths, header.roles), header.roles);
}

/**
 * False when a first reading finds, for most rows, more than one one-line cell (row numbers aside)
 * on a line of its own before the next cell of its row — a copy that puts every cell on lines of
 * its own. True
 * otherwise, as `pdftotext -raw` prints a row whose cells start on one baseline: a one-line cell
 * shares its line with the next (a narrow page has few one-line cells to tell by, and a first
 * reading there is rough).
 */
function sharesLines(spans: readonly Span[], words: readonly Word[], roles: readonly ColumnRole[]): boolean {
  let apart = 0;
  let rows = 0;
  spans.forEach((s, i) => {
    if (s.column >= 0 && s.opensRow) rows++;
    const next = spans[i + 1];
    if (!next || next.opensRow || s.column < 0 || roles[s.column] === "number") return;
    const oneLine = (words[s.from] as Word).line === (words[s.to - 1] as Word).line;
    if (oneLine && (words[next.from] as Word).first) apart++;
  });
  return apart < APART_PER_ROW * rows;
}

/** Spans → rows: a heading spans the row in its first cell; a row's part after a page break is marked so. */
function toRows(
  spans: readonly Span[],
  words: readonly Word[],
  widths: ReadonlyArray<number | undefined>,
  roles: readonly ColumnRole[],
): TableRow[] {
  const k = widths.length;
  const rows: TableRow[] = [];
  let row: TableRow | undefined;
  for (const s of spans) {
    const role = roles[s.column];
    const text = spanText(words, s, widths[s.column], role && shortWordOf(role));
    if (s.column < 0) {
      rows.push({ cells: [text, ...new Array<string>(k - 1).fill("")] });
      row = undefined;
      continue;
    }
    if (!row || s.opensRow) {
      row = { cells: new Array<string>(k).fill("") };
      if (s.pagePart) row.afterPageBreak = true;
      rows.push(row);
    }
    row.cells[s.column] = text;
  }
  return rows;
}
