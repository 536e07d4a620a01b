/** Column boundaries of fixed-width (pdftotext -layout) text, found from the gaps between columns. */

/** A run of text on a line: its start column and its text (words separated by single spaces). */
export interface Chunk {
  x: number;
  text: string;
}

/** Splits a line into chunks at runs of two or more spaces. */
export function chunksOf(line: string): Chunk[] {
  const chunks: Chunk[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line)) chunks.push({ x: m.index, text: m[0] });
  return chunks;
}

/**
 * Start positions of the columns: x positions that are blank (not inside a chunk) in nearly all
 * multi-chunk lines form gaps; each gap ends where a column starts. The first column starts at 0.
 */
export function columnStarts(lines: readonly string[]): number[] {
  const rows = lines.map(chunksOf).filter((c) => c.length >= 2);
  if (rows.length === 0) return [0];
  const covered = coverage(rows);
  const width = covered.length - 1;
  // A few lines run across a gap (two columns' words one space apart); tolerate 10 %.
  const noise = Math.max(0, Math.floor(rows.length * 0.1));
  const starts = [0];
  let inGap = false;
  let seenText = false;
  for (let x = 0; x <= width; x++) {
    const blank = (covered[x] ?? 0) <= noise;
    if (!blank && inGap && seenText) starts.push(x);
    if (!blank) seenText = true;
    inGap = blank;
  }
  return starts;
}

/**
 * Index of the table's header line among the first page's lines: the first line of three or more
 * chunks that keeps within the columns. A title spread across the page (justified, or printed
 * with -fixed) runs its words over the gaps between columns; a header crosses one gap at most (a
 * wide title over a narrow column). −1 when no line has three chunks.
 */
export function headerLineIndex(lines: readonly string[]): number {
  const rows = lines.map(chunksOf).filter((c) => c.length >= 2);
  if (rows.length === 0) return -1;
  const covered = coverage(rows);
  const noise = Math.max(0, Math.floor(rows.length * 0.1));
  // Blank in nearly all the other lines: the line checked covers x itself.
  const isGap = (x: number) => (covered[x] ?? 0) - 1 <= noise;
  const crossesGap = (c: Chunk) => {
    for (let x = c.x + 1; x < c.x + c.text.length - 1; x++) if (isGap(x)) return true;
    return false;
  };
  const candidates = lines.flatMap((l, i) => {
    const chunks = chunksOf(l);
    return chunks.length >= 3 ? [{ i, crossing: chunks.filter(crossesGap).length }] : [];
  });
  return (candidates.find((c) => c.crossing <= 1) ?? candidates[0])?.i ?? -1;
}

function coverage(rows: readonly Chunk[][]): number[] {
  const width = Math.max(...rows.map((cs) => cs.reduce((w, c) => Math.max(w, c.x + c.text.length), 0)));
  const covered = new Array<number>(width + 1).fill(0);
  for (const cs of rows)
    for (const c of cs) for (let x = c.x; x < c.x + c.text.length; x++) covered[x] = (covered[x] ?? 0) + 1;
  return covered;
}

/**
 * Column starts from a header line's titles: a title may sit right of its column's text (centred),
 * so each start moves left to just after the emptiest position between it and the title before.
 */
export function startsFromTitles(titles: readonly Chunk[], lines: readonly string[]): number[] {
  const covered = coverage(lines.map(chunksOf).filter((c) => c.length >= 2));
  return titles.map((t, i) => {
    const prev = titles[i - 1];
    if (!prev) return 0;
    let best = t.x;
    let min = Number.POSITIVE_INFINITY;
    for (let x = t.x - 1; x >= prev.x + prev.text.length; x--) {
      const v = covered[x] ?? 0;
      if (v < min) [min, best] = [v, x + 1];
    }
    return best;
  });
}

/**
 * How far left of a column's start the space before the column's text may be: a column's text
 * may begin a character or two off (NEAR_SLACK); pdftotext prints a crowded row's lines up to 5
 * characters left of its columns (its first line, or every line of a row with a long word), which
 * is believed of a chunk that runs CROSSING characters or more into the next column.
 */
const NEAR_SLACK = 2;
const SHIFT_SLACK = 6;
const CROSSING = 4;

