/** Reader for plain text pasted or exported from a plan document. */
import type { Reader, SourceDocument } from "./table.ts";
import { decodeText } from "./text/decode.ts";
import { detectTextKind } from "./text/detect.ts";
import { readLayoutText } from "./text/layout.ts";
import { readOrderedText } from "./text/ordered-text.ts";
import { readTabText } from "./text/tab.ts";

const READERS: Record<ReturnType<typeof detectTextKind>, (text: string) => Omit<SourceDocument, "format">> = {
  "text-tab": (text) => ({ blocks: readTabText(text) }),
  "text-layout": (text) => ({ blocks: readLayoutText(text) }),
  "text-interleaved": readOrderedText,
};

/**
 * Reads a text file: decodes it (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1251),
 * picks the kind of text (tab-separated, fixed-width layout, cells in reading order) and returns
 * its blocks. Text that lost its table's columns (plain pdftotext) is read with a `lost_columns`
 * warning when its rows still come out whole, else → AppError "no_action_table" saying to import
 * the PDF or paste with -layout (decision 009). Empty or whitespace-only → AppError "empty_file"; binary → "unsupported_type".
 */
export const readText: Reader = async (bytes) => {
  const text = decodeText(bytes);
  const format = detectTextKind(text);
  return { format, ...READERS[format](text) };
};
