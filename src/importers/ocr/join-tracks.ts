import type { PixelSegment } from "./ruling.ts";

/** Tracks this close (pixels) are one line: a drawn line, widened by the ink band, lies on several. */
const SAME_LINE = 1.5;

/** Joins overlapping or touching stretches (within `gap`) of one line, in order along it. */
function unionOf(runs: PixelSegment[], at: number, gap: number): PixelSegment[] {
  const out: PixelSegment[] = [];
  for (const run of [...runs].sort((a, b) => a.from - b.from)) {
    const last = out.at(-1);
    if (last && run.from <= last.to + gap) last.to = Math.max(last.to, run.to);
    else out.push({ dir: run.dir, at, from: run.from, to: run.to });
  }
  return out;
}

/**
 * One ruling line from the runs found on neighbouring tracks: each line of the page is found on
 * several tracks side by side, each a fraction of a pixel apart and each broken by noise in other
 * places. Given as they are, a table reader sees a few parallel lines, each with gaps; joined,
 * the line has one position and spans every stretch any of its tracks saw.
 */
export function joinTracks(runs: PixelSegment[], gap: number): PixelSegment[] {
  const sorted = [...runs].sort((a, b) => a.at - b.at);
  const lines: PixelSegment[][] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    if (line && run.at - (line.at(-1) as PixelSegment).at <= SAME_LINE) line.push(run);
    else lines.push([run]);
  }
  return lines.flatMap((line) => {
    // the line lies where most of its ink was found: the runs' positions weighted by length
    const length = line.reduce((s, r) => s + (r.to - r.from), 0);
    const at = line.reduce((s, r) => s + r.at * (r.to - r.from), 0) / Math.max(length, 1e-9);
    return unionOf(line, at, gap);
  });
}
