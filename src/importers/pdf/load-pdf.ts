import { getDocumentProxy, getResolvedPDFJS } from "unpdf";
import type { PDFDocumentProxy } from "unpdf/pdfjs";
import { AppError } from "../../domain/errors.ts";
import { ensureArrayBufferTransfer } from "./node-compat.ts";
import type { DrawCodes } from "./ruling-lines.ts";

/** pdf.js prints only errors, not its warnings about damaged files. */
const VERBOSITY_ERRORS = 0;

/** The pdf.js operator codes the ruling-line finder needs. */
export async function drawCodes(): Promise<DrawCodes> {
  const { OPS } = await getResolvedPDFJS();
  return OPS as unknown as DrawCodes;
}

function errorName(e: unknown): string {
  return e && typeof e === "object" && "name" in e ? String(e.name) : "";
}

/** Opens a PDF with pdf.js, turning its failures into AppErrors (password, damaged file). */
export async function openPdf(bytes: Uint8Array, fileName: string): Promise<PDFDocumentProxy> {
  ensureArrayBufferTransfer();
  try {
    // A copy: pdf.js may take over (detach) the buffer it is given.
    return await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: VERBOSITY_ERRORS,
      stopAtErrors: false,
    });
  } catch (e) {
    if (errorName(e) === "PasswordException") {
      throw new AppError(
        "encrypted_file",
        `${fileName} is protected by a password: save an unprotected copy and import that`,
      );
    }
    throw new AppError("corrupt_file", `${fileName} is not a readable PDF (damaged or truncated?)`, {
      cause: e instanceof Error ? e.message : String(e),
    });
  }
}
