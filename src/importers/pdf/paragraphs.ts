import { groupLines, lineText } from "./cell-text.ts";
import type { TextPiece } from "./geometry.ts";

/** A paragraph of a page with the y of its first baseline (to order it among the tables). */
export interface PageParagraph {
  top: number;
  text: string;
}

/** Lines further apart than this share of the font size start a new paragraph. */
const PARAGRAPH_GAP = 1.6;
/** Lines whose font sizes differ by more than this share are different paragraphs (a title under a stamp). */
const SIZE_CHANGE = 0.1;

/** A page number alone on its line (up to 3 digits, so a year stays): "3", "- 3 -", "3 / 7", "Page 3 of 7", "Бет 3". */
const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:(?:page|p\.|стр\.?|страница|бет|барак)\s*)?\d{1,3}(?:\s*(?:\/|of|из)\s*\d{1,3})?(?:\s*[-–—])?$/iu;

/** True when the text is only a page number. */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/**
 * Groups the loose text of a page into paragraphs in reading order: lines close together are one
 * paragraph (joined with "\n") unless their font size changes; a wide gap inside a line becomes a tab. Bare page numbers are dropped.
 */
export function readParagraphs(pieces: TextPiece[]): PageParagraph[] {
  const out: PageParagraph[] = [];
  let current: { top: number; lines: string[]; lastY: number; size: number } | undefined;
  for (const line of groupLines(pieces)) {
    const text = lineText(line, true);
    const first = line[0];
    if (!first || text === "") continue;
    const size = Math.max(...line.map((p) => p.size));
    const sameSize = current && Math.abs(size - current.size) <= SIZE_CHANGE * Math.max(size, current.size);
    if (current && sameSize && current.lastY - first.y <= PARAGRAPH_GAP * Math.max(size, current.size)) {
      current.lines.push(text);
      current.lastY = first.y;
      current.size = size;
      continue;
    }
    if (current) out.push({ top: current.top, text: current.lines.join("\n") });
    current = { top: first.y + size, lines: [text], lastY: first.y, size };
  }
  if (current) out.push({ top: current.top, text: current.lines.join("\n") });
  return out.filter((p) => !isPageNumber(p.text));
}
