import type { OcrWord } from "./tsv.ts";

/**
 * Roman quarter numbers as tesseract's Cyrillic models read them: "II" as "П", "III" as "Ш",
 * "IV" as "ГУ" or "ТУ", "I" as "1" or "l". A plan's deadlines name quarters this way all the time
 * («III квартал 2026 г.», «2026-жылдын III-кварталы»), and a misread numeral loses the deadline.
 */
const MISREAD_QUARTERS: Record<string, string> = {
  "1": "I",
  l: "I",
  І: "I",
  "11": "II",
  ll: "II",
  Il: "II",
  П: "II",
  "111": "III",
  Ill: "III",
  lll: "III",
  Ш: "III",
  "1V": "IV",
  lV: "IV",
  ІV: "IV",
  IУ: "IV",
  "1У": "IV",
  ГУ: "IV",
  ТУ: "IV",
};

const QUARTER_WORD = /^(?:квартал|кв\.|чейрек)/iu;
/** A numeral joined to its quarter word by a hyphen: «Ш-кварталы». */
const JOINED = /^([^\s-]+)(-(?:квартал|чейрек)\S*)$/iu;

/** The numeral read as Roman when it stands before a quarter word; any other word unchanged. */
function romanBefore(word: string, next: string | undefined): string {
  const joined = word.match(JOINED);
  if (joined) return `${MISREAD_QUARTERS[joined[1] as string] ?? joined[1]}${joined[2]}`;
  return next !== undefined && QUARTER_WORD.test(next) ? (MISREAD_QUARTERS[word] ?? word) : word;
}

/** Puts back the Roman quarter numbers OCR misread, looking at each word and the next on its line. */
export function fixQuarterNumerals(words: OcrWord[]): OcrWord[] {
  return words.map((w, i) => {
    const next = words[i + 1];
    return { ...w, text: romanBefore(w.text, next?.line === w.line ? next.text : undefined) };
  });
}
