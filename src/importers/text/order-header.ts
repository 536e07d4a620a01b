/**
 * The header of a table in reading-order text: where it is and which column is which, from the
 * words of the column titles (Kyrgyz and Russian), in the document's own order.
 */

/** What a column holds. */
export type ColumnRole =
  | "number"
  | "task"
  | "action"
  | "deadline"
  | "result"
  | "responsible"
  | "funding"
  | "cost";

/** The header found: its lines, the roles of its columns in order and each column's title. */
export interface OrderHeader {
  /** Index of the first header line. */
  start: number;
  /** Index of the first line after the header. */
  end: number;
  roles: ColumnRole[];
  titles: string[];
  /** The header's lines as printed (trimmed), to find its repeats on later pages. */
  lines: string[];
}

/** Stems of title words for each role; a title is found by its first stem hit. */
const STEMS: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  ["number", /^(?:№|n|#|р\/с|п\/п|п\.п\.?)$/u],
  ["task", /^(?:милдет|задач|максат|цел[иь])/u],
  ["action", /^(?:иш-?чара|чара|аракет|мероприят|иштер|действи)/u],
  ["deadline", /^(?:мөөнөт|срок|убакт)/u],
  ["result", /^(?:натыйжа|жыйынтык|результат|индикатор|көрсөткүч|продукт)/u],
  ["responsible", /^(?:жооптуу|аткаруучу|ответствен|исполнител|жоопкер)/u],
  ["funding", /^(?:каржылоо|финансир|источник|булак|булаг)/u],
  ["cost", /^(?:нарк|стоимост|сумма|баасы|смета|сом\)?$|чыгым|расход)/u],
];

const FIRST_HEADER_LINE = /^\s*(?:№(?!\s*\d)|N\s|#)/u;
/** Roles a header must name for the text below it to be read as an action table. */
const REQUIRED: readonly ColumnRole[] = ["action", "deadline"];
/** Lines looked at after the "№" line: a header wraps its titles over a few lines each. */
const MAX_HEADER_LINES = 40;

const clean = (w: string) => w.toLowerCase().replace(/^[(«"“]+|[)»"”.,:;]+$/gu, "");

function roleOf(word: string): ColumnRole | undefined {
  const w = clean(word);
  return STEMS.find(([, re]) => re.test(w))?.[0];
}

/** Splits header words into columns: a column starts at the first capitalised word after the previous column's last title word. */
function columnsOf(words: readonly string[]): { roles: ColumnRole[]; titles: string[] } {
  const roles: ColumnRole[] = [];
  const starts: number[] = [];
  let lastHit = -1;
  words.forEach((word, i) => {
    const role = roleOf(word);
    if (role === undefined || role === roles[roles.length - 1] || roles.includes(role)) {
      if (role !== undefined && role === roles[roles.length - 1]) lastHit = i;
      return;
    }
    let start = i;
    for (let j = lastHit + 1; j < i; j++) {
      if (/^\p{Lu}/u.test(words[j] ?? "") && j > (starts[starts.length - 1] ?? -1)) {
        start = j;
        break;
      }
    }
    roles.push(role);
    starts.push(roles.length === 1 ? 0 : start);
    lastHit = i;
  });
  const titles = starts.map((s, n) => words.slice(s, starts[n + 1] ?? words.length).join(" "));
  return { roles, titles };
}

/** Where the header ends: the first line of the body (a row number, a heading, column numbers) after its last title word. */
function headerEnd(lines: readonly string[], start: number, lastTitleLine: number): number {
  let end = lastTitleLine + 1;
  // A row of column numbers ("1 2 3 4 5 6") under the titles belongs to the header.
  while (end < lines.length && /^\s*(?:\d{1,2}\s+){2,}\d{1,2}\s*$/.test(lines[end] ?? "")) end++;
  return Math.max(end, start + 1);
}

/**
 * Finds the first header (a line starting with "№" and, within the next lines, title words of at
 * least the action and deadline columns). Title words stop at the first line holding none.
 */
export function findOrderHeader(lines: readonly string[]): OrderHeader | undefined {
  for (let start = 0; start < lines.length; start++) {
    if (!FIRST_HEADER_LINE.test((lines[start] ?? "").replace(/\f/g, ""))) continue;
    const words: string[] = [];
    let lastTitleLine = start;
    // the header's own words: those up to its last line holding a title word, not the body's first line
    let titleWords = 0;
    for (let i = start; i < Math.min(lines.length, start + MAX_HEADER_LINES); i++) {
      const lineWords = (lines[i] ?? "").replace(/\f/g, "").trim().split(/\s+/).filter(Boolean);
      if (joinsBrokenWord(words, lineWords)) {
        [lastTitleLine, titleWords] = [i, words.length];
        continue;
      }
      if (i > start && lineWords.length > 0 && !lineWords.some((w) => roleOf(w) !== undefined)) {
        // A title's second line ("исполнители", "(тыс. сом)", "булагы") holds no role word but is short.
        if (lineWords.length > 3 || /^\d/.test(lineWords[0] ?? "")) break;
      }
      words.push(...lineWords);
      // A short lower-case line just under a title line is that title's tail («финансиров|ания»):
      // a body starts with a row number or a capitalised heading, never so.
      const tail = i === lastTitleLine + 1 && lineWords.length <= 3 && /^\p{Ll}/u.test(lineWords[0] ?? "");
      if (i === start || tail || lineWords.some((w) => roleOf(w) !== undefined))
        [lastTitleLine, titleWords] = [i, words.length];
    }
    const { roles, titles } = columnsOf(words.slice(0, titleWords));
    if (!REQUIRED.every((r) => roles.includes(r))) continue;
    const end = headerEnd(lines, start, lastTitleLine);
    return {
      start,
      end,
      roles,
      titles,
      lines: lines.slice(start, end).map((l) => l.replace(/\f/g, "").trim()),
    };
  }
  return undefined;
}

/** Russian words of one or two letters that a title may hold on a line of their own. */
const SHORT_WORD = /^(?:и|в|с|к|о|у|а|я|во|на|по|из|за|от|до|не)$/u;

/**
 * A narrow column breaks a title word over lines («мөөн|өтү», «Карж|ылоо», «(ми|ң», «Милдетте|р»):
 * a line of one lower-case word goes on the word before it when the two together start a title's
 * stem and the first alone does not, or when it is a piece of one or two letters that is no word.
 * Joins it in place and says so.
 */
function joinsBrokenWord(words: string[], lineWords: readonly string[]): boolean {
  const before = words[words.length - 1];
  const piece = lineWords[0] ?? "";
  if (lineWords.length !== 1 || before === undefined || !/^\p{Ll}/u.test(piece)) return false;
  const letters = piece.replace(/[^\p{L}]/gu, "");
  const shortPiece = letters.length <= 2 && !SHORT_WORD.test(letters) && /\p{L}$/u.test(before);
  if (!shortPiece && (roleOf(before) !== undefined || roleOf(before + piece) === undefined)) return false;
  words[words.length - 1] = before + piece;
  return true;
}
