import { AppError } from "../domain/errors.ts";
import { isCfb, isEncryptedOoxml, isZip } from "./zip.ts";

/** The kinds of file the importer reads. */
export type FileKind = "docx" | "xlsx" | "csv" | "pdf" | "text" | "office-text" | "office-sheet" | "image";

/** Files larger than this are refused before any parsing (a plan is a few megabytes at most). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66];
/** Pictures of a page (a photo, a scan) that OCR reads: PNG, JPEG, TIFF. */
const IMAGES = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
];
const IMAGE_EXTENSIONS = ["png", "jpg", "jpeg", "tif", "tiff"];

function extensionOf(fileName: string): string {
  const m = fileName.toLowerCase().match(/\.([a-z0-9]+)$/);
  return m ? (m[1] as string) : "";
}

/** Decides how to read a file from its first bytes, falling back on its extension. */
export function detectFileKind(bytes: Uint8Array, fileName: string): FileKind {
  if (bytes.length === 0) throw new AppError("empty_file", `${fileName}: the file is empty`);
  if (bytes.length > MAX_FILE_BYTES)
    throw new AppError(
      "too_large",
      `${fileName}: the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`,
    );
  const ext = extensionOf(fileName);
  if (startsWith(bytes, PDF) || (ext === "pdf" && Buffer.from(bytes.subarray(0, 1024)).includes("%PDF")))
    return "pdf";
  if (IMAGES.some((magic) => startsWith(bytes, magic))) return "image";
  if (isZip(bytes)) {
    if (ext === "xlsx" || ext === "xlsm") return "xlsx";
    if (ext === "odt") return "office-text";
    if (ext === "ods") return "office-sheet";
    if (ext === "docx" || ext === "docm") return "docx";
    const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
    if (head.includes("xl/")) return "xlsx";
    if (head.includes("opendocument.text")) return "office-text";
    if (head.includes("opendocument.spreadsheet")) return "office-sheet";
    return "docx";
  }
  if (isCfb(bytes)) {
    if (isEncryptedOoxml(bytes))
      throw new AppError(
        "encrypted_file",
        `${fileName}: the document is password-protected; save it without a password`,
      );
    return ext === "xls" ? "office-sheet" : "office-text";
  }
  if (startsWith(bytes, RTF)) return "office-text";
  if (ext === "csv") return "csv";
  if (["doc", "rtf", "odt"].includes(ext)) return "office-text";
  if (["xls", "ods"].includes(ext)) return "office-sheet";
  if (IMAGE_EXTENSIONS.includes(ext))
    throw new AppError("corrupt_file", `${fileName}: not a valid .${ext} picture (damaged or renamed)`);
  if (["docx", "xlsx"].includes(ext))
    throw new AppError("corrupt_file", `${fileName}: not a valid .${ext} file (damaged or renamed)`);
  return "text";
}
