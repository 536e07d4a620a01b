/** One line of fixed-width layout text cut into the cells of its columns, with where each cell's text ends. */
import { endsBody, goesOn } from "../../domain/body-words.ts";
import { LIKELY_WORD_BREAK, mayBreakInside } from "../broken-words.ts";
import { type Chunk, chunksOf, columnAt, splitAtColumns } from "./layout-columns.ts";

/** How far left of its column's start a column's text may begin (text placed a little off). */
export const SLACK = 2;
/** How far left of its column pdftotext may shift a chunk when a line is crowded. */
const SHIFTED = 5;

/** The cells of one line and, per cell, the position after its text and whether it is one word. */
export interface LineCells {
  cells: string[];
  ends: number[];
  oneWord: boolean[];
}

/** Cuts the chunks of a line into the cells of the columns starting at `starts`. */
export function lineCells(chunks: readonly Chunk[], starts: readonly number[], width: number): LineCells {
  const cells = new Array<string>(width).fill("");
  const ends = new Array<number>(width).fill(-1);
  let previous = -1;
  for (const c of chunks) {
    // A column's text may start a character or two left of where most of its lines start; text
    // at the left edge is the first column's, however narrow ("1" in a № column two wide).
    let col = c.x === 0 ? 0 : Math.min(width - 1, columnAt(starts, c.x + SLACK));
    // pdftotext may print a row's first line a few characters left of its columns: a second
    // chunk in the same column, just short of the next one, is that next column's text
    const next = starts[col + 1];
    if (col === previous && next !== undefined && next - c.x <= SHIFTED) col++;
    cells[col] = cells[col] ? `${cells[col]} ${c.text}` : c.text;
    ends[col] = c.x + c.text.length;
    previous = col;
  }
  return { cells, ends, oneWord: cells.map((c) => c !== "" && !c.includes(" ")) };
}

/**
 * Per column, the position after the longest text of a page's lines that keeps within the column
 * (a heading runs across the columns): how far the column's text reaches.
 */
export function columnReach(lines: readonly string[], starts: readonly number[], width: number): number[] {
  const reach = new Array<number>(width).fill(-1);
  for (const line of lines) {
    const { ends } = lineCells(splitAtColumns(chunksOf(line), starts), starts, width);
    ends.forEach((e, c) => {
      if (e < (starts[c + 1] ?? Number.POSITIVE_INFINITY)) reach[c] = Math.max(reach[c] ?? -1, e);
    });
  }
  return reach;
}

/** How far short of its column's reach a line may end and still fill it (characters stand for glyphs of other widths). */
const FULL = 2;

/**
 * What joins a cell's next line to the cell's text so far (`cell`). Where the line above was one
 * word reaching its column's edge: LIKELY_WORD_BREAK where a word goes on in lower case, or a
 * number in digits — a narrow column may have broken a word there («предпринимательст|ва»,
 * «800,|0»; the document's words decide, broken-words.ts). Else a space where a name that followed
 * a whole one wrapped (see `wrapsNextName`), and a line break everywhere else.
 */
export function lineJoin(
  above: LineCells | undefined,
  col: number,
  reach: readonly number[],
  next: string,
  cell = "",
): string {
  if (!above) return "\n";
  const text = above.cells[col] ?? "";
  const end = above.ends[col] ?? -1;
  const edge = reach[col] ?? Number.POSITIVE_INFINITY;
  if (above.oneWord[col] && end >= edge - FULL && mayBreakInside(text, next)) return LIKELY_WORD_BREAK;
  return wrapsNextName(cell, end + 1 + firstWordOf(next).length > edge, next) ? " " : "\n";
}

const firstWordOf = (text: string) => text.split(" ")[0] ?? "";

/**
 * True when a cell's last line is the start of a name that wrapped onto the next line: the line
 * before it ended a whole name, it opens in lower case without ending a name itself, and the next
 * line has a word that would not have fitted on it (`overflows`) and goes on in lower case, or in
 * any case after a word a name cannot end in («райондук» | «ЖДПБ»). «Ак-Жар айыл өкмөтү» | «жеке» |
 * «ишкерлер» is read «…өкмөтү\nжеке ишкерлер»: the responsible splitter (domain/responsible.ts)
 * sees the second body whole after the line break.
 */
function wrapsNextName(cell: string, overflows: boolean, next: string): boolean {
  const cut = cell.lastIndexOf("\n");
  if (!overflows || cut < 0) return false;
  const line = cell.slice(cut + 1);
  if (!/^\p{Ll}/u.test(line) || /[-‐–]$/u.test(line)) return false;
  const before = cell.slice(cell.lastIndexOf("\n", cut - 1) + 1, cut);
  if (!endsBody(before) || endsBody(line)) return false;
  return /^\p{Ll}/u.test(next) || goesOn(line);
}
