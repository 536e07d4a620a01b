/**
 * Reads reading-order text (`pdftotext -raw`, a PDF viewer's copy): each cell's lines together,
 * the cells of a row one after another in the header's column order, the header repeated on each
 * page. The header's words give the columns; a scored segmentation (order-segment.ts) cuts the
 * words into cells; a second and third pass know each column's width. Decision 009.
 */
import { endsWithPersonName } from "../interpret/signatories.ts";
import type { Block, TableRow } from "../table.ts";
import { chooseRowNumbers } from "./interleaved-units.ts";
import { findOrderHeader, type OrderHeader } from "./order-header.ts";
import { type Span, segmentWords } from "./order-segment.ts";
import { type BodyLine, bodyLines, toWords, type Word } from "./order-words.ts";
import { toParagraphs } from "./paragraphs.ts";

/** Passes of the segmenter: the first without column widths, the next with those it found. */
const PASSES = 3;
/** Column widths (characters) the passes start from: none known, or narrow, middle, wide for all. */
const START_WIDTHS = [undefined, 16, 24, 34];
/** Which quantile of a column's wrapped line lengths stands for its width. */
const WIDTH_QUANTILE = 0.9;

/** The text's blocks, or undefined when it has no header naming at least the action and deadline columns. */
export function readReadingOrderText(text: string): Block[] | undefined {
  const lines = text.split("\n");
  const header = findOrderHeader(lines);
  if (!header) return undefined;
  const end = tableEnd(lines, header);
  const body = bodyLines(lines.slice(header.end, end), header.lines);
  const rows = readRows(body, header);
  return [
    ...toParagraphs(lines.slice(0, header.start)),
    { kind: "table", rows: [{ cells: header.titles, header: true }, ...rows] },
    ...lines.slice(end).flatMap((l) => toParagraphs([l])),
  ];
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
  const numbered = chooseRowNumbers(body.map((l) => l.text));
  const k = header.roles.length;
  let best = { spans: [] as Span[], cost: Number.POSITIVE_INFINITY };
  const cache = new Map<number, number>();
  // The widths are unknown at first: each start (none, or every column alike) is refined, the least cost wins.
  for (const start of START_WIDTHS) {
    let widths: Array<number | undefined> = new Array(k).fill(start);
    let found = best;
    for (let pass = 0; pass < PASSES; pass++) {
      found = segmentWords({ words, roles: header.roles, lineLengths, numbered, widths, cache });
      const next = columnWidths(found.spans, words, lineLengths, k);
      widths = next.map((w, c) => w ?? widths[c]);
    }
    if (found.cost < best.cost) best = found;
  }
  return toRows(best.spans, words, k);
}

/** Each column's width: a high quantile of the lengths of its cells' lines that wrapped (all but a cell's last). */
export function columnWidths(
  spans: readonly Span[],
  words: readonly Word[],
  lineLengths: readonly number[],
  k: number,
): Array<number | undefined> {
  const lens: number[][] = Array.from({ length: k }, () => []);
  for (const s of spans) {
    if (s.column < 0) continue;
    for (let i = s.from; i < s.to; i++) {
      const w = words[i] as Word;
      if (!w.last || i + 1 >= s.to) continue;
      const start = words[s.from] as Word;
      const offset = start.line === w.line ? start.upTo - start.text.length : 0;
      lens[s.column]?.push((lineLengths[w.line] ?? 0) - offset);
    }
  }
  return lens.map((l) => {
    if (l.length < 3) return undefined;
    const sorted = [...l].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(WIDTH_QUANTILE * sorted.length))];
  });
}

/** Spans → rows: a heading spans the row in its first cell; a row's part after a page break is marked so. */
function toRows(spans: readonly Span[], words: readonly Word[], k: number): TableRow[] {
  const rows: TableRow[] = [];
  let row: TableRow | undefined;
  for (const s of spans) {
    const text = spanText(words, s);
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

/** Words of a span, a space between words of one line and a line break between lines. */
function spanText(words: readonly Word[], s: Span): string {
  let text = "";
  for (let i = s.from; i < s.to; i++) {
    const w = words[i] as Word;
    text += i === s.from ? w.text : `${w.first ? "\n" : " "}${w.text}`;
  }
  return text;
}
