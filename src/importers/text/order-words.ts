/** Body lines of reading-order text → words with what the segmenter looks at (line, page, shape). */

/** One word of the table body. */
export interface Word {
  text: string;
  /** Index of its line among the body's lines. */
  line: number;
  /** First word of its line. */
  first: boolean;
  /** Last word of its line. */
  last: boolean;
  /** First word after a page break (a form feed, a repeated header, three blank lines). */
  pageStart: boolean;
  /** Characters of its line up to and including this word (runs of spaces as one). */
  upTo: number;
}

/** A body line: its text, and whether a page break comes just before it. */
export interface BodyLine {
  text: string;
  afterBreak: boolean;
}

/** Blank lines that stand for a page break where a text has no form feeds (a viewer's copy). */
const PAGE_GAP = 3;
/** A page number or footer line: "2", "- 2 -", "Бет 2", "Страница 2 из 9". */
const PAGE_NUMBER =
  /^(?:[-–—\s]*\d{1,3}[-–—\s]*|(?:бет|стр\.?|страница|page)\s*\d{1,3}(?:\s*(?:из|of|\/)\s*\d{1,3})?)$/iu;

const norm = (s: string) => s.replace(/\f/g, "").replace(/\s+/g, " ").trim();

/**
 * The body's lines without blank lines, repeated headers and page numbers; a page break before a
 * line is kept as `afterBreak`. `header` holds the header's own lines, to drop their repeats.
 */
export function bodyLines(lines: readonly string[], header: readonly string[]): BodyLine[] {
  const out: BodyLine[] = [];
  const head = header.map(norm).filter((l) => l !== "");
  let pending = false;
  let blanks = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    if (raw.includes("\f")) pending = true;
    const text = norm(raw);
    if (text === "") {
      if (++blanks >= PAGE_GAP) pending = true;
      continue;
    }
    blanks = 0;
    if (head.length > 0 && text === head[0] && head.every((h, k) => norm(lines[i + k] ?? "") === h)) {
      i += head.length - 1;
      pending = true;
      continue;
    }
    if (PAGE_NUMBER.test(text) && (pending || nextBreaks(lines, i))) {
      pending = true;
      continue;
    }
    out.push({ text, afterBreak: pending && out.length > 0 });
    pending = false;
  }
  return out;
}

/** True when a form feed or the end follows line i (blank lines between allowed). */
function nextBreaks(lines: readonly string[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j] ?? "";
    if (l.includes("\f")) return true;
    if (l.trim() !== "") return false;
  }
  return true;
}

/** The words of the body lines, in order. */
export function toWords(lines: readonly BodyLine[]): Word[] {
  const words: Word[] = [];
  lines.forEach((l, line) => {
    const parts = l.text.split(" ");
    let upTo = -1;
    parts.forEach((text, k) => {
      upTo += text.length + 1;
      words.push({
        text,
        line,
        first: k === 0,
        last: k === parts.length - 1,
        pageStart: k === 0 && l.afterBreak,
        upTo,
      });
    });
  });
  return words;
}
