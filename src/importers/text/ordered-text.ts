/** Text in reading order (a PDF viewer's copy, pdftotext -raw, a Word copy): picks the reader that fits it. */
import { parseDeadline } from "../../domain/deadline.ts";
import type { Block } from "../table.ts";
import { isColumnBlocks, isDoubleSpaced, lostColumnsError } from "./column-blocks.ts";
import { readInterleavedText } from "./interleaved.ts";
import { readReadingOrderText } from "./reading-order.ts";

/**
 * Reads text whose cells follow each other: a Word copy (a blank line after every line) by the
 * interleaved reader, which knows that shape; other text by the reading-order reader when it finds
 * a header, else the interleaved one. Text cut into column blocks is refused with the reason.
 */
export function readOrderedText(text: string): Block[] {
  if (isDoubleSpaced(text)) return readInterleavedText(text);
  const blocks = readReadingOrderText(text);
  if (isColumnBlocks(text)) {
    const rows = (blocks ?? []).flatMap((b) => (b.kind === "table" ? b.rows.filter((r) => !r.header) : []));
    throw lostColumnsError(rows.filter((r) => isWhole(r.cells)).length, rows.length);
  }
  return blocks ?? readInterleavedText(text);
}

const ANY_PERIOD = { from: 2000, to: 2100 };

/** A row read whole: three cells or more, one of them a readable deadline. */
function isWhole(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== "");
  return (
    filled.length >= 3 &&
    filled.some((c) => {
      const d = parseDeadline(c, ANY_PERIOD);
      return c.length < 60 && (d.from !== null || d.repeat !== null);
    })
  );
}
