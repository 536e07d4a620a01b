import type { Block, TableBlock, TableRow } from "../table.ts";

/** A block of one page, with the y of its top edge (pages are joined in order). */
export type PageBlock =
  | { kind: "table"; top: number; xs: number[]; rows: TableRow[] }
  | { kind: "paragraph"; top: number; text: string };

/** Column edges may move this much between pages and still be the same grid, in points. */
const SAME_GRID = 4;
/** At most this many leading rows are compared to find a header repeated on a new page. */
const MAX_HEADER_ROWS = 3;

function sameColumns(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - (b[i] ?? Number.NaN)) <= SAME_GRID);
}

function rowKey(row: TableRow): string {
  return row.cells.map((c) => c.replace(/\s+/g, " ").trim()).join("\u0001");
}

/** How many leading rows of `next` repeat the leading rows of `first` (a header repeated on each page). */
function repeatedHeaderRows(first: TableRow[], next: TableRow[]): number {
  let k = 0;
  while (k < MAX_HEADER_ROWS && k < first.length && k < next.length) {
    const [a, b] = [first[k] as TableRow, next[k] as TableRow];
    if (rowKey(a) !== rowKey(b) || a.cells.every((c) => c === "")) break;
    k++;
  }
  return k < next.length ? k : 0;
}

/** Adds the rows of the table's continuation on a new page, marking the page break and the repeated header. */
function appendContinuation(table: TableBlock, rows: TableRow[]): void {
  const header = repeatedHeaderRows(table.rows, rows);
  const added = rows.map((row) => ({ ...row }));
  for (let i = 0; i < header; i++) {
    (table.rows[i] as TableRow).header = true;
    (added[i] as TableRow).header = true;
  }
  (added[0] as TableRow).afterPageBreak = true;
  // The first body row after a repeated header is where a row cut by the page break goes on.
  const firstBody = added[header];
  if (firstBody) firstBody.afterPageBreak = true;
  table.rows.push(...added);
}

/**
 * Joins the pages into one list of blocks: a table that ends a page and a table with the same
 * column grid that starts the next page are one table.
 */
export function joinPages(pages: PageBlock[][]): Block[] {
  const blocks: Block[] = [];
  let open: { table: TableBlock; xs: number[] } | undefined;
  for (const page of pages) {
    if (page.length === 0) continue;
    page.forEach((block, i) => {
      if (block.kind === "paragraph") {
        blocks.push({ kind: "paragraph", text: block.text });
      } else if (i === 0 && open && sameColumns(open.xs, block.xs) && block.rows.length > 0) {
        appendContinuation(open.table, block.rows);
      } else {
        const table: TableBlock = { kind: "table", rows: block.rows.map((row) => ({ ...row })) };
        blocks.push(table);
        open = { table, xs: block.xs };
      }
    });
    const last = page.at(-1);
    const lastBlock = blocks.at(-1);
    open =
      last?.kind === "table" && open && lastBlock === open.table
        ? { table: open.table, xs: last.xs }
        : undefined;
  }
  return blocks;
}
