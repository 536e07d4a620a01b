import type { PDFPageProxy } from "unpdf/pdfjs";
import type { Segment, TextPiece } from "./geometry.ts";
import { type DrawCodes, findRulingLines, type OperatorList } from "./ruling-lines.ts";

/** What the reader takes from one page: its text pieces and its ruling lines. */
export interface PageContent {
  pieces: TextPiece[];
  lines: Segment[];
}

interface RawItem {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
  height?: unknown;
}

function toPiece(item: RawItem): TextPiece | undefined {
  const t = item.transform as number[] | undefined;
  if (typeof item.str !== "string" || item.str.trim() === "" || !Array.isArray(t) || t.length < 6)
    return undefined;
  const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || Number(item.height) || 0;
  const piece = { text: item.str, x: t[4] ?? 0, y: t[5] ?? 0, width: Number(item.width) || 0, size };
  return [piece.x, piece.y, piece.width, piece.size].every(Number.isFinite) ? piece : undefined;
}

/** Reads the text pieces and ruling lines of one page. */
export async function readPageContent(page: PDFPageProxy, codes: DrawCodes): Promise<PageContent> {
  const text = await page.getTextContent();
  const pieces = (text.items as RawItem[]).map(toPiece).filter((p): p is TextPiece => p !== undefined);
  const ops = (await page.getOperatorList()) as OperatorList;
  return { pieces, lines: findRulingLines(ops, codes) };
}