/**
 * Splits chunks that run across a column start where a space falls right before it, or up to
 * SHIFT_SLACK characters before: pdftotext sometimes leaves one space only between two columns
 * ("шаарындагы көп Таш-Көмүр"), and a column's text may start a character early.
 */
export function splitAtColumns(chunks: readonly Chunk[], starts: readonly number[]): Chunk[] {
  const out: Chunk[] = [];
  for (const c of chunks) {
    let rest = c;
    for (const s of starts) {
      const cut = s - rest.x;
      if (cut <= 0 || cut >= rest.text.length) continue;
      // The space nearest the column start wins: the next word begins the right column. A row
      // pdftotext printed a few characters left of its columns has it further left (SHIFT_SLACK).
      let space = -1;
      const slack = rest.text.length - cut >= CROSSING ? SHIFT_SLACK : NEAR_SLACK;
      for (let k = cut - 1; k >= Math.max(1, cut - 1 - slack) && space < 0; k--)
        if (rest.text[k] === " ") space = k;
      if (space < 0) continue;
      out.push({ x: rest.x, text: rest.text.slice(0, space) });
      rest = { x: rest.x + space + 1, text: rest.text.slice(space + 1) };
    }
    out.push(rest);
  }
  return out;
}

/** The column a chunk starting at x belongs to. */
export function columnAt(starts: readonly number[], x: number): number {
  let col = 0;
  starts.forEach((s, i) => {
    if (s <= x) col = i;
  });
  return col;
}

/** Characters of each line at each position that are not spaces, counted per position. */
export function letterCoverage(lines: readonly string[]): number[] {
  const covered: number[] = [];
  for (const line of lines)
    for (let x = 0; x < line.length; x++) if (line[x] !== " ") covered[x] = (covered[x] ?? 0) + 1;
  return covered;
}

/** How far a column start of the page before is looked for on this page, in characters. */
const REFIT = 4;

/**
 * Column starts of a page whose gaps hid some columns (two columns one space apart on many lines):
 * each start of `guide` (the header's, or the page before's) that no gap start matches is put
 * where this page's gaps say the columns moved, at the position after the emptiest one near it.
 */
export function refitStarts(
  fromGaps: readonly number[],
  guide: readonly number[],
  lines: readonly string[],
): number[] {
  // the gap start nearest each guide start, when no other guide start is nearer to it
  const matched = guide.map((g, i) => {
    const f = fromGaps.reduce((best, x) => (Math.abs(x - g) < Math.abs(best - g) ? x : best), Number.NaN);
    const nearest = guide.reduce((b, h, j) => (Math.abs(h - f) < Math.abs((guide[b] ?? 0) - f) ? j : b), i);
    return Number.isNaN(f) || nearest !== i ? undefined : f;
  });
  const covered = letterCoverage(lines);
  return guide.map((g, i) => {
    const own = matched[i];
    if (own !== undefined) return own;
    const shift = (j: number) => (matched[j] as number) - (guide[j] as number);
    const left = matched.slice(0, i).findLastIndex((m) => m !== undefined);
    const right = matched.findIndex((m, j) => j > i && m !== undefined);
    const moves = [left, right].filter((j) => j >= 0).map(shift);
    const at = Math.round(g + (moves.length > 0 ? moves.reduce((a, b) => a + b, 0) / moves.length : 0));
    let best = at;
    for (let x = at - REFIT; x <= at + REFIT; x++)
      if (x > 0 && (covered[x - 1] ?? 0) < (covered[best - 1] ?? 0)) best = x;
    return best;
  });
}

/**
 * The titles of a header line, one per column: its chunks, with the № column's title apart from
 * the next one when a narrow page left one space between them ("№ Милдеттер", "№ Задачи").
 */
export function headerTitles(headerLine: string): Chunk[] {
  return chunksOf(headerLine).flatMap((c) => {
    const m = /^(№|N|#) (?=\p{Lu})/u.exec(c.text);
    if (!m || c.x !== 0) return [c];
    return [
      { x: c.x, text: m[1] as string },
      { x: c.x + m[0].length, text: c.text.slice(m[0].length) },
    ];
  });
}
