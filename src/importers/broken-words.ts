/**
 * Words a narrow column broke inside («благоприят|ных», «Инвесто|р», «2|5»). A reader marks each
 * place where a line may have broken a word — WORD_BREAK where it measured the line to fill its
 * cell to within a letter (a PDF), LIKELY_WORD_BREAK where it could only count characters (layout
 * text) — and whether it did is decided here for the whole document at once, by the words the
 * document itself spells out whole elsewhere.
 */
import type { Block } from "./table.ts";

/**
 * True when a line ending in `before` may go on inside a word into a line starting with `next`: a
 * letter in a lower-case letter («Инвесто|р»), a digit in a digit («2|5», «800,|0»); «май|2025»
 * and «Отдел|Образования» are two words. Each reader adds what it knows of the line's width.
 */
export function mayBreakInside(before: string, next: string): boolean {
  return (/\p{L}$/u.test(before) && /^\p{Ll}/u.test(next)) || (/\d[.,]?$/u.test(before) && /^\d/u.test(next));
}

/** The mark (a soft hyphen) a reader puts where a line filling its cell may have broken a word. */
export const WORD_BREAK = "\u00ad";
/** The mark (a word joiner) for a break the reader judged by characters, not by the glyphs' widths. */
export const LIKELY_WORD_BREAK = "\u2060";

const MARKS = /[\u00ad\u2060]/u;
const MARKED_WORD = /\S*[\u00ad\u2060]\S*/gu;

/**
 * What joining the parts at a mark is worth. A word the document knows is worth 1, but 0 when of
 * one to three letters (a word's last letters as well: «и», «туу» of «турук|туу» where
 * a village is called «Туу»), one it does not know −1, and an unknown piece of one to three letters −2 («ных»,
 * «ар»: the rest of a word, seldom a word). A measured mark is
 * worth joining unless both parts are words the document knows («Управление|развития» stays, as
 * does «Ассоциация|предпринимателей»; «переработк|и», «согласовани|ю)» are joined); a counted one
 * only when the joined word is known or a part is such a short piece («жылд|ар»), so that
 * «Ишканаларды|колдоо» stays two words.
 */
const JOIN_WORTH: Record<string, number> = { [WORD_BREAK]: 0.75, [LIKELY_WORD_BREAK]: -1.5 };
const SHORT_PIECE = 3;
/** A number broken after its decimal separator («800,|0») is one number: no sum is written «800, 0». */
const DECIMALS = 2;
/** A number's part ending in its decimal separator, then one to three digits: not a year after a comma («2026,|2027»). */
const isDecimalBreak = (before: string, part: string) =>
  /\d[.,]$/u.test(before) && /^\d{1,3}(?!\d)/u.test(part);
/** More marks in one word than this are joined without weighing (2^n readings). */
const MAX_MARKS = 8;

/** The blocks with every mark resolved: the parts joined, or a space between them. */
export function mendBrokenWords(blocks: readonly Block[]): Block[] {
  const texts = blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.rows.flatMap((r) => r.cells)));
  if (!texts.some((t) => MARKS.test(t))) return [...blocks];
  const known = knownWords(texts);
  const mend = (text: string) =>
    MARKS.test(text) ? text.replace(MARKED_WORD, (w) => bestSplit(w, known)) : text;
  return blocks.map((b) =>
    b.kind === "paragraph"
      ? { ...b, text: mend(b.text) }
      : { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map(mend) })) },
  );
}

/** A word without the punctuation around it, in lower case: "" for punctuation alone. */
const core = (word: string) =>
  word
    .toLowerCase()
    .replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "")
    .replace(/ё/g, "е");

/** Every word the texts spell out whole (no mark inside). */
function knownWords(texts: readonly string[]): Set<string> {
  const known = new Set<string>();
  for (const text of texts)
    for (const word of text.split(/\s+/u)) if (!MARKS.test(word)) known.add(core(word));
  return known;
}

/** Worth of one word (see JOIN_WORTH); numbers and punctuation 0. */
function worth(word: string, known: ReadonlySet<string>): number {
  const c = core(word);
  if (c === "" || /^[\d.,]+$/u.test(c)) return 0;
  if (known.has(c)) return c.length <= SHORT_PIECE ? 0 : 1;
  return c.length <= SHORT_PIECE ? -2 : -1;
}

/** What stands between two words where a mark is not joined: the line break of layout text, a PDF's wrap. */
const APART: Record<string, string> = { [WORD_BREAK]: " ", [LIKELY_WORD_BREAK]: "\n" };

/** The marked word's parts joined into words where that is worth most (ties go to joining). */
function bestSplit(word: string, known: ReadonlySet<string>): string {
  const parts = word.split(MARKS);
  const marks = [...word].filter((ch) => MARKS.test(ch));
  if (marks.length > MAX_MARKS) return parts.join("");
  let best = { text: parts.join(""), value: Number.NEGATIVE_INFINITY };
  // bit m of `apart` set: the parts stay apart at mark m; all joined comes first and wins a tie
  for (let apart = 0; apart < 1 << marks.length; apart++) {
    const words: string[] = [parts[0] ?? ""];
    let text = parts[0] ?? "";
    let value = 0;
    marks.forEach((mark, m) => {
      const part = parts[m + 1] ?? "";
      if (apart & (1 << m)) words.push(part);
      else {
        value +=
          (JOIN_WORTH[mark] ?? 0) + (isDecimalBreak(words[words.length - 1] ?? "", part) ? DECIMALS : 0);
        words[words.length - 1] += part;
      }
      text += (apart & (1 << m) ? APART[mark] : "") + part;
    });
    value += words.reduce((s, w) => s + worth(w, known), 0);
    if (value > best.value) best = { text, value };
  }
  return best.text;
}
