import type { GrayImage } from "./gray-image.ts";
import { joinTracks } from "./join-tracks.ts";

/** A ruling line found on the image, in deskewed pixels: "h" at y = at from x `from` to `to`, "v" likewise. */
export interface PixelSegment {
  dir: "h" | "v";
  at: number;
  from: number;
  to: number;
}

/** Pixels darker than this are ink (0 black … 255 white); noise and light greys stay paper. */
const INK = 170;
/** A run of ink at least this long (inches) is a ruling line; a word's letters never join so far. */
const MIN_LINE_INCHES = 0.3;
/** Specks of paper this many pixels long inside a line (noise) do not break it; gaps between letters do. */
const MAX_GAP = 1;
/** How far (pixels) across its track a line may wander and still be followed. */
const BAND = 2;

/** A walk over the page along its tilted rows ("h") or columns ("v"). */
interface Walk {
  dir: "h" | "v";
  width: number;
  height: number;
  tan: number;
  /** Tracks start this far outside the image, so tilted tracks still cover its corners. */
  slack: number;
}

/** The pixel index at step s of track c (a tilted row or column), or -1 outside the image. */
function pixelAt(walk: Walk, c: number, s: number): number {
  const t = c - walk.slack;
  const x = walk.dir === "h" ? s : Math.round(t - s * walk.tan);
  const y = walk.dir === "h" ? Math.round(t + s * walk.tan) : s;
  return x < 0 || y < 0 || x >= walk.width || y >= walk.height ? -1 : y * walk.width + x;
}

/**
 * 1 where a pixel or one within BAND pixels across the walking direction is ink: a thin line drawn
 * askew, blurred and sampled along a slightly wrong angle still reads as one run.
 */
function inkBand(image: GrayImage, across: "x" | "y"): Uint8Array {
  const { width: w, height: h, pixels } = image;
  const out = new Uint8Array(w * h);
  const [step, count, lines, lineStep] = across === "y" ? [w, h, w, 1] : [1, w, h, w];
  for (let line = 0; line < lines; line++) {
    const base = line * lineStep;
    let lastInk = -BAND - 1;
    // forward pass marks pixels up to BAND after ink, backward pass up to BAND before it
    for (let i = 0; i < count; i++) {
      if ((pixels[base + i * step] ?? 255) < INK) lastInk = i;
      if (i - lastInk <= BAND) out[base + i * step] = 1;
    }
    lastInk = count + BAND + 1;
    for (let i = count - 1; i >= 0; i--) {
      if ((pixels[base + i * step] ?? 255) < INK) lastInk = i;
      if (lastInk - i <= BAND) out[base + i * step] = 1;
    }
  }
  return out;
}

/**
 * The runs of ink along each track of a walk long enough to be ruling lines, in deskewed pixels:
 * track c of a level line y = t + x·tan lies at y' = t·cos, its step x at x' = x/cos + t·sin (and
 * likewise for columns x = t − y·tan), as deskewPoint maps them.
 */
function runsOf(ink: Uint8Array, walk: Walk, angle: number, minLength: number): PixelSegment[] {
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const length = walk.dir === "h" ? walk.width : walk.height;
  const tracks = (walk.dir === "h" ? walk.height : walk.width) + 2 * walk.slack;
  const sign = walk.dir === "h" ? 1 : -1;
  const out: PixelSegment[] = [];
  for (let c = 0; c < tracks; c++) {
    const t = c - walk.slack;
    let start = -1;
    let last = -1;
    for (let s = 0; s <= length; s++) {
      const p = s < length ? pixelAt(walk, c, s) : -1;
      if (p >= 0 && ink[p] === 1) {
        if (start < 0) start = s;
        last = s;
      } else if (start >= 0 && (s - last > MAX_GAP || s === length)) {
        if (last - start + 1 >= minLength) {
          const along = (step: number) => step / cos + sign * t * sin;
          out.push({ dir: walk.dir, at: t * cos, from: along(start), to: along(last) });
        }
        start = -1;
      }
    }
  }
  return out;
}

/**
 * The ruling lines of a page image: long runs of ink along the rows and the columns of the page as
 * tilted by `angle` (the skew of its text), so a line scanned askew is still one run. Positions
 * come out deskewed (see deskewPoint), the frame the words are put in.
 */
export function findPixelRulings(image: GrayImage, angle: number, dpi: number): PixelSegment[] {
  const { width, height } = image;
  const tan = Math.tan(angle);
  const slack = Math.ceil(Math.abs(tan) * Math.max(width, height));
  const minLength = MIN_LINE_INCHES * dpi;
  const lines = (dir: "h" | "v") =>
    joinTracks(
      runsOf(inkBand(image, dir === "h" ? "y" : "x"), { dir, width, height, tan, slack }, angle, minLength),
      MAX_GAP,
    );
  return [...lines("h"), ...lines("v")];
}
