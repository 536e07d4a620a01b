/** A cell's text from the words of its span in reading-order text (reading-order.ts). */
import { LIKELY_WORD_BREAK, mayBreakInside, WORD_BREAK } from "../broken-words.ts";
import type { Span } from "./order-path.ts";
import { goesOnWord } from "./order-pieces.ts";
import type { Word } from "./order-words.ts";

/**
 * Words of a span, a space between words of one line and a line break between lines. A line of
 * the cell holding one word that fills the column's width, then a line going on in lower case (or
 * digits after digits), may be a word a narrow column broke inside («кооператив|и», «кварта|лы»):
 * the break is marked, and the document's own words decide (broken-words.ts). So is a break whose
 * two sides spell a word of the cell's column (`columnWord`, deadline and funding: «кылын|байт»),
 * whatever the width: that is as good as a measure, and is joined unless both parts are words.
 */
export function spanText(
  words: readonly Word[],
  s: Span,
  width: number | undefined,
  columnWord?: (word: string) => boolean,
): string {
  let text = "";
  for (let i = s.from; i < s.to; i++) {
    const w = words[i] as Word;
    if (i === s.from) text = w.text;
    else if (!w.first) text += ` ${w.text}`;
    else text += `${breakBefore(words, s, i, width, columnWord)}${w.text}`;
  }
  return text;
}

/** What stands between line i-1 and line i of a cell: a line break, or a mark of a word broken there. */
function breakBefore(
  words: readonly Word[],
  s: Span,
  i: number,
  width: number | undefined,
  columnWord: ((word: string) => boolean) | undefined,
): string {
  if (columnWord && goesOnWord(words[i - 1] as Word, words[i] as Word, columnWord)) return WORD_BREAK;
  return maybeBroken(words, s, i, width) ? LIKELY_WORD_BREAK : "\n";
}

/**
 * Characters a line broken inside a word may fall short of its column's width, as letters differ
 * in width. Tuned on the corpus's raw renderings: 0, 1, 2 and 3 gave a mean of 0.9065, 0.9077,
 * 0.9081 and 0.9079 (without the width, 3-letter words such as «Мал», «Суу» were joined to the next).
 */
const FULL_LINE = 2;

function maybeBroken(words: readonly Word[], s: Span, i: number, width: number | undefined): boolean {
  const before = words[i - 1] as Word;
  const alone = i - 1 === s.from || before.first;
  if (!alone || width === undefined || before.text.length < width - FULL_LINE) return false;
  return mayBreakInside(before.text, (words[i] as Word).text);
}
