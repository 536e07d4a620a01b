/**
 * Cuts the words of a reading-order table body into cells: a semi-Markov dynamic programme over
 * word spans, each span labelled with a column (in the header's order), a column of a row's part
 * after a page break, or a heading. The least total cost wins (order-costs.ts, decision 009).
 */
import { endsBody, goesOn, hasHead, isAbbreviation } from "../../domain/body-words.ts";
import {
  closesClause,
  EMPTY_COST,
  endingCost,
  isShortColumnWord,
  isTextRole,
  isWhenWord,
  MAX_WORDS,
  ROW_NUMBER,
  shortCellCost,
  shortWordOf,
  textWordCost,
} from "./order-costs.ts";
import type { ColumnRole } from "./order-header.ts";
import { longestLinePart, overflowCost, wrapCost } from "./order-lines.ts";
import { backtrack, type Span } from "./order-path.ts";
import { joinedPieces, restsOfWords } from "./order-pieces.ts";
import type { Word } from "./order-words.ts";

/** What the segmenter is given besides the words. */
export interface SegmentInput {
  words: readonly Word[];
  roles: readonly ColumnRole[];
  /** Lengths of the body lines, in characters. */
  lineLengths: readonly number[];
  /** Lines whose first word is a row number of the table's numbering. */
  numbered: ReadonlySet<number>;
  /** Column widths in characters where known (from an earlier pass). */
  widths?: ReadonlyArray<number | undefined>;
  /** Costs of short cells already worked out, kept between passes (they do not depend on widths). */
  cache?: Map<number, number>;
  /**
   * Cost of a one-line cell whose row goes on in a cell starting a new line: in `pdftotext -raw`
   * the cells of a row start on one baseline, so a one-line cell shares its line with the next.
   */
  oneLineApart?: number;
}

const INF = Number.POSITIVE_INFINITY;
/** Longest cell of a column of sentences, in words. */
const MAX_TEXT_WORDS = 160;
const MIDLINE_END = 4;
const UNNUMBERED_ROW = 1.5;
const NUMBER_NOT_USED = 6;
const PAGE_PART_COST = 0.5;
/**
 * Share of the cost of a row's empty cells charged when the row goes on after a page break: its part
 * there usually fills them. Tuned on the corpus's raw renderings: 1 and 0.5 read alike (0.25 and 0
 * read tash-komur A5 0.003 worse); 0.5 reads «планын» as the action's end, not a deadline, in
 * reading-order.test.ts.
 */
const PAGE_SKIP = 0.5;
/** A cell ending inside a sum written in groups of thousands ("3 | 500,0"), and the group after the first. */
const NUMBER_CUT = 4;
const THOUSANDS = /^\d{3}(?:[.,]\d+)?[.,;]?$/u;
/**
 * A cell of sentences ending in a word that goes on (a genitive, "жана", "и", "по"), and a
 * responsible cell not ending in a body's head noun or abbreviation, are unlikely.
 */
const OPEN_END = 2;
const BODY_OPEN_END = 1;
/**
 * A year or a quarter inside a responsible cell, besides what it costs in any sentence: no body's
 * name has one, so a row without a number after a responsible cell is not read into it. Tuned on the
 * corpus's raw renderings: 0, 1, 1.25, 1.5, 2 and 3 gave a mean of 0.900, 0.905, 0.906, 0.906,
 * 0.904 and 0.904 (from 2 on, chong-alai A3 falls from 0.962 to 0.903).
 */
const RESPONSIBLE_WHEN = 1.25;
/**
 * A cell starting with the rest of a word the line above broke («согласовани|ю)»). Tuned on the
 * corpus's raw renderings: 0 → 3 reads kok-zhar A5 0.961 → 0.972, nothing else moved (1.5–10 alike).
 */
const PIECE_START = 3;
/** A capitalised line after a line closing its clause on a verbal noun, inside one sentence cell. */
const CLAUSE_END = 3;
/** An initial ("Ж." of "Ж. Бакиев") is followed by its name: no cell ends on one. */
const INITIAL = /^\p{Lu}\.$/u;
/** Extra cost of each further line of a heading, and of each date, number or funding word in one. */
const HEADING_LINE = 1.5;
const HEADING_ODD_WORD = 1;
/** A heading without a section code that names a year is more likely a row without a number. */
const HEADING_YEAR = 3;
const MAX_HEADING_LINES = 3;
/** Cache keys of the funding and deadline readings of short sentence cells (columns are fewer). */
const FUNDING_KEY = 14;
const DEADLINE_KEY = 15;
/** The code of a section heading: "1.", "2.1", "2.1.3.", "IV." */
const SECTION_CODE = /^(?:\d+(?:\.\d+)+\.?|\d+\.|[IVX]+\.)$/u;

