/**
 * Generic shapes of a date or period in a plan's deadline column: years and year ranges, the words
 * for year, quarter and month (Kyrgyz and Russian), Roman quarter numbers, and the Russian words
 * for "yearly", "quarterly", "monthly", "constantly". No other vocabulary.
 */

const YEAR = String.raw`(?:19|20)\d\d`;
/** A year or a range of years with its suffix: "2025-ж", "2025-2030-", "2025–2030-жылдар", "2026 г.". */
const YEAR_TOKEN = new RegExp(
  String.raw`^${YEAR}(?:\s*[-–—]\s*${YEAR})?(?:\s*[-–—])?(?:\s*(?:ж|г|жж|гг)\.?|[-–—]?[а-яөүң]{1,9})?$`,
  "iu",
);
const DATE_WORD =
  /^(?:жыл(?!кы|уу)[а-яөүң]{0,5}$|квартал|чейрег?и?$|чейрек|кв\.?$|ай$|айы$|айлар|год|года$|г\.?$|гг\.?$|ж\.?$|жж\.?$|чейин$|до$|ичинде$|ичи$|в$|течение$|сайын$|ежегодно$|ежеквартально$|ежемесячно$|постоянно$)/iu;
const ROMAN = /^(?:I|II|III|IV)(?:[-–]?(?:кв\S*|чи|чү|-)?)?[.,]?$/u;
const MONTH =
  /^(?:январ|феврал|март|апрел|май|мая|июн|июл|август|сентябр|октябр|ноябр|декабр|үчтүн|бирдин)/iu;

/** True when a word may be part of a date or period ("2026-жылдын", "III-кварталы", "до", "мая"). */
export function isDateWord(word: string): boolean {
  const w = word.replace(/[.,;:()]+$/u, "");
  if (w === "" || /^[-–—]$/.test(w)) return true;
  return (
    YEAR_TOKEN.test(w) || DATE_WORD.test(w) || ROMAN.test(w) || MONTH.test(w) || /^\d{1,2}[-–]?$/.test(w)
  );
}

/** True when every word of the line is part of a date or period ("2025-2030-", "жылдар", "IV кварталы"). */
export function isDateLine(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words[0] === "" || words.length > 5) return false;
  if (!words.every(isDateWord)) return false;
  // At least one word that is unmistakably about time, not a bare number or dash.
  return words.some(
    (w) => YEAR_TOKEN.test(w.replace(/[.,;:]+$/u, "")) || DATE_WORD.test(w) || MONTH.test(w) || ROMAN.test(w),
  );
}

/** True when the text starts with a year ("2025-ж …", "2025-2030- жылдар"). */
export function startsWithYear(text: string): boolean {
  return new RegExp(`^${YEAR}`).test(text.trim());
}

/**
 * Where a line may hold two cells glued together around a date: "2025-ж Тейлөө кызматы" (a deadline,
 * then the next cell) or "… ФАП салуу 2025-2027" (a cell, then a deadline). Returns the offsets in
 * the trimmed text where a cell could end.
 */
export function dateSplitPoints(text: string): number[] {
  const points: number[] = [];
  const lead = text.match(
    /^((?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?:\s*[-–])?(?:\s?(?:ж|жыл|г)\.?)?)\s+(?=\p{Lu})/u,
  );
  if (lead?.[1] && !isDateLine(text)) points.push(lead[1].length);
  const tail = text.match(
    /\s((?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?:\s*[-–])?(?:\s?(?:ж|жыл)\S*)?)\s*$/u,
  );
  if (tail?.[1] && tail.index !== undefined && tail.index > 0) {
    const at = tail.index + 1;
    if (!points.includes(at) && at > (points[0] ?? 0)) points.push(at);
  }
  return points;
}
