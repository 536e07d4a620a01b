import { AppError, isAppError } from "../domain/errors.ts";
import { mendBrokenWords } from "./broken-words.ts";
import { joinPages, type PageBlock } from "./pdf/join-pages.ts";
import { drawCodes, openPdf } from "./pdf/load-pdf.ts";
import { readPageContent } from "./pdf/page-content.ts";
import { layoutPage } from "./pdf/page-layout.ts";
import type { Reader, SourceDocument } from "./table.ts";

/** pdf.js can spin on some damaged files; past this the file is reported as damaged. */
const TIME_LIMIT_MS = 30_000;

async function readDocument(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  const codes = await drawCodes();
  const pdf = await openPdf(bytes, fileName);
  try {
    const pages: PageBlock[][] = [];
    let pieces = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await readPageContent(await pdf.getPage(n), codes);
      pieces += content.pieces.length;
      pages.push(layoutPage(content));
    }
    if (pieces === 0) {
      throw new AppError(
        "no_text_layer",
        `${fileName} has no text layer (a scanned image?): run OCR or import the original .docx`,
      );
    }
    return { format: "pdf", blocks: mendBrokenWords(joinPages(pages)) };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

function withTimeLimit<T>(work: Promise<T>, fileName: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AppError("corrupt_file", `${fileName} could not be read in time (a damaged PDF?)`)),
      TIME_LIMIT_MS,
    );
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/**
 * Reads a PDF with a text layer into the table model: tables from the ruling lines (merged cells
 * where a line is missing), a table continued over pages kept as one, the other text as paragraphs.
 */
export const readPdf: Reader = async (bytes, fileName) => {
  if (bytes.length === 0) throw new AppError("empty_file", `${fileName} is empty (0 bytes)`);
  try {
    return await withTimeLimit(readDocument(bytes, fileName), fileName);
  } catch (e) {
    if (isAppError(e)) throw e;
    throw new AppError("corrupt_file", `${fileName} is not a readable PDF (damaged or truncated?)`, {
      cause: e instanceof Error ? e.message : String(e),
    });
  }
};
