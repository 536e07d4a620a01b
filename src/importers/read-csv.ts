/**
 * Reads a CSV (or tab-separated) export into one table: the delimiter is detected, quoted fields
 * may hold delimiters, doubled quotes and line breaks, and the encoding is UTF-8 (with or without
 * a BOM), UTF-16 with a BOM (Excel's "Unicode text"), or Windows-1251 when the bytes are not UTF-8.
 */
import { AppError } from "../domain/errors.ts";
import type { Reader } from "./table.ts";

/** In order of preference on a tie: a tab is rarely typed inside a cell, a semicolon more rarely than a comma. */
const DELIMITERS = ["\t", ";", ","] as const;
/** Records looked at to pick the delimiter; the head of a file shows its shape. */
const SAMPLE_RECORDS = 50;

/** Reads a .csv/.tsv file; throws AppError (empty_file, corrupt_file). */
export const readCsv: Reader = async (bytes, fileName) => {
  if (bytes.length === 0) throw new AppError("empty_file", `${fileName} is empty (0 bytes)`);
  const text = decodeText(bytes);
  if (text.includes("\u0000")) {
    throw new AppError("corrupt_file", `${fileName} is not a text (CSV) file: it holds binary data`);
  }
  const records = parseCsv(text, detectDelimiter(text)).filter((r) => r.some((cell) => cell.trim() !== ""));
  const width = records.reduce((n, r) => Math.max(n, r.length), 0);
  const rows = records.map((r) => ({ cells: [...r, ...Array<string>(width - r.length).fill("")] }));
  return { format: "csv", blocks: rows.length > 0 ? [{ kind: "table", rows }] : [] };
};

/** Decodes by BOM, else as UTF-8, else (invalid UTF-8) as Windows-1251, the Cyrillic ANSI code page. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1251").decode(bytes);
  }
}

/**
 * The delimiter that splits the first records most consistently into more than one field:
 * most records with the commonest field count, then the larger count.
 */
export function detectDelimiter(text: string): string {
  let best: { delimiter: string; agree: number; fields: number } = { delimiter: ",", agree: 0, fields: 1 };
  for (const delimiter of DELIMITERS) {
    const counts = parseCsv(text, delimiter, SAMPLE_RECORDS)
      .filter((r) => r.some((cell) => cell.trim() !== ""))
      .map((r) => r.length);
    const [fields, agree] = mode(counts);
    if (fields < 2) continue;
    if (agree > best.agree || (agree === best.agree && fields > best.fields))
      best = { delimiter, agree, fields };
  }
  return best.delimiter;
}

function mode(values: number[]): [value: number, count: number] {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: [number, number] = [0, 0];
  for (const [v, n] of counts) if (n > best[1] || (n === best[1] && v > best[0])) best = [v, n];
  return best;
}

/**
 * Splits CSV text into records (RFC 4180, leniently: a stray quote inside an unquoted field is
 * kept as text, an unclosed quote runs to the end). Line breaks inside fields become "\n".
 */
export function parseCsv(text: string, delimiter: string, maxRecords = Number.POSITIVE_INFINITY): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = "";
  };
  while (i < text.length && records.length < maxRecords) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else if (ch === "\r") field += text[i + 1] === "\n" ? "" : "\n";
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === "\n" || ch === "\r") {
      endField();
      records.push(record);
      record = [];
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else field += ch;
    i++;
  }
  if (records.length < maxRecords && (field !== "" || record.length > 0)) {
    endField();
    records.push(record);
  }
  return records;
}
