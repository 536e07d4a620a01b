/** Lines of interleaved PDF text → units (a line, or a piece of a line glued around a date) with their signals. */
import { dateSplitPoints, isDateLine } from "./date-shape.ts";

/** One line of the table body, or one piece of a line that may hold two cells. */
export interface Unit {
  /** The text, trimmed. */
  text: string;
  /** Length with runs of whitespace counted as one: what the column width limits. */
  len: number;
  /** Length of the physical line up to the end of this piece. */
  lineLen: number;
  /** Length of the first word: whether it would have fit on the line above. */
  firstWordLen: number;
  /** Blank lines before the line (0 for a later piece of the same line; 9 after a form feed). */
  gap: number;
  /** True for the second or third piece of one physical line. */
  sameLine: boolean;
  /** True when the line starts with whitespace. */
  indent: boolean;
  /** The row number glued to the start of the line, when the line starts a numbered row. */
  number?: string;
  isDate: boolean;
  startsLower: boolean;
  startsUpper: boolean;
  startsYear: boolean;
  /** How the text ends: "." for . ; : ! ?, "," for a comma, "" otherwise. */
  ending: "." | "," | "";
  /** True when the line ends with a comma or hyphen: the cell goes on. */
  endsOpen: boolean;
  /** Index of the source line, for the caller. */
  line: number;
}

const NUMBERED = /^\s*(\d{1,3})(?:\s+(\S.*))?$/u;
/** Largest step between two consecutive row numbers (rows may share a number or skip a few). */
const MAX_STEP = 5;

function collapsedLength(s: string): number {
  return s.replace(/\s+/g, " ").trim().length;
}

function makeUnit(text: string, line: number, gap: number, sameLine: boolean, indent: boolean): Unit {
  const t = text.trim();
  return {
    text: t,
    len: collapsedLength(t),
    lineLen: collapsedLength(t),
    firstWordLen: t.split(/\s+/)[0]?.length ?? 0,
    gap,
    sameLine,
    indent,
    isDate: isDateLine(t),
    startsLower: /^\p{Ll}/u.test(t),
    startsUpper: /^\p{Lu}/u.test(t),
    startsYear: /^(?:19|20)\d\d/.test(t),
    ending: /[.;:!?]$/.test(t) ? "." : t.endsWith(",") ? "," : "",
    endsOpen: /[,\-–]$/u.test(t),
    line,
  };
}

/**
 * Picks the lines that start numbered rows: among lines "N text", the longest chain whose numbers
 * rise by at most MAX_STEP at a time — a number inside a cell ("2 км …", "100 пайызга") breaks the rise.
 * `worth` weighs each candidate line (1 each unless given): a chain of likelier lines wins a tie.
 */
export function chooseRowNumbers(
  lines: readonly string[],
  worth: (line: string) => number = () => 1,
): Set<number> {
  const cands: Array<{ at: number; n: number; w: number }> = [];
  lines.forEach((l, at) => {
    const m = l.replace(/\f/g, "").match(NUMBERED);
    if (m?.[1]) cands.push({ at, n: Number(m[1]), w: worth(l) });
  });
  const best: number[] = cands.map((c) => c.w);
  const prev: number[] = cands.map(() => -1);
  for (let j = 0; j < cands.length; j++) {
    const cj = cands[j];
    if (!cj) continue;
    for (let i = Math.max(0, j - 400); i < j; i++) {
      const ci = cands[i];
      const bi = best[i] ?? 0;
      if (ci && cj.n >= ci.n && cj.n - ci.n <= MAX_STEP && bi + cj.w > (best[j] ?? 0)) {
        best[j] = bi + cj.w;
        prev[j] = i;
      }
    }
  }
  let end = -1;
  best.forEach((b, j) => {
    if (end < 0 || b > (best[end] ?? 0)) end = j;
  });
  const chosen = new Set<number>();
  const chain: Array<{ at: number; n: number; lower: boolean }> = [];
  for (let j = end; j >= 0; j = prev[j] ?? -1) {
    const c = cands[j];
    if (c) chain.unshift({ ...c, lower: startsLowerAfterNumber(lines[c.at] ?? "") });
  }
  // A lone number is no table; two rows at least.
  if (chain.length < 2) return chosen;
  // Rows may share a number, but of two lines with one number, one in lower case ("4 км жол …")
  // is a quantity inside a cell, not a row.
  for (const c of chain) {
    const twin = chain.some((d) => d !== c && d.n === c.n && !d.lower);
    if (!(c.lower && twin)) chosen.add(c.at);
  }
  return chosen;
}

function startsLowerAfterNumber(line: string): boolean {
  return /^\p{Ll}/u.test(line.replace(/\f/g, "").match(NUMBERED)?.[2] ?? "");
}

/** Turns body lines into units; `numbered` holds the indexes of lines that start numbered rows. */
export function toUnits(lines: readonly string[], numbered: ReadonlySet<number>): Unit[] {
  const units: Unit[] = [];
  let gap = 0;
  let pendingNumber: string | undefined;
  lines.forEach((raw, i) => {
    if (raw.includes("\f")) gap = Math.max(gap, 9);
    const line = raw.replace(/\f/g, "").trimEnd();
    if (line.trim() === "") {
      gap++;
      return;
    }
    const indent = /^\s/.test(line);
    let text = line.trim();
    let number = pendingNumber;
    pendingNumber = undefined;
    if (numbered.has(i)) {
      const m = line.match(NUMBERED);
      number = m?.[1];
      text = m?.[2]?.trim() ?? "";
      // A number alone on its line numbers the next line.
      if (text === "") {
        pendingNumber = number;
        return;
      }
    }
    const cuts = [0, ...dateSplitPoints(text), text.length];
    for (let p = 0; p + 1 < cuts.length; p++) {
      const piece = text.slice(cuts[p], cuts[p + 1]);
      if (piece.trim() === "") continue;
      const first = p === 0;
      const unit = makeUnit(piece, i, first ? gap : 0, !first, first && indent && number === undefined);
      if (first && number !== undefined) unit.number = number;
      unit.lineLen = collapsedLength(text.slice(0, cuts[p + 1]));
      units.push(unit);
    }
    gap = 0;
  });
  return units;
}