// "(макулдашуу боюнча)" goes on a cell: a bracket before a lower-case word is no cell's start either
const startsLower = (w: Word | undefined) => /^[(«"“]?\p{Ll}/u.test(w?.text ?? "");
const startsUpper = (w: Word | undefined) => /^\p{Lu}/u.test(w?.text ?? "");
const endsOpen = (w: Word | undefined) => /[,\-–]$/u.test(w?.text ?? "");

/** Prefix sums of f over the words: sum over [i, j) in O(1). */
function prefix(n: number, f: (i: number) => number): (i: number, j: number) => number {
  const p = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) p[i + 1] = (p[i] as number) + f(i);
  return (i, j) => (p[j] as number) - (p[i] as number);
}

/** The best reading of the words as rows of cells and headings, and its cost. */
export function segmentWords(input: SegmentInput): { spans: Span[]; cost: number } {
  const { words, roles, lineLengths, numbered } = input;
  const n = words.length;
  const k = roles.length;
  if (n === 0) return { spans: [], cost: 0 };
  const L = 2 * k + 1;
  const H = 2 * k;
  const widths = input.widths ?? [];
  const oneLineApart = input.oneLineApart ?? 0;
  const skipSum = prefix(k, (c) => EMPTY_COST[roles[c] as ColumnRole]);
  const close = (p: number) => (p < k ? skipSum(p + 1, k) : 0);
  const wordCost = prefix(n, (i) => textWordCost(words[i]?.text ?? ""));
  const whenWords = prefix(n, (i) => (isWhenWord(words[i]?.text ?? "") ? 1 : 0));
  const headish = prefix(n, (i) => (isBodyWord(words[i]?.text ?? "") ? 1 : 0));
  const yearSum = prefix(n, (i) => (/^(?:19|20)\d\d/u.test(words[i]?.text ?? "") ? 1 : 0));
  // Per column, the cost of each line break inside a cell before word i.
  const contCost = roles.map((_, c) =>
    prefix(n, (i) => {
      const w = words[i] as Word;
      if (!w.first || i === 0) return 0;
      // A row number or a section code at the start of a line inside a cell is rare.
      const marked = numbered.has(w.line) ? NUMBER_NOT_USED : SECTION_CODE.test(w.text) ? 2 : 0;
      // Inside a sentence a line seldom starts with a capital; a list of bodies puts one on each line.
      const sentence = isTextRole(roles[c] as ColumnRole) && roles[c] !== "responsible";
      const upper = startsUpper(w)
        ? sentence
          ? 1.2 + (closesClause(words[i - 1]?.text ?? "") ? CLAUSE_END : 0)
          : 0.3
        : 0;
      return marked + upper + wrapCost(lineLengths[w.line - 1] ?? 0, w, widths[c]);
    }),
  );
  const lastPage = new Int32Array(n);
  for (let i = 0, g = 0; i < n; i++) {
    if (words[i]?.pageStart) g = i;
    lastPage[i] = g;
  }
  const nextLineNumbered = (j: number) => j >= n || numbered.has(words[j]?.line ?? -1);
  // Word shapes looked up for every span, worked out once.
  const lower = words.map(startsLower);
  const open = words.map(endsOpen);
  const restOfWord = restsOfWords(words, isShortColumnWord);
  const goesOnAfter = words.map((w) => goesOn(w.text));
  const longest = longestLinePart(words, lineLengths);
  const endsName = words.map((w) => endsBody(w.text));
  const head = words.map((w) => hasHead(w.text));
  // Where the body name holding each word starts: at its line's start or after a comma or semicolon.
  const nameStart = new Int32Array(n);
  for (let i = 0; i < n; i++)
    nameStart[i] =
      i === 0 || (words[i] as Word).first || /[,;]$/u.test(words[i - 1]?.text ?? "")
        ? i
        : (nameStart[i - 1] as number);
  // "3 500,0": a sum written with a space between its thousands is one word
  const grouped = words.map((w, i) => /^\d{1,3}$/u.test(w.text) && THOUSANDS.test(words[i + 1]?.text ?? ""));
  const ending = roles.map((role) => words.map((w) => endingCost(role, w.text)));
  const nextFirst = new Int32Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) nextFirst[i] = words[i + 1]?.first ? i + 1 : (nextFirst[i + 1] as number);

  const spanCost = (i: number, j: number, lab: number): number => {
    const a = words[i] as Word;
    const z = words[j - 1] as Word;
    if (lab === H) return headingCost(i, j);
    const c = lab % k;
    const role = roles[c] as ColumnRole;
    let cost = grouped[j - 1] ? NUMBER_CUT : 0;
    if (j < n && !(words[j] as Word).first && a.line !== z.line) cost += MIDLINE_END;
    // A comma or hyphen says the text goes on: a cell seldom ends on one with the next cell on its line ("450 семей МБ, | Спонсор").
    if (j < n && !(words[j] as Word).first && open[j - 1]) cost += OPEN_END;
    // Cells start with a capital, a digit or a quote; a line ending in a comma or hyphen goes on.
    // (A deadline often starts in lower case: "ежегодно", "в течение года", "до 1 июня".)
    // After a page break each cell of the row's part goes on where it stopped, often in lower case.
    const pagePart = lab >= k;
    if (isTextRole(role) && !a.pageStart && !pagePart) cost += lower[i] ? (a.first ? 1.5 : 2.5) : 0;
    // «согласовани|ю)»: the rest of a word a narrow column broke starts no cell
    if (restOfWord[i]) cost += PIECE_START;
    if (a.first) cost += open[i - 1] && !a.pageStart ? 2 : 0;
    else cost += 0.3;
    cost += contCost[c]?.(i + 1, j) ?? 0;
    if (!a.first) {
      // The first line break of a cell that starts mid-line: the cell's part of that line is shorter.
      const b = firstBreak(i, j);
      if (b >= 0) {
        const part = (lineLengths[a.line] ?? 0) - (a.upTo - a.text.length);
        cost +=
          wrapCost(part, words[b] as Word, widths[c]) -
          wrapCost(lineLengths[a.line] ?? 0, words[b] as Word, widths[c]);
      }
    }
    cost += overflowCost(longest(i, j), widths[c]);
    // A line that starts with a row number starts a row with it.
    if (role !== "number" && a.first && numbered.has(a.line)) cost += NUMBER_NOT_USED;
    if (role === "number") {
      return j === i + 1 && a.first && numbered.has(a.line) && ROW_NUMBER.test(a.text) ? cost : INF;
    }
    if (!isTextRole(role)) return cost + shortCost(role, c, i, j);
    cost += wordCost(i, j);
    if (role === "responsible")
      cost +=
        (headish(i, j) > 0 ? 0 : 1) +
        (namesEnd(i, j) ? 0 : BODY_OPEN_END) +
        RESPONSIBLE_WHEN * whenWords(i, j);
    if (j < n && (goesOnAfter[j - 1] || INITIAL.test(z.text))) cost += OPEN_END;
    cost += ending[c]?.[j - 1] ?? 0;
    // A short cell of sentences that reads as a funding cell or a deadline is likely one.
    if (j - i <= 4)
      cost +=
        shortCost("funding", FUNDING_KEY, i, j) === 0 || shortCost("deadline", DEADLINE_KEY, i, j) === 0
          ? 2
          : 0;
    return cost;
  };
  // A name ends in its head noun or an abbreviation, or (Russian) opens with its head noun:
  // "Районный отдел образования", "Айыл окмоту Кок-Сай".
  const namesEnd = (i: number, j: number): boolean => {
    if (endsName[j - 1]) return true;
    const start = Math.max(i, nameStart[j - 1] as number);
    return !goesOnAfter[j - 1] && (head[start] === true || (start + 1 < j && head[start + 1] === true));
  };
  const wordsOf = (i: number, j: number) => words.slice(i, j).map((w) => w.text);
  const cache = input.cache ?? new Map<number, number>();
  const shortCost = (role: ColumnRole, c: number, i: number, j: number) => {
    const key = (i * 64 + (j - i)) * 16 + c;
    const known = cache.get(key);
    if (known !== undefined) return known;
    // a word broken by a narrow column is read whole when that reads better («ежегод|но»)
    const columnWord = shortWordOf(role);
    const pieces = columnWord && joinedPieces(words.slice(i, j), columnWord);
    const v = Math.min(shortCellCost(role, wordsOf(i, j)), pieces ? shortCellCost(role, pieces) : INF);
    cache.set(key, v);
    return v;
  };
  const firstBreak = (i: number, j: number) => ((nextFirst[i] as number) < j ? (nextFirst[i] as number) : -1);
  const headingCost = (i: number, j: number): number => {
    const a = words[i] as Word;
    if (!a.first || (j < n && !(words[j] as Word).first)) return INF;
    const lines = (words[j - 1] as Word).line - a.line + 1;
    if (lines > MAX_HEADING_LINES || j - i > 30) return INF;
    for (let l = a.line; l < a.line + lines; l++) if (numbered.has(l)) return INF;
    const next = words[i + 1];
    const odd =
      wordCost(i + 1, j) > 0 || shortCost("funding", FUNDING_KEY, i, Math.min(j, i + 4)) === 0
        ? HEADING_ODD_WORD
        : 0;
    if (SECTION_CODE.test(a.text)) return (startsUpper(next) ? 0.3 : 1) + odd;
    if (!startsUpper(a)) return INF;
    const dated = yearSum(i, j) > 0 ? HEADING_YEAR : 0;
    return 2.5 - (nextLineNumbered(j) ? 1.5 : 0) + (lines - 1) * HEADING_LINE + odd * 2 + dated;
  };

  // D and Dfrom per end word, label and whether the span was one line (f = 1) or more (f = 0)
  const D = new Float64Array((n + 1) * L * 2).fill(INF);
  const Dfrom = new Int32Array((n + 1) * L * 2).fill(-1);
  const E = new Float64Array(n * L).fill(INF);
  const Eprev = new Int32Array(n * L).fill(-1);
  const Enew = new Uint8Array(n * L);
  const enter = (i: number) => {
    const w = words[i] as Word;
    for (let lab = 0; lab < L; lab++) {
      let best = INF;
      let arg = -1;
      let fresh = 1;
      const consider = (p: number, t: number, isNew: number) => {
        if (t < best) [best, arg, fresh] = [t, p, isNew];
      };
      const c = lab % k;
      const rowStart =
        lab === H
          ? 0
          : lab < k
            ? c === 0
              ? 0
              : UNNUMBERED_ROW + skipSum(0, c)
            : w.pageStart
              ? PAGE_PART_COST
              : INF;
      if (i === 0) {
        consider(-1, w.first ? rowStart : INF, 1);
      } else {
        for (let pf = 0; pf < 2 * L; pf++) {
          const p = pf >> 1;
          const v = D[i * L * 2 + pf] as number;
          if (v === INF) continue;
          if (w.first)
            consider(pf, v + (lab >= k && lab < H ? PAGE_SKIP * close(p) : close(p)) + rowStart, 1);
          if (lab === H || p === H) continue;
          // Cells of a row start on its first page: after a break the row goes on in a part of its own.
          const broken = w.pageStart ? PAGE_PART_COST * 4 : 0;
          // A one-line cell shares its line with the next cell's first line (both on the row's first baseline).
          const apart = w.first && (pf & 1) === 1 ? oneLineApart : 0;
          if (lab < k && p < k && p < c) consider(pf, v + skipSum(p + 1, c) + broken + apart, 0);
          if (lab >= k && p >= k && p - k < c) consider(pf, v + apart, 0);
        }
      }
      E[i * L + lab] = best;
      Eprev[i * L + lab] = arg;
      Enew[i * L + lab] = fresh;
    }
  };
  enter(0);
  for (let j = 1; j <= n; j++) {
    for (let lab = 0; lab < L; lab++) {
      const role = lab === H ? undefined : roles[lab % k];
      const max = role === undefined ? 30 : (MAX_WORDS[role] ?? MAX_TEXT_WORDS);
      const lo = Math.max(0, j - max, lastPage[j - 1] ?? 0);
      const lastLine = (words[j - 1] as Word).line;
      const best = [INF, INF];
      const arg = [-1, -1];
      for (let i = j - 1; i >= lo; i--) {
        const e = E[i * L + lab] as number;
        if (e >= Math.max(best[0] as number, best[1] as number)) continue;
        const t = e + spanCost(i, j, lab);
        const f = (words[i] as Word).line === lastLine ? 1 : 0;
        if (t < (best[f] as number)) [best[f], arg[f]] = [t, i];
      }
      for (const f of [0, 1]) {
        D[(j * L + lab) * 2 + f] = best[f] as number;
        Dfrom[(j * L + lab) * 2 + f] = arg[f] as number;
      }
    }
    if (j < n) enter(j);
  }
  return backtrack({ n, L, k, H, D, Dfrom, Eprev, Enew }, close);
}

/** A word that names a body (a head noun, an abbreviation) or is the "(по согласованию)" note. */
function isBodyWord(word: string): boolean {
  return hasHead(word) || isAbbreviation(word) || /^\(?(?:согласов|макулдаш)/iu.test(word);
}
