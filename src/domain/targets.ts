/**
 * The numbers a row promises, with what they count (docs/spec/plan-format.md, "Targets"):
 * "150 орундуу" → 150 орун, "98 пайыз" → 98 %, "150-200 жумуш орундарын" → 200 жумуш орун.
 * Years, dates, "№" numbers, section codes, ordinals ("1-июнуна") and sums of money are not targets.
 */
import { parseNumber } from "./money.ts";
import type { Target } from "./plan.ts";
import {
  dictionaryForm,
  isAdjective,
  isDescribing,
  isInflected,
  isParticiple,
  isPossessive,
  isRussianAdjective,
  isStopWord,
  isTimeWord,
  isVerb,
  isVerbalNoun,
  knownUnit,
  withAdjectiveStem,
} from "./unit-words.ts";

const NUM = "(?:\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?!\\d)|\\d+)(?:[.,]\\d+)?";
const NUMBER_RE = new RegExp(`(?<![\\p{L}\\d.,])(?<a>${NUM})(?: ?- ?(?<b>${NUM}))?`, "gu");
const MONEY_UNIT = "(?:млрд|млн|миллиард\\p{L}*|миллион\\p{L}*|тыс|тысяч\\p{L}*|миң|минг|мин)";
const YEAR = "(?<!\\d)(?:199\\d|20\\d\\d|2100)(?!\\d)";
// Spans blanked out before numbers are read: none of them is a promise.
const MASKS: RegExp[] = [
  /\d{1,2}\.\d{1,2}\.\d{2,4}/g, // dates
  /(?<![\d.])\d+(?:\.\d+){2,}\.?/g, // section codes "4.1.1"
  /№ ?\d+/g,
  new RegExp(
    `${NUM} ?(?:${MONEY_UNIT}\\.? ?)?сом\\p{L}*|${NUM} ?(?:млрд|млн|миллиард\\p{L}*|миллион\\p{L}*)`,
    "giu",
  ),
  new RegExp(`${YEAR} ?- ?${YEAR}`, "gu"),
  new RegExp(
    `${YEAR}(?= ?-? ?(?:жыл|ж\\.|ж(?!\\p{L})|год|гг|г\\.|г(?!\\p{L})|чейин|карата|дейре|$|[.,;)]))`,
    "gu",
  ),
  new RegExp(`(?<=(?:до|к|в|с|по|на|из) )${YEAR}`, "gu"),
];
const ABLATIVE_RE = /^(?:дан|ден|дон|дөн|тан|тен|тон|төн|нан|нен)$/u;
const GLUED_SUFFIX_RE =
  /^(?:дан|ден|дон|дөн|тан|тен|тон|төн|га|ге|ка|ке|го|гө|ко|кө|да|де|та|те|до|дө|то|тө|ды|ди|ду|дү|ту|тү|ты|ти)$/u;

/** One number found in a text, with its unit or null when nothing after it says what it counts. */
interface Found {
  value: number;
  unit: string | null;
}

/** The targets of a row from its texts (action, result); each value and unit once, in order. */
export function findTargets(texts: string[]): { targets: Target[]; unitless: number[] } {
  const targets: Target[] = [];
  const unitless: number[] = [];
  for (const found of texts.flatMap(numbersIn)) {
    const { value, unit } = found;
    if (unit === null) {
      if (!unitless.includes(value)) unitless.push(value);
    } else if (!targets.some((t) => t.value === value && t.unit === unit)) {
      targets.push({ value, unit });
    }
  }
  return { targets, unitless: unitless.filter((v) => !targets.some((t) => t.value === v)) };
}

function numbersIn(text: string): Found[] {
  let t = text.replace(/[\u2010-\u2015\u2212]/g, "-").replace(/\s+/g, " ");
  for (const mask of MASKS) t = t.replace(mask, (span) => " ".repeat(span.length));
  const found: Found[] = [];
  for (const m of t.matchAll(NUMBER_RE)) {
    const before = t.slice(0, m.index);
    const after = t.slice(m.index + m[0].length);
    const compound = /^-(\p{L}+)/u.exec(after)?.[1] ?? "";
    const compoundUnit = /^мест/u.test(compound) ? "место" : withAdjectiveStem(compound); // "150-местный", "5-кабаттуу"
    if (compoundUnit === null && /^-\p{L}|^-?(?:чи|чү|нчи|нчү|инчи|ынчы|үнчү|унчу)(?!\p{L})/u.test(after))
      continue; // ordinals
    if (before.trim() === "" && /^[.)] /.test(after)) continue; // a list number "1. …"
    const value = parseNumber(m.groups?.b ?? m.groups?.a ?? "");
    if (value === null) continue;
    const unit = compoundUnit ?? unitAfter(after) ?? unitBefore(before);
    if (unit !== "time") found.push({ value, unit });
  }
  return found;
}

