import type { OcrWord } from "./tsv.ts";

/** Letters reaching above the x-height: capitals, digits, б й ё, and the Latin ones. */
const TALL = /[\p{Lu}\p{N}бйёbdfhklt]/u;
/** Letters reaching below the baseline. */
const DEEP = /[руфдщцgjpqy]/u;
/**
 * Share of the font size a word's box is tall, by what its letters reach (Times-like fonts): the
 * x-height alone 0.47, up to the capitals 0.7, down to the descenders 0.69, both 0.92.
 */
function boxShare(text: string): number {
  const [tall, deep] = [TALL.test(text), DEEP.test(text)];
  if (tall && deep) return 0.92;
  if (tall) return 0.7;
  if (deep) return 0.69;
  return 0.47;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The font size of each of tesseract's lines, in pixels: the median over its words of the size
 * each word's box height gives for the letters it has. A line of small letters («чаралар планы»)
 * then gets the same size as the capitals above it, so the PDF reader's paragraphs, which break
 * where the font size changes, see one title and not two.
 */
export function lineSizes(words: OcrWord[]): Map<string, number> {
  const byLine = new Map<string, number[]>();
  for (const w of words) {
    const letters = w.text.replace(/[^\p{L}\p{N}]/gu, "");
    if (letters === "") continue;
    byLine.set(w.line, [...(byLine.get(w.line) ?? []), w.height / boxShare(letters)]);
  }
  return new Map([...byLine].map(([line, sizes]) => [line, median(sizes)]));
}
