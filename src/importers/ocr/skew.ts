import type { OcrWord } from "./tsv.ts";

/** Lines shorter than this many pixels say too little about the page's slope. */
const MIN_LINE_SPAN = 150;
/** Below this angle (radians, about 0.05°) a page is taken as straight. */
const STRAIGHT = 0.001;

/** The slope of the words' bottoms along one line, least squares; undefined for a short line. */
function lineSlope(words: OcrWord[]): number | undefined {
  if (words.length < 3) return undefined;
  const xs = words.map((w) => w.left + w.width / 2);
  const ys = words.map((w) => w.top + w.height);
  if (Math.max(...xs) - Math.min(...xs) < MIN_LINE_SPAN) return undefined;
  const mx = xs.reduce((s, v) => s + v, 0) / xs.length;
  const my = ys.reduce((s, v) => s + v, 0) / ys.length;
  const sxy = xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] ?? 0) - my), 0);
  const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  return sxx > 0 ? sxy / sxx : undefined;
}

/**
 * The angle (radians) the page's text lines rise or fall by, from the word boxes: the median of
 * each long line's slope. A scan fed in slightly askew has every line at about the same angle;
 * the median ignores lines tesseract joined across table cells at different heights.
 */
export function estimateSkew(words: OcrWord[]): number {
  const lines = new Map<string, OcrWord[]>();
  for (const w of words) lines.set(w.line, [...(lines.get(w.line) ?? []), w]);
  const slopes = [...lines.values()]
    .map(lineSlope)
    .filter((s): s is number => s !== undefined)
    .sort((a, b) => a - b);
  const median = slopes[Math.floor(slopes.length / 2)];
  if (median === undefined) return 0;
  const angle = Math.atan(median);
  return Math.abs(angle) < STRAIGHT ? 0 : angle;
}

/**
 * Turns image coordinates (y down) by -angle about the origin, so a text line sloping at `angle`
 * becomes level: a point on the line y = c + x·tan(angle) lands at y' = c·cos(angle).
 */
export function deskewPoint(x: number, y: number, angle: number): { x: number; y: number } {
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  return { x: x * cos + y * sin, y: -x * sin + y * cos };
}
