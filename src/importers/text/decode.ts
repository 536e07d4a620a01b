/** Bytes of a text file → a JavaScript string with "\n" line ends, or an AppError. */
import { AppError } from "../../domain/errors.ts";

/** Share of control characters (other than tab, line and page breaks) above which text is taken for binary. */
const MAX_CONTROL_SHARE = 0.02;

/** Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1251. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new AppError("empty_file", "The file is empty.");
  const text = normalizeLineEnds(decodeBytes(bytes));
  if (looksBinary(text)) throw new AppError("unsupported_type", "The file is not a text file.");
  if (text.trim() === "") throw new AppError("empty_file", "The file holds no text, only whitespace.");
  return text;
}

function decodeBytes(bytes: Uint8Array): string {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  // A NUL byte never occurs in UTF-8 or Windows-1251 text; UTF-16 without a BOM is not supported.
  if (bytes.includes(0))
    throw new AppError("unsupported_type", "The file is not a text file (it holds NUL bytes).");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Old Cyrillic exports from Windows are in code page 1251; every byte decodes, so this never throws.
    return new TextDecoder("windows-1251").decode(bytes);
  }
}

function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0b) || c === 0x7f || c === 0xfffd)
      control++;
  }
  return control > Math.max(2, text.length * MAX_CONTROL_SHARE);
}
