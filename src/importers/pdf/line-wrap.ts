import { endsBody, opensWithBoundHead } from "../../domain/body-words.ts";
import { mayBreakInside, WORD_BREAK } from "../broken-words.ts";
import type { TextPiece } from "./geometry.ts";

/** One printed line of a cell: its text and where it starts and ends. */
export interface CellLine {
  text: string;
  x0: number;
  x1: number;
  size: number;
}

/** The left and right edges of the cell a text sits in, in points. */
export interface CellBox {
  left: number;
  right: number;
}

/** A space is about this share of the font size wide in the fonts plans use. */
const SPACE_WIDTH = 0.25;
/** A word that would have fitted with this share of the font size to spare: the break was typed. */
const FIT_MARGIN = 0.3;

/** The printed line of a group of pieces (one baseline), with its extent. */
export function cellLine(pieces: TextPiece[], text: string): CellLine {
  return {
    text,
    x0: Math.min(...pieces.map((p) => p.x)),
    x1: Math.max(...pieces.map((p) => p.x + p.width)),
    size: Math.max(...pieces.map((p) => p.size)),
  };
}

/** The width of the first word of a line, from the line's width per letter (spaces are narrower). */
function firstWordWidth(line: CellLine): number {
  const word = line.text.split(/\s/u)[0] ?? "";
  const spaces = line.text.length - line.text.replace(/\s/gu, "").length;
  const letters = Math.max(1, line.text.length - spaces);
  const perLetter = Math.max(0, line.x1 - line.x0 - spaces * SPACE_WIDTH * line.size) / letters;
  return word.length * perLetter;
}

/** True when the next line's first word would have fitted at the end of `line`: the author broke it. */
function wouldHaveFitted(line: CellLine, next: CellLine, box: CellBox): boolean {
  const padding = Math.max(0, Math.min(line.x0, next.x0) - box.left);
  // after a hyphen the next part follows without a space ("Ак-" + "Кыя")
  const space = /[-–]$/u.test(line.text) ? 0 : SPACE_WIDTH * line.size;
  return line.x1 + space + firstWordWidth(next) + FIT_MARGIN * line.size <= box.right - padding;
}

/**
 * A line this close to its cell's right edge (in letters of its own width) is full. On the
 * corpus's A5 pages a word broken inside leaves less than a letter (430 of 437 such breaks);
 * whole words that happen to fill their line do too (95 of 520 such lines below 1), which is why
 * the break is only marked and the document's own words decide (broken-words.ts).
 */
const FULL_LINE = 1;

/**
 * True when a narrow column broke a word inside («благоприят|ных», «2|5»): a word longer than
 * the column is cut letter by letter, so its first part is alone on its line and fills it to
 * within a letter, and the rest goes on in lower case (or in digits after digits, «800,|0»).
 */
function isBrokenWord(line: CellLine, next: CellLine, box: CellBox): boolean {
  if (/\s/u.test(line.text) || !mayBreakInside(line.text, next.text)) return false;
  const padding = Math.max(0, Math.min(line.x0, next.x0) - box.left);
  const perLetter = (line.x1 - line.x0) / Math.max(1, line.text.length);
  return line.x1 >= box.right - padding - FULL_LINE * perLetter;
}

/**
 * How `next` joins `line` in a cell's text: WORD_BREAK where a narrow column may have broken a
 * word inside; "" where the word processor wrapped a word after its own hyphen («Кызыл-|Арык»,
 * «2025–|2027»); " " where it wrapped between words; "\n" for a line break the author typed.
 */
export function lineJoin(line: CellLine, next: CellLine, box: CellBox): string {
  if (isBrokenWord(line, next, box)) return WORD_BREAK;
  if (!isSoftWrap(line, next, box)) return "\n";
  return /[\p{L}\d][-–]$/u.test(line.text) ? "" : " ";
}

/**
 * True when `next` goes on from `line` because the word processor wrapped it, false for a line
 * break the author typed. A soft wrap joins with a space, so a body's name wrapped over two lines
 * stays one body; a typed break stays "\n", the separator between bodies or sources. Geometry alone
 * proves a typed break (the next word would have fitted; the cell's right padding taken equal to
 * its left one); where the word would not have fitted, either is possible, and only a line going on
 * in lower case or after a hyphen is taken as wrapped — a capital may start a new body or source.
 * Two lines that each end in a body's head noun or abbreviation («Ак-Жар айыл өкмөтү» | «мектептин
 * администрациясы») keep the break, unless the second opens with a head noun bound to a word before
 * it («Ишкерлер» | «ассоциациясы»): the responsible cell's splitter tells one name from two.
 */
export function isSoftWrap(line: CellLine, next: CellLine, box: CellBox): boolean {
  if (wouldHaveFitted(line, next, box)) return false;
  if (/[-–]$/u.test(line.text)) return true;
  const twoNames = endsBody(line.text) && endsBody(next.text) && !opensWithBoundHead(next.text);
  return /^[\p{Ll}\d(«"]/u.test(next.text) && !twoNames;
}
