/** Text in reading order (a PDF viewer's copy, pdftotext -raw, a Word copy): picks the reader that fits it. */
import { parseDeadline } from "../../domain/deadline.ts";
import type { Block, SourceDocument } from "../table.ts";
import { isColumnBlocks, isDoubleSpaced, lostColumnsError, lostColumnsWarning } from "./column-blocks.ts";
import { readInterleavedText } from "./interleaved.ts";
import { readReadingOrderText } from "./reading-order.ts";

/**
 * The share of rows read whole from which a text cut into blocks is imported (with a warning)
 * rather than refused. Plain pdftotext text of the corpus reads 0–0.48 of its rows whole and,
 * imported anyway, scores 0.03–0.09; text whose rows merely stand apart by blank lines reads
 * nearly all whole (decision 009).
 */
export const LOST_COLUMNS_MIN_CONFIDENCE = 0.8;

/**
 * Reads text whose cells follow each other: a Word copy (a blank line after every line) by the
 * interleaved reader, which knows that shape; other text by the reading-order reader when it finds
 * a header, else the interleaved one. Text cut into column blocks is imported with a warning when
 * its rows still read whole, else refused with the reason.
 */
export function readOrderedText(text: string): Omit<SourceDocument, "format"> {
  if (isDoubleSpaced(text)) return { blocks: readInterleavedText(text) };
  const blocks = readReadingOrderText(text);
  if (!isColumnBlocks(text)) return { blocks: blocks ?? readInterleavedText(text) };
  const confidence = wholeShare(blocks ?? []);
  if (blocks === undefined || confidence < LOST_COLUMNS_MIN_CONFIDENCE) throw lostColumnsError(confidence);
  return { blocks, warnings: [lostColumnsWarning(confidence)] };
}

/** The share of the table's rows read whole; headings (one cell of text) are not measures and do not count. */
function wholeShare(blocks: readonly Block[]): number {
  const rows = blocks
    .flatMap((b) => (b.kind === "table" ? b.rows.filter((r) => !r.header) : []))
    .filter((r) => r.cells.filter((c) => c.trim() !== "").length > 1);
  return rows.length === 0 ? 0 : rows.filter((r) => isWhole(r.cells)).length / rows.length;
}

const ANY_PERIOD = { from: 2000, to: 2100 };
const ROW_NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.?$/;

/**
 * A row read whole: a row number, a readable deadline and a third cell. Text that lost its columns
 * still yields rows with a deadline among sentences of other rows, but seldom with their number.
 */
function isWhole(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== "");
  const isDeadline = (c: string) => {
    const d = parseDeadline(c, ANY_PERIOD);
    return c.length < 60 && (d.from !== null || d.repeat !== null);
  };
  return filled.length >= 3 && filled.some((c) => ROW_NUMBER.test(c)) && filled.some(isDeadline);
}
