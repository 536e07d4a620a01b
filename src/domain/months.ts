/** Month names of Kyrgyz and Russian plans, in any inflected form. */

/** A month named in a text: its number (1-12) and where the name starts. */
export interface MonthMention {
  month: number;
  index: number;
}

// Russian/Kyrgyz loan names are matched by stem so every case form counts
// (апрель, апреля, апреле, апрелине, апрели); May is listed form by form because "ма…" starts
// many words (майрам); Kyrgyz native names need "айы" where the bare word is an animal (теке).
const MONTH_PATTERNS: [number, string][] = [
  [1, "январ\\p{L}*|үчтүн\\s+ай\\p{L}*"],
  [2, "феврал\\p{L}*|бирдин\\s+ай\\p{L}*"],
  [3, "март\\p{L}*|жалган\\s+куран\\p{L}*"],
  [4, "апрел\\p{L}*|чын\\s+куран\\p{L}*"],
  [5, "ма(?:й(?:да|га|ы|ына|ында|дын|дан|ынан)?|я|е)|бугу\\s+ай\\p{L}*"],
  [6, "июн\\p{L}*|кулжа\\s+ай\\p{L}*"],
  [7, "июл\\p{L}*|теке\\s+ай\\p{L}*"],
  [8, "август\\p{L}*|баш\\s+оона\\p{L}*"],
  [9, "сентябр\\p{L}*|аяк\\s+оона\\p{L}*"],
  [10, "октябр\\p{L}*|тогуздун\\s+ай\\p{L}*"],
  [11, "ноябр\\p{L}*|жетинин\\s+ай\\p{L}*"],
  [12, "декабр\\p{L}*|бештин\\s+ай\\p{L}*"],
];

const MONTH_RE = new RegExp(
  `(?<![\\p{L}])(?:${MONTH_PATTERNS.map(([, p], i) => `(?<m${i}>${p})`).join("|")})(?![\\p{L}])`,
  "giu",
);

/** Every month name in a (lower- or mixed-case) text, in order. */
export function monthsIn(text: string): MonthMention[] {
  const found: MonthMention[] = [];
  for (const match of text.matchAll(MONTH_RE)) {
    const groups = match.groups ?? {};
    const i = MONTH_PATTERNS.findIndex((_, k) => groups[`m${k}`] !== undefined);
    const entry = MONTH_PATTERNS[i];
    if (entry) found.push({ month: entry[0], index: match.index });
  }
  return found;
}
