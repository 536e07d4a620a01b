/** Reader for plain text pasted or exported from a plan document. */
import type { Block, Reader } from "./table.ts";
import { decodeText } from "./text/decode.ts";
import { detectTextKind } from "./text/detect.ts";
import { readInterleavedText } from "./text/interleaved.ts";
import { readLayoutText } from "./text/layout.ts";
import { readTabText } from "./text/tab.ts";

const READERS: Record<ReturnType<typeof detectTextKind>, (text: string) => Block[]> = {
  "text-tab": readTabText,
  "text-layout": readLayoutText,
  "text-interleaved": readInterleavedText,
};

/**
 * Reads a text file: decodes it (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1251),
 * picks the kind of text (tab-separated, fixed-width layout, interleaved PDF lines) and returns
 * its blocks. Empty or whitespace-only → AppError "empty_file"; binary → "unsupported_type".
 */
export const readText: Reader = async (bytes) => {
  const text = decodeText(bytes);
  const format = detectTextKind(text);
  return { format, blocks: READERS[format](text) };
};
