/**
 * Sums of money as plans write them: "32,0 млн сом", "1 250,5 тыс. сом", a column headed "миң сом".
 * One separator ("32,0", "1250.5") is a decimal mark; repeated or mixed ones group thousands
 * ("1.250.000", "1,250.5", "1.250,5"); spaces group thousands only before groups of three digits.
 */
import type { Cost } from "./plan.ts";

const NO_LETTER_BEFORE = "(?<![\\p{L}])";
// "сом" and its case forms, but not words that merely start with it ("сомон", straw)
const SOM = "сом(?:дук|го|до|дон|дун|ду|дор\\p{L}*|ов|а|у|ы)?";
const NO_LETTER_AFTER = "(?![\\p{L}])";
// Order matters: the largest unit a text names wins ("млн сом" also contains "сом").
const MULTIPLIERS: [RegExp, number][] = [
  [new RegExp(`${NO_LETTER_BEFORE}(?:млрд|миллиард\\p{L}*)`, "iu"), 1e9],
  [new RegExp(`${NO_LETTER_BEFORE}(?:млн|миллион\\p{L}*)`, "iu"), 1e6],
  [new RegExp(`${NO_LETTER_BEFORE}(?:тыс|тысяч\\p{L}*|миң|мин|минг)${NO_LETTER_AFTER}`, "iu"), 1e3],
  [new RegExp(`${NO_LETTER_BEFORE}(?:${SOM}|kgs)${NO_LETTER_AFTER}`, "iu"), 1],
];

/** A number: digits grouped by spaces in threes, or by dots/commas, with an optional decimal part. */
export const NUMBER_SOURCE = "\\d{1,3}(?:[ \\u00a0\\u2009\\u202f]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)*";

/** Units a money sum is written with, after its number. */
const MONEY_UNIT_SOURCE = `(?:(?:млрд|млн|миллиард\\p{L}*|миллион\\p{L}*|тыс|тысяч\\p{L}*|миң|минг|мин)\\.? ?)?(?:${SOM})`;

/** The cost words that may stand before a sum ("сметалык баасы", "стоимостью", "болжолдуу наркы"). */
const COST_WORD_SOURCE =
  "(?:(?:сметалык|болжолдуу|жалпы|долбоордук|сметная|общая|ориентировочная|примерная|полная)\\s+)?(?:баасы|наркы|суммасы|бюджети|стоимост\\p{L}*|сумм\\p{L}*)";

const COST_RE = new RegExp(
  `(?:${NO_LETTER_BEFORE}(?<word>${COST_WORD_SOURCE})[\\s:=–—-]*)?(?<![\\d.,])(?<number>${NUMBER_SOURCE})\\s*(?<unit>${MONEY_UNIT_SOURCE})${NO_LETTER_AFTER}`,
  "iu",
);

/** The multiplier of the money unit a text or column header names ("млн сом" → 1e6), or null. */
export function moneyMultiplier(text: string): number | null {
  return MULTIPLIERS.find(([re]) => re.test(text))?.[1] ?? null;
}

/** The first number in a text, in som: unit words in the text win over the given multiplier. */
export function parseAmount(text: string, multiplier = 1): number | null {
  const match = new RegExp(NUMBER_SOURCE).exec(text);
  if (!match) return null;
  const value = parseNumber(match[0]);
  if (value === null) return null;
  const factor = moneyMultiplier(text.slice(match.index)) ?? multiplier;
  return Math.round(value * factor * 100) / 100;
}

/** A number as written in a plan ("1 250,5", "1.250.000", "0,5") as a JavaScript number. */
export function parseNumber(written: string): number | null {
  const digits = written.replace(/[ \u00a0\u2009\u202f]/g, "");
  const separators = digits.replace(/\d/g, "");
  let plain = digits;
  if (separators.length === 1) plain = digits.replace(/[.,]/, ".");
  else if (separators.length > 1) {
    const last = separators[separators.length - 1] as string;
    const grouped = separators.split("").every((s) => s === last);
    // "1.250.000": every mark groups thousands; "1.250,5" / "1,250.5": the last mark is decimal
    plain = grouped
      ? digits.replace(/[.,]/g, "")
      : digits.replace(last === "," ? /\./g : /,/g, "").replace(",", ".");
  }
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/** The first sum of money stated in a text (with its cost word when there is one), or null. */
export function findCost(text: string): Cost | null {
  const flat = text.replace(/\s+/g, " ");
  const match = COST_RE.exec(flat);
  const number = match?.groups?.number;
  if (!match || number === undefined) return null;
  const amount = parseAmount(`${number} ${match.groups?.unit ?? ""}`);
  if (amount === null) return null;
  return { amount, currency: "KGS", text: match[0].trim() };
}
