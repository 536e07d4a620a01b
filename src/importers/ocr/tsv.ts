/** Tesseract's TSV output: one row per page, block, paragraph, line and word, with its box. */

/** A recognised word with its box in image pixels (y down) and tesseract's confidence, 0–100. */
export interface OcrWord {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  conf: number;
  /** Which of tesseract's text lines the word belongs to ("block.paragraph.line"). */
  line: string;
}

/** The words of one page and the size of the page image in pixels. */
export interface OcrPage {
  width: number;
  height: number;
  words: OcrWord[];
}

const WORD_LEVEL = 5;
const PAGE_LEVEL = 1;

/** Parses `tesseract … tsv` output: the words with text, and the page's size from its page row. */
export function parseTsv(tsv: string): OcrPage {
  const page: OcrPage = { width: 0, height: 0, words: [] };
  for (const row of tsv.split("\n").slice(1)) {
    const f = row.split("\t");
    if (f.length < 12) continue;
    const [level, , block, par, line, , left, top, width, height, conf] = f.slice(0, 11).map(Number);
    const text = f.slice(11).join("\t").trim();
    if (level === PAGE_LEVEL) {
      page.width = width ?? 0;
      page.height = height ?? 0;
    }
    if (level !== WORD_LEVEL || text === "") continue;
    // a damaged row (a field that is no number) has no place on the page
    if (![left, top, width, height].every((n) => Number.isFinite(n))) continue;
    page.words.push({
      text,
      left: left ?? 0,
      top: top ?? 0,
      width: width ?? 0,
      height: height ?? 0,
      conf: Number.isFinite(conf) ? (conf as number) : 0,
      line: `${block}.${par}.${line}`,
    });
  }
  return page;
}