/** What the words after a number count, "time" for a duration, or null. */
function unitAfter(after: string): string | null {
  let rest = after;
  const glued = /^\p{L}+/u.exec(rest)?.[0];
  if (glued && GLUED_SUFFIX_RE.test(glued.toLowerCase())) rest = rest.slice(glued.length); // "1тен", "5000ден"
  if (/^ ?%/.test(rest)) return "%";
  const words = (/^,? ?[^.,;:!?()«»“”"]*/u.exec(rest)?.[0] ?? "").replace(/^,/, "").trim().split(" ");
  if (/^,/.test(rest) && knownUnit(words[0] ?? "") === null) return null; // "10, МВт" but not "10, андан"
  while (words.length > 0) {
    const [w, next] = [words[0]?.toLowerCase() ?? "", words[1]?.toLowerCase()];
    // "кем эмес" (not less than), "ашуун" (more than), a case ending written apart ("1500 ден")
    if (next === "эмес") words.splice(0, 2);
    else if (ABLATIVE_RE.test(w) || w === "ашуун" || w === "ашык") words.splice(0, 1);
    else break;
  }
  const first = words[0] ?? "";
  if (first === "") return null;
  if (isTimeWord(first)) return "time";
  return knownUnit(first) ?? withAdjectiveStem(first) ?? nounPhrase(words);
}

/** "долбоорлордун саны-800", "адам саны- 1500", "количество школ – 5". */
function unitBefore(before: string): string | null {
  const ky = /(\p{L}+) саны ?[-:]? ?$/u.exec(before)?.[1];
  if (ky) return dictionaryForm(ky);
  const ru = /(?:количество|число) (\p{L}+) ?[-:]? ?$/iu.exec(before)?.[1];
  return ru ? dictionaryForm(ru) : null;
}

/** Reads a Kyrgyz (or Russian) noun phrase up to its head noun: modifiers as written, the head in dictionary form. */
function nounPhrase(words: string[]): string | null {
  const parts: string[] = [];
  for (let i = 0; i < Math.min(words.length, 5); i++) {
    const w = words[i] as string;
    const next = words[i + 1];
    if (isStopWord(w)) break;
    // the object of a participle belongs to the unit, whatever its ending: "таштанды таштоочу жай"
    if (next !== undefined && isParticiple(next)) {
      parts.push(asWritten(w));
      continue;
    }
    if (isVerb(w)) break;
    const abbreviation = /^(\p{Lu}{2,})\p{Ll}*$/u.exec(w)?.[1]; // "5 ФАП", "3 ФАПтарды"
    if (abbreviation) return [...parts, abbreviation].join(" ");
    if (parts.length === 0 && isDescribing(w)) continue; // "3 жаңы мектеп"
    if (isParticiple(w) || isAdjective(w)) {
      if (next === undefined) break;
      parts.push(asWritten(w));
      continue;
    }
    // "рабочих мест": a Russian phrase stays as written
    if (parts.some(isRussianAdjective)) return [...parts, w.toLowerCase()].join(" ");
    if (isInflected(w)) return [...parts, dictionaryForm(w)].join(" ");
    // "тигүү цехи": the possessive of a compound noun is part of its dictionary form
    if (isPossessive(w)) return [...parts, asWritten(w)].join(" ");
    if (izafetFollows(words, i)) {
      parts.push(asWritten(w)); // "жумуш" of "жумуш орундарын"
      continue;
    }
    if (isVerbalNoun(w)) break;
    return [...parts, dictionaryForm(w)].join(" ");
  }
  return null;
}

/** True when bare words from i lead to a possessive head: "кошумча нарк чынжырчасын". */
function izafetFollows(words: string[], i: number): boolean {
  for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
    const w = words[j] as string;
    if (isStopWord(w) || isVerb(w)) return false;
    if (isPossessive(w)) return true;
    if (isInflected(w) || isAdjective(w) || isParticiple(w)) return false;
  }
  return false;
}

/** Abbreviations keep their capitals ("ФАП"); other words are lower-cased. */
function asWritten(word: string): string {
  return /\p{Lu}.*\p{Lu}/u.test(word) ? word : word.toLowerCase();
}
