import type { TableRow } from "../table.ts";
import { cellText, groupLines } from "./cell-text.ts";
import type { TextPiece } from "./geometry.ts";

/** A table found from text columns alone, with the pieces it took. */
export interface UnruledTable {
  top: number;
  xs: number[];
  rows: TableRow[];
  taken: Set<TextPiece>;
}

/** Pieces of one line closer than this share of the font size are words of one cell. */
const WORD_GAP = 1.5;
/** A header needs this many cells; a body line at least two. */
const MIN_HEADER_CELLS = 3;
/** A gap between lines wider than this share of the usual line pitch starts a new row. */
const ROW_GAP = 1.3;
/** A gap wider than this share of the font size ends the table. */
const TABLE_END_GAP = 3;

interface Chunk {
  x0: number;
  x1: number;
}

function chunks(line: TextPiece[]): Chunk[] {
  const out: Chunk[] = [];
  for (const p of line) {
    const last = out.at(-1);
    if (last && p.x - last.x1 < WORD_GAP * p.size) last.x1 = Math.max(last.x1, p.x + p.width);
    else out.push({ x0: p.x, x1: p.x + p.width });
  }
  return out;
}

/** Column left edges from the header's cells, moved left to where body text of the column starts. */
function columnEdges(header: Chunk[], body: Chunk[]): number[] {
  return header.map((h, i) => {
    const previous = header[i - 1];
    if (!previous) return Math.min(h.x0, ...body.filter((c) => c.x0 <= h.x1).map((c) => c.x0));
    const starts = body.filter((c) => c.x0 > previous.x1 && c.x0 <= h.x0 + 1).map((c) => c.x0);
    return Math.min(h.x0, ...starts);
  });
}

function columnOf(edges: number[], x: number): number {
  let column = 0;
  edges.forEach((edge, i) => {
    if (x + 1 >= edge) column = i;
  });
  return column;
}

/**
 * Finds a table on a page without ruling lines: the first line with three or more separate cells
 * is the header and gives the columns; the lines below, until a wide gap, are the body; a row
 * starts where the first column has text or the line gap widens.
 */
export function readUnruledTable(pieces: TextPiece[]): UnruledTable | undefined {
  const lines = groupLines(pieces);
  const start = lines.findIndex(
    (line, i) =>
      chunks(line).length >= MIN_HEADER_CELLS &&
      lines.slice(i + 1).filter((l) => chunks(l).length >= 2).length >= 2,
  );
  const headerLine = lines[start];
  if (!headerLine) return undefined;
  const size = Math.max(...headerLine.map((p) => p.size));
  let end = start + 1;
  while (
    end < lines.length &&
    (lines[end - 1]?.[0]?.y ?? 0) - (lines[end]?.[0]?.y ?? 0) <= TABLE_END_GAP * size
  )
    end++;
  const tableLines = lines.slice(start, end);
  const edges = columnEdges(chunks(headerLine), tableLines.slice(1).flatMap(chunks));
  const pitches = tableLines.slice(1).map((l, i) => (tableLines[i]?.[0]?.y ?? 0) - (l[0]?.y ?? 0));
  const pitch = pitches.sort((a, b) => a - b)[Math.floor(pitches.length / 2)] ?? size;
  const groups: TextPiece[][][] = [];
  tableLines.forEach((line, i) => {
    const gap = i > 0 ? (tableLines[i - 1]?.[0]?.y ?? 0) - (line[0]?.y ?? 0) : Number.POSITIVE_INFINITY;
    const startsRow = gap > ROW_GAP * pitch || line.some((p) => columnOf(edges, p.x) === 0);
    if (startsRow || groups.length === 0) groups.push(edges.map(() => []));
    for (const p of line) groups.at(-1)?.[columnOf(edges, p.x)]?.push(p);
  });
  const right = Math.max(...tableLines.flat().map((p) => p.x + p.width));
  const xs = [...edges, right];
  const rows = groups.map((cells) => ({
    cells: cells.map((c, i) => cellText(c, { left: xs[i] as number, right: xs[i + 1] as number })),
  }));
  return {
    top: (headerLine[0]?.y ?? 0) + size,
    xs,
    rows,
    taken: new Set(tableLines.flat()),
  };
}
