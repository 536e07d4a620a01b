/**
 * What a cell of each column looks like, as costs (−log of how unlikely): a deadline is made of
 * date words, a funding cell of source names and sums, a cost cell of one number, a responsible
 * cell names bodies, the other columns hold sentences. Numbers were set by hand (decision 009).
 */
import { parseDeadline } from "../../domain/deadline.ts";
import { fundingCodeOf, parseFunding } from "../../domain/funding.ts";
import { isDateWord } from "./date-shape.ts";
import type { ColumnRole } from "./order-header.ts";

/** Cost of leaving a cell of each role empty in a row: a task cell merged down is often empty. */
export const EMPTY_COST: Record<ColumnRole, number> = {
  number: 2,
  task: 0.3,
  action: 4,
  deadline: 2.5,
  result: 2.5,
  responsible: 2.5,
  funding: 1.5,
  cost: 1,
};

/** Longest cell, in words, of the columns whose cells are short by nature. */
export const MAX_WORDS: Partial<Record<ColumnRole, number>> = {
  number: 1,
  deadline: 9,
  funding: 18,
  cost: 4,
};

const ANY_PERIOD = { from: 2000, to: 2100 };
const SUM_WORD = /^(?:[\d\s.,;:–—-]+|млн\.?|млрд\.?|тыс\.?|миң|сом\.?[,;]?|мин)$/iu;
const NUMBER_WORD = /^[\d.,\s–—-]+$/u;
/** A row number as printed: "1", "12", "4.2", "3." */
export const ROW_NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.?$/u;

/** Words of the sources written out ("республикалык бюджет", "Не требуется", "Каржылоо талап кылынбайт"). */
const SOURCE_WORD =
  /^(?:не|требуется|предусмотрено|каржылоо\S*|талап|кылынбайт|керектел(?:бейт)?|бейт|бюджет\S*|республик\S*|жергиликтүү|местн\S*|средств\S*|каражат\S*|эсебинен|жана|и|же|или)$/iu;
const isFundingWord = (w: string) => SUM_WORD.test(w) || SOURCE_WORD.test(w) || fundingCodeOf(w) !== null;

/** Whether a word belongs in a deadline or a funding cell (undefined for the other columns). */
export function shortWordOf(role: ColumnRole): ((word: string) => boolean) | undefined {
  if (role === "deadline") return isDateWord;
  if (role === "funding") return isFundingWord;
  return undefined;
}

/** A word of a deadline or a funding cell. */
export const isShortColumnWord = (word: string) => isDateWord(word) || isFundingWord(word);

/** Cost of a deadline cell: every word a date word, the whole a readable deadline. */
function deadlineCost(words: readonly string[]): number {
  const text = words.join(" ");
  const d = parseDeadline(text, ANY_PERIOD);
  const readable = d.from !== null || d.repeat !== null;
  const other = words.length <= 4 && readable ? 0.6 : 1.5;
  return (readable ? 0 : 2) + words.reduce((s, w) => s + (isDateWord(w) ? 0 : other), 0);
}

/** Cost of a funding cell: source names and sums; other words cost unless the whole reads as sources. */
function fundingCost(words: readonly string[]): number {
  const known = parseFunding(words.join(" ")).some((f) => f.code !== "other");
  const other = words.filter((w) => !isFundingWord(w)).length;
  // A funding cell starts with its source; a sum first is the end of a cost cell ("2 500,0").
  const lead = NUMBER_WORD.test(words[0] ?? "") ? 2 : 0;
  return lead + (known ? 0 : 2) + 1.5 * other;
}

/** Cost of a cell of a column with short cells (number, deadline, funding, cost); Infinity when it cannot be one. */
export function shortCellCost(role: ColumnRole, words: readonly string[]): number {
  switch (role) {
    case "number":
      return words.length === 1 && ROW_NUMBER.test(words[0] ?? "") ? 0 : Number.POSITIVE_INFINITY;
    case "deadline":
      return deadlineCost(words);
    case "funding":
      return fundingCost(words);
    case "cost":
      return words.every((w) => NUMBER_WORD.test(w)) ? 0 : 4 * words.length;
    default:
      return 0;
  }
}

/** Words that say "when" and little else: years, Roman quarter numbers, quarter and month names, "every year". */
const WHEN_WORD =
  /^(?:(?:19|20)\d\d\S*|(?:I|II|III|IV)(?:[-–]\S*)?|кварт\S*|чейрек\S*|течени\S|сайын|ичинде|чейин|ежегодно|постоянно|туруктуу|январ\S*|феврал\S*|март\S*|апрел\S*|июн\S*|июл\S*|август\S*|сентябр\S*|октябр\S*|ноябр\S*|декабр\S*|гг?\.|жж?\.)$/iu;

/** A word that says "when": unusual in a sentence, and no part of a body's name. */
export const isWhenWord = (word: string) => WHEN_WORD.test(word);

/** Cost of one word in a column of sentences (task, action, result, responsible): date or sum words are unusual there. */
export function textWordCost(word: string): number {
  if (WHEN_WORD.test(word)) return 0.6;
  if (NUMBER_WORD.test(word)) return 0.2;
  return 0;
}

/** Roles whose cells are sentences; the others are short by nature. */
export const isTextRole = (role: ColumnRole) => MAX_WORDS[role] === undefined;

/** A Kyrgyz finite verb ends a result ("жакшырат", "ачылат", "болот", "иштейт"), seldom an action or a task. */
const FINITE_VERB = /(?:[аеоөуүыи]т|йт)$/u;
/** A Kyrgyz verbal noun ends an action or a task ("алуу", "оңдоо", "жогорулатуу"), seldom a result. */
const VERBAL_NOUN = /\p{L}{3}(?:уу|үү|оо|өө)$/u;
/** A Kyrgyz possessive dative ("дарыясына", "айылына", "көчөсүнө") ends no cell: its verb follows. */
const POSSESSIVE_DATIVE = /\p{L}{3}(?:ына|уна|үнө)$/u;
/** Tuned on the corpus's raw renderings: 1.5 and 3 read alike (mean 0.812 and 0.811, from 0.807). */
const ENDING_COST = 1.5;

/**
 * A Kyrgyz verbal noun with nothing after it closes its clause ("… сугатка киргизүү"): a line
 * ending on one and a next line opening with a capital are two cells more likely than one.
 */
export const closesClause = (word: string) => VERBAL_NOUN.test(word.toLowerCase());

/** Cost of a sentence cell of `role` ending on `word`, by the ending its column's cells seldom have. */
export function endingCost(role: ColumnRole, word: string): number {
  const bare = word.toLowerCase().replace(/[.,;:»)"”]+$/u, "");
  if ((role === "action" || role === "task") && FINITE_VERB.test(bare)) return ENDING_COST;
  if (role === "result" && VERBAL_NOUN.test(bare)) return ENDING_COST;
  // A Kyrgyz dative after a possessive ("дарыясына", "айылына") wants the verb that governs it.
  if (POSSESSIVE_DATIVE.test(bare)) return ENDING_COST;
  return 0;
}
