import type { Segment, TextPiece } from "../pdf/geometry.ts";
import type { PageContent } from "../pdf/page-content.ts";
import { lineSizes } from "./font-size.ts";
import type { GrayImage } from "./gray-image.ts";
import { fixQuarterNumerals } from "./ocr-fixes.ts";
import { findPixelRulings } from "./ruling.ts";
import { deskewPoint, estimateSkew } from "./skew.ts";
import type { OcrPage, OcrWord } from "./tsv.ts";

/** A word tesseract was unsure of, for the person who checks the import. */
export interface UnsureWord {
  text: string;
  conf: number;
}

/** A page read by OCR in the PDF reader's terms, and the words below the confidence bar. */
export interface OcrPageContent {
  content: PageContent;
  unsure: UnsureWord[];
  /** The mean confidence of the page's words, 0–100. */
  confidence: number;
  /** The skew found and undone, in degrees. */
  skewDegrees: number;
}

/** Words tesseract gives less than this confidence (0–100) are worth a person's look. */
export const UNSURE_BELOW = 60;
/** Bits of ruling lines and specks OCR reads as characters at a word's edge: "|", "[", "`", "‚". */
const EDGE_MARKS = /^[|[\]_`‚‘']+|[|[\]_`‚‘]+$/gu;
/** A "word" of punctuation alone read with less confidence than this is a speck of dirt. */
const SPECK_BELOW = 70;

/**
 * A "word" of one or two small letters read with less confidence than this is grain of the paper:
 * on a noisy 200 dpi scan tesseract makes «о», «ү», «ой» of specks at the end of a cell, while the
 * real short words («в», «и», «на») are mostly read at 55 % and more. Capitals and digits stay: «ЖБ» and
 * «25» are read at 20–30 % and are a funding source and a sum.
 */
const GRAIN_BELOW = 40;

/** True for what tesseract read from dirt rather than print. */
function isSpeck(w: OcrWord): boolean {
  const letters = w.text.replace(/[^\p{L}\p{N}]/gu, "");
  if (letters === "") return w.conf < SPECK_BELOW;
  return /^\p{Ll}{1,2}$/u.test(letters) && w.conf < GRAIN_BELOW;
}

/** The page's words without the table lines and specks tesseract took for letters. */
function realWords(words: OcrWord[]): OcrWord[] {
  return words
    .map((w) => ({ ...w, text: w.text.replace(EDGE_MARKS, "") }))
    .filter((w) => w.text !== "" && !isSpeck(w));
}

/**
 * Turns a page's OCR words (and its ruling lines, where the image's pixels are known) into the
 * text pieces and segments the PDF reader lays out: deskewed, in points, y growing upwards, each
 * word a piece whose middle is where tesseract saw the word.
 */
export function ocrPageContent(page: OcrPage, image: GrayImage | undefined, dpi: number): OcrPageContent {
  const words = fixQuarterNumerals(realWords(page.words));
  const angle = estimateSkew(words);
  const pt = 72 / dpi;
  const top = page.height * pt;
  const sizes = lineSizes(words);
  const pieces: TextPiece[] = words.map((w) => {
    const c = deskewPoint(w.left + w.width / 2, w.top + w.height / 2, angle);
    // a line of punctuation alone has no size of its own: its box taken as capital-high
    const size = (sizes.get(w.line) ?? w.height / 0.7) * pt;
    const width = w.width * pt;
    // pieceCenter() takes a piece's middle 0.3 of its size above its baseline
    return { text: w.text, x: c.x * pt - width / 2, y: top - c.y * pt - 0.3 * size, width, size };
  });
  const lines: Segment[] = image
    ? findPixelRulings(image, angle, dpi).map((s) =>
        s.dir === "h"
          ? { dir: "h", at: top - s.at * pt, from: s.from * pt, to: s.to * pt }
          : { dir: "v", at: s.at * pt, from: top - s.to * pt, to: top - s.from * pt },
      )
    : [];
  const confs = words.map((w) => w.conf);
  return {
    content: { pieces, lines },
    unsure: words.filter((w) => w.conf < UNSURE_BELOW).map((w) => ({ text: w.text, conf: w.conf })),
    confidence: confs.length ? confs.reduce((s, v) => s + v, 0) / confs.length : 0,
    skewDegrees: (angle * 180) / Math.PI,
  };
}
