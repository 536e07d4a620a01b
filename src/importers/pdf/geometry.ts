/** Shapes the PDF reader works with, in PDF user space (points, y grows upwards). */

/** One run of text from pdf.js: `x`,`y` the start of its baseline, `size` its font size. */
export interface TextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A ruling line: horizontal ("h", at y = `at`, from x `from` to `to`) or vertical ("v", at x = `at`). */
export interface Segment {
  dir: "h" | "v";
  at: number;
  from: number;
  to: number;
}

/** The point of a piece used to decide which cell holds it: the middle of its glyph bodies. */
export function pieceCenter(piece: TextPiece): { x: number; y: number } {
  return { x: piece.x + piece.width / 2, y: piece.y + piece.size * 0.3 };
}

/** Values sorted and grouped where neighbours lie within `tolerance`; each group gives its mean. */
export function clusterValues(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const last = groups.at(-1);
    if (last && v - (last.at(-1) ?? v) <= tolerance) last.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}
