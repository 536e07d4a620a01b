import type { TextPiece } from "./geometry.ts";
import type { PageBlock } from "./join-pages.ts";
import type { PageContent } from "./page-content.ts";
import { readParagraphs } from "./paragraphs.ts";
import { readRuledTable } from "./ruled-table.ts";
import { findGrids } from "./table-grid.ts";
import { readUnruledTable } from "./unruled-table.ts";

/**
 * Lays out one page as blocks top to bottom: tables from its ruling lines (or, with none, from
 * text columns), the rest of its text as paragraphs.
 */
export function layoutPage(content: PageContent): PageBlock[] {
  let loose: TextPiece[] = content.pieces;
  const blocks: PageBlock[] = [];
  // A grid of one column is a frame around text (a box, a page border), not a table.
  for (const grid of findGrids(content.lines).filter((g) => g.xs.length > 2)) {
    const table = readRuledTable(grid, loose);
    if (table.taken.size === 0) continue;
    loose = loose.filter((p) => !table.taken.has(p));
    blocks.push({ kind: "table", top: grid.ys[0] ?? 0, xs: grid.xs, rows: table.rows });
  }
  if (blocks.length === 0) {
    const table = readUnruledTable(loose);
    if (table) {
      loose = loose.filter((p) => !table.taken.has(p));
      blocks.push({ kind: "table", top: table.top, xs: table.xs, rows: table.rows });
    }
  }
  for (const paragraph of readParagraphs(loose)) blocks.push({ kind: "paragraph", ...paragraph });
  return blocks.sort((a, b) => b.top - a.top);
}
