/**
 * Reading a deadline cell ("2026-жылдын III-кварталы", "до 1 июня 2026 г.", "Жыл сайын") into the
 * dates it means. Rules are in docs/spec/plan-format.md, "Deadlines". Choices beyond the spec:
 * - a plain date ("15.03.2026", "15-март 2026") is that one day: from = to = the date;
 * - a due date ("… чейин", "до …") starts at the start of the program period;
 * - "ар бир кварталда", "ежеквартально", "ай сайын" recur more often than yearly: repeat "ongoing";
 * - a quarter, month or day without a year means the program's year in a one-year program; in a
 *   longer one it recurs every year: repeat "yearly", from/to = the program period;
 * - text we cannot read gives from/to null (the caller warns).
 */
import { isoDate, monthEnd, monthStart, quarterEnd, quarterStart } from "./calendar.ts";
import { monthsIn } from "./months.ts";
import type { Deadline } from "./plan.ts";

/** The years a program covers. */
export interface ProgramPeriod {
  from: number;
  to: number;
}

type Range = Omit<Deadline, "text">;

const ONGOING_RE =
  /туруктуу|дайыма|үзгүлтүксүз|постоянн|в течение всего|весь период|бүт мезгил|мезгил бою|(?:программанын|программа) мөөнөтү|срока реализации|зарылчылыкка жараша|по мере необходимости|регулярно|ар бир кварталда|квартал сайын|ежекварт|ай сайын|ежемесячн|каждый (?:квартал|месяц)|жума сайын|еженедел/u;
const YEARLY_RE = /жыл сайын|ар бир жыл|ар жылы|ежегодн|каждый год/u;
const DUE_RE = /чейин|дейре|(?<!\p{L})до(?!\p{L})|не позднее|кечиктирбестен|(?<!\p{L})к(?= \d)/u;
const OPEN_RE = /баштап|тартып|(?<!\p{L})с(?= \d)|начиная|\d{4} ?- ?$/u;
const YEAR_RE = /(?<!\d)(?:199\d|20\d\d|2100)(?!\d)/g;
const QUARTER_WORD =
  "iv|i{1,3}|[1-4]|перв\\p{L}*|втор\\p{L}*|трет\\p{L}*|четв\\p{L}*|биринчи|экинчи|үчүнчү|төртүнчү";
const ORDINAL_END = "(?:-?(?:чи|чү|нчи|нчү|ый|ий|й|го|м))?"; // "1-чи квартал", "3-й квартал"
const QUARTER_RE = new RegExp(
  `(?<![\\p{L}\\d.])(?<a>${QUARTER_WORD})(?: ?- ?(?<b>${QUARTER_WORD}))?${ORDINAL_END} ?-? ?(?:кв|чейр)`,
  "gu",
);
const HALF_RE =
  /(?<![\p{L}\d.])(?<h>i{1,2}|[12]|перв\p{L}*|втор\p{L}*|биринчи|экинчи) ?-? ?(?:жарым жыл|полугод)/u;
const NUMERIC_DATE_RE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])/g;

/** Reads a deadline cell for a program of the given period; text is kept as written, whitespace collapsed. */
export function parseDeadline(text: string, period: ProgramPeriod): Deadline {
  const written = text.replace(/\s+/g, " ").trim();
  const range = written === "" ? null : readRange(normalize(written), period);
  return { text: written, from: range?.from ?? null, to: range?.to ?? null, repeat: range?.repeat ?? null };
}

/** The 4-digit years 1990..2100 a text mentions, in order, without repeats. */
export function yearsIn(text: string): number[] {
  return [...new Set([...text.matchAll(YEAR_RE)].map((m) => Number(m[0])))];
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[іӏ]/g, "i") // Cyrillic look-alikes typed for Roman numerals
    .replace(/(?<![\p{L}])(i)у(?![\p{L}])/gu, "$1v") // "IУ квартал"
    .replace(/\s+/g, " ")
    .trim();
}

function readRange(t: string, period: ProgramPeriod): Range | null {
  const whole = { from: `${period.from}-01-01`, to: `${period.to}-12-31` };
  const years = yearsIn(t);
  if (ONGOING_RE.test(t)) return { ...repeatWindow(years, whole), repeat: "ongoing" };
  if (YEARLY_RE.test(t)) return { ...repeatWindow(years, whole), repeat: "yearly" };
  const span =
    numericDates(t) ??
    namedDays(t, years, period) ??
    namedMonths(t, years, period) ??
    quarters(t, years, period) ??
    halfYear(t, years, period);
  if (span === "yearly") return { ...whole, repeat: "yearly" };
  if (span) return { ...dueOrOpen(t, span, whole), repeat: null };
  // a date that does not exist (31.04.2026) is a typo to show the user, not a whole year
  if (t.match(NUMERIC_DATE_RE)) return null;
  return yearSpan(t, years, whole);
}

/** A repeating deadline runs over the program period unless the text names its own years. */
function repeatWindow(years: number[], whole: Window): Window {
  if (years.length === 0) return whole;
  const first = Math.min(...years);
  const last = Math.max(...years);
  return { from: `${first}-01-01`, to: years.length > 1 ? `${last}-12-31` : whole.to };
}

