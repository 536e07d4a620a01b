/** The header of an interleaved table: its lines, the number of columns and their titles. */

/** What the header tells: where it is and the titles of its columns (the first is the № column). */
export interface InterleavedHeader {
  /** Index of the first header line. */
  start: number;
  /** Index of the first line after the header. */
  end: number;
  /** Column titles, "№" first. */
  titles: string[];
}

const NUMBER_SIGN = /^(?:№|N|#)(?:\s|$)/u;
const NUMBER_ABBREV = /^[пp]\s*[./]\s*[пp]\.?$/iu;
/** A section heading such as "4.1. Экономикалык өнүгүү" or "2.3 Social". */
export const SECTION_CODE = /^\d+(?:\.\d+)+\.?\s+\S/u;

/**
 * Finds the header: from the last line before `firstRow` that starts with "№" to the line before `firstRow` (or a section
 * heading). The header's lines are interleaved like any row; a column title starts with a capital
 * letter (also in the middle of a line, "милдеттер Чаралар"), except the first one after "№".
 */
export function findHeader(lines: readonly string[], firstRow: number): InterleavedHeader | undefined {
  // The last such line before the first row: a title may also start with "№" ("№ буйругуна …").
  let start = -1;
  lines.forEach((l, i) => {
    if (i < firstRow && NUMBER_SIGN.test(l.replace(/\f/g, "").trim())) start = i;
  });
  if (start < 0) return undefined;
  let end = start;
  while (end < firstRow && !SECTION_CODE.test(lines[end]?.trim() ?? "")) end++;
  const tokens: string[] = [];
  for (const line of lines.slice(start, end)) {
    const t = line.replace(/\f/g, "").trim();
    if (t === "") continue;
    // Split "милдеттер Чаралар /аракеттер" where a lower-case word is followed by a capitalised one.
    tokens.push(...t.split(/(?<=\p{Ll}[.,:;]?)\s+(?=\p{Lu})/u));
  }
  const titles: string[] = [];
  let i = 0;
  const first = tokens[0] ?? "";
  const m = first.match(/^(№|N|#)\s*(.*)$/u);
  let numberTitle = m?.[1] ?? "№";
  const restOfFirst = m?.[2]?.trim() ?? "";
  i = 1;
  if (restOfFirst !== "") tokens.splice(1, 0, restOfFirst);
  while (i < tokens.length && NUMBER_ABBREV.test(tokens[i] ?? "")) numberTitle += ` ${tokens[i++]}`;
  titles.push(numberTitle);
  for (let first = true; i < tokens.length; i++, first = false) {
    const tok = tokens[i] ?? "";
    if (first || /^\p{Lu}/u.test(tok) || titles.length === 1) titles.push(tok);
    else titles[titles.length - 1] += `\n${tok}`;
  }
  if (titles.length < 3) return undefined;
  return { start, end, titles };
}
