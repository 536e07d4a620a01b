/**
 * Words a narrow column broke inside, read whole for the costs of short cells: on an A5 page a
 * deadline or funding cell of a few characters prints «ежегод|но», «Каржыл|оо», «Демөөр|чү», and
 * its words no longer read as date or source words (decision 009).
 */
import type { Word } from "./order-words.ts";

/** A line that starts in lower case after a line ending in a letter or a hyphen may go on the word above. */
const mayGoOn = (before: Word, w: Word) =>
  w.first && /^\p{Ll}/u.test(w.text) && /[\p{L}-]$/u.test(before.text);

/** A piece a narrow column leaves of a word on the next line: at most four letters («ю)», «нно», «лоо»). */
const PIECE = /^\p{Ll}{1,4}$/u;
/** A word's letters: lower case, without the brackets, quotes and stops around it. */
const bare = (text: string) => text.toLowerCase().replace(/^[(«"“]+|[»"”).,;:]+$/gu, "");
const isPiece = (text: string) => PIECE.test(bare(text));

/**
 * True when line-first word w starts in lower case and, after `above` (the word ending the line
 * before, perhaps already glued), spells a word of the column (`known`) that w alone is not
 * («кылын|байт» → «кылынбайт»); w is a piece of at most four letters.
 */
const gluesOn = (above: string, before: Word, w: Word, known: (word: string) => boolean) =>
  mayGoOn(before, w) && isPiece(w.text) && known(`${above}${w.text}`) && !known(w.text);

/** `gluesOn` after the word as printed above. */
export const goesOnWord = (before: Word, w: Word, known: (word: string) => boolean) =>
  gluesOn(before.text, before, w, known);

/**
 * The texts of the words of one cell with each line that starts in lower case glued to the word
 * ending the line above when the line's first word is a piece of at most four letters, which alone
 * is no word of the column, and together they spell one («ежегод» «но» → «ежегодно», «Каржыл» «оо»
 * → «Каржылоо»; a whole word such as «керекте(л)» is no piece, however «Каржылоо\S*» would
 * match); undefined when nothing was glued. Glued only into known words, so a cell of other words is no cheaper for
 * being read with fewer of them.
 */
export function joinedPieces(words: readonly Word[], known: (word: string) => boolean): string[] | undefined {
  const out: string[] = [];
  let joined = false;
  words.forEach((w, i) => {
    const before = words[i - 1];
    const above = out[out.length - 1] ?? "";
    if (before && gluesOn(above, before, w, known)) {
      out[out.length - 1] = `${above}${w.text}`;
      joined = true;
    } else out.push(w.text);
  });
  return joined ? out : undefined;
}

const mayGoOnAt = (words: readonly Word[], i: number) => {
  const w = words[i];
  return w !== undefined && i > 0 && mayGoOn(words[i - 1] as Word, w);
};

/**
 * For each word: true when it is a line's first word, a piece of at most four lower-case letters
 * after a line ending on a word the body never writes whole elsewhere (nor a word of a short
 * column, `columnWord`), and the piece either completes that word into one it does know
 * («ежегод|но» → «ежегодно») or is no word of the body itself («согласовани|ю)»). Such a piece
 * goes on the word above: no cell starts with it. Words next to a line break that may cut a word
 * prove nothing, so the body's words are taken from elsewhere only.
 */
export function restsOfWords(words: readonly Word[], columnWord: (word: string) => boolean): boolean[] {
  const atBreak = words.map((_, i) => mayGoOnAt(words, i) || mayGoOnAt(words, i + 1));
  const whole = new Set(words.filter((_, i) => !atBreak[i]).map((w) => bare(w.text)));
  const known = (word: string) => whole.has(word) || columnWord(word);
  return words.map((w, i) => {
    const before = words[i - 1];
    const piece = bare(w.text);
    if (!before || !mayGoOn(before, w) || !PIECE.test(piece)) return false;
    const above = bare(before.text);
    return !known(above) && (known(`${above}${piece}`) || !known(piece));
  });
}