/** One point in time read as a due date ("до 01.06.2026") or as an open start ("с 1 марта 2026"). */
function dueOrOpen(t: string, span: Window & { points: number }, whole: Window): Window {
  if (span.points === 1 && DUE_RE.test(t)) return { from: minDate(whole.from, span.from), to: span.to };
  if (span.points === 1 && OPEN_RE.test(t)) return { from: span.from, to: maxDate(whole.to, span.to) };
  return { from: span.from, to: span.to };
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

interface Window {
  from: string;
  to: string;
}

/** Dates read from the text, with how many dates/months/quarters were named; "yearly" for a yearless one in a long program. */
type Span = (Window & { points: number }) | "yearly" | null;

function numericDates(t: string): Span {
  const dates = [...t.matchAll(NUMERIC_DATE_RE)].flatMap((m) => {
    const y = Number(m[3]);
    const iso = isoDate(y < 100 ? 2000 + y : y, Number(m[2]), Number(m[1]));
    return iso ? [iso] : [];
  });
  if (dates.length === 0) return null;
  const sorted = [...dates].sort();
  return { from: sorted[0] as string, to: sorted[sorted.length - 1] as string, points: dates.length };
}

/** "1-июнуна", "1 июня", "15-март": a day number right before a month name. */
function namedDays(t: string, years: number[], period: ProgramPeriod): Span {
  const days = monthsIn(t).flatMap(({ month, index }) => {
    const day = /(?<![\d.])(\d{1,2}) ?-? ?$/.exec(t.slice(0, index))?.[1];
    return day ? [{ month, day: Number(day) }] : [];
  });
  if (days.length === 0) return null;
  const year = singleYear(years, period);
  if (year === "yearly") return "yearly";
  if (year === null) return null;
  const isos = days.flatMap(({ month, day }) => isoDate(year, month, day) ?? []).sort();
  if (isos.length === 0) return null;
  return { from: isos[0] as string, to: isos[isos.length - 1] as string, points: isos.length };
}

/** "апрель 2026", "2026-жылдын март-апрель айлары", "декабрь 2025 - январь 2026". */
function namedMonths(t: string, years: number[], period: ProgramPeriod): Span {
  const months = monthsIn(t).map((m) => m.month);
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return null;
  if (years.length >= 2) {
    const [y1, y2] = [years[0] as number, years[years.length - 1] as number];
    return { from: monthStart(y1, first), to: monthEnd(y2, last), points: months.length };
  }
  const year = singleYear(years, period);
  if (year === "yearly" || year === null) return year;
  const points = months.length;
  return { from: monthStart(year, Math.min(...months)), to: monthEnd(year, Math.max(...months)), points };
}

function quarters(t: string, years: number[], period: ProgramPeriod): Span {
  const found = [...t.matchAll(QUARTER_RE)].flatMap((m) => {
    const a = quarterNumber(m.groups?.a);
    const b = quarterNumber(m.groups?.b);
    return [a, b].filter((q): q is number => q !== null);
  });
  if (found.length === 0) return null;
  const first = found[0] as number;
  const last = found[found.length - 1] as number;
  if (years.length >= 2) {
    const [y1, y2] = [years[0] as number, years[years.length - 1] as number];
    return { from: quarterStart(y1, first), to: quarterEnd(y2, last), points: found.length };
  }
  const year = singleYear(years, period);
  if (year === "yearly" || year === null) return year;
  const points = found.length;
  return { from: quarterStart(year, Math.min(...found)), to: quarterEnd(year, Math.max(...found)), points };
}

function halfYear(t: string, years: number[], period: ProgramPeriod): Span {
  const h = HALF_RE.exec(t)?.groups?.h;
  if (h === undefined) return null;
  const second = /^(ii|2|втор|экинчи)/.test(h);
  const year = singleYear(years, period);
  if (year === "yearly" || year === null) return year;
  return { from: monthStart(year, second ? 7 : 1), to: monthEnd(year, second ? 12 : 6), points: 1 };
}

function quarterNumber(word: string | undefined): number | null {
  if (word === undefined) return null;
  const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
  if (word in roman) return roman[word] ?? null;
  if (/^[1-4]$/.test(word)) return Number(word);
  const words: [RegExp, number][] = [
    [/^(перв|биринчи)/, 1],
    [/^(втор|экинчи)/, 2],
    [/^(трет|үчүнчү)/, 3],
    [/^(четв|төртүнчү)/, 4],
  ];
  return words.find(([re]) => re.test(word))?.[1] ?? null;
}

/** The year a yearless or one-year mention belongs to. */
function singleYear(years: number[], period: ProgramPeriod): number | "yearly" | null {
  if (years.length === 1) return years[0] as number;
  if (years.length > 1) return null;
  return period.from === period.to ? period.from : "yearly";
}

/** Whole years: "2026-жыл", "2025-2030-жылдар", "2026-", "2027-жылга чейин", "жыл ичинде". */
function yearSpan(t: string, years: number[], whole: Window): Range | null {
  const short = /(?<!\d)(\d{4}) ?- ?(\d{2})(?![\d.])/.exec(t);
  const all = [...years];
  if (short && all.length === 1) all.push(Number(`${short[1]?.slice(0, 2)}${short[2]}`));
  if (all.length === 0) {
    const inYear = /жыл ичинде|в течение года|жылдын ичинде/.test(t);
    const one = whole.from.slice(0, 4) === whole.to.slice(0, 4);
    return inYear && one ? { ...whole, repeat: null } : null;
  }
  const first = Math.min(...all);
  const last = Math.max(...all);
  // "2025-2030", "с 2025 по 2030", "2025-жылдан 2030-жылга чейин": a range ends on 31 December of its last year
  if (all.length > 1) return { from: `${first}-01-01`, to: `${last}-12-31`, repeat: null };
  const year = { from: `${first}-01-01`, to: `${first}-12-31` };
  if (DUE_RE.test(t)) return { from: minDate(whole.from, year.from), to: year.to, repeat: null };
  if (OPEN_RE.test(t)) return { from: year.from, to: maxDate(whole.to, year.to), repeat: null };
  return { ...year, repeat: null };
}
