import type { TextPiece } from "./geometry.ts";
import { type CellBox, cellLine, lineJoin } from "./line-wrap.ts";

/** Pieces whose baselines differ by less than this share of their font size are one line. */
const SAME_LINE = 0.5;
/** A gap wider than this share of the font size between two pieces is a space. */
const SPACE_GAP = 0.12;
/** A gap wider than this share of the font size is a column stop (a tab in the source). */
const TAB_GAP = 2;

/** Groups pieces into lines, top to bottom, each line left to right. */
export function groupLines(pieces: TextPiece[]): TextPiece[][] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextPiece[][] = [];
  for (const piece of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && Math.abs(first.y - piece.y) < SAME_LINE * Math.min(first.size, piece.size))
      line.push(piece);
    else lines.push([piece]);
  }
  return lines.map((line) => line.sort((a, b) => a.x - b.x));
}

/**
 * The text of one line: touching pieces joined as they are, a gap made a space — or a tab when
 * `tabs` is set and the gap is wide (a signature line "position … name").
 */
export function lineText(line: TextPiece[], tabs = false): string {
  let text = "";
  let end = Number.NEGATIVE_INFINITY;
  for (const piece of line) {
    const gap = piece.x - end;
    const size = piece.size || 1;
    if (text !== "" && !/\s$/.test(text) && !/^\s/.test(piece.text)) {
      if (tabs && gap > TAB_GAP * size) text += "\t";
      else if (gap > SPACE_GAP * size) text += " ";
    }
    text += piece.text;
    end = Math.max(end, piece.x + piece.width);
  }
  return text.replace(/[ \u00a0]+$/u, "").replace(/^[ \u00a0]+/u, "");
}

/**
 * The text of a cell: its lines joined with "\n" — or, when the cell's edges are known, a line the
 * word processor wrapped joined to the one before with a space.
 */
export function cellText(pieces: TextPiece[], box?: CellBox): string {
  const lines = groupLines(pieces)
    .map((line) => cellLine(line, lineText(line)))
    .filter((line) => line.text !== "");
  return lines
    .map((line, i) => {
      const previous = lines[i - 1];
      if (!previous) return line.text;
      return (box ? lineJoin(previous, line, box) : "\n") + line.text;
    })
    .join("");
}
