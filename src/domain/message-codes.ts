/**
 * The one list of the codes of every message a user can see: the importer's warnings and the
 * errors of the API (and of the web client). The server sends a code with `params`; the web app
 * shows its own string for the code in the user's language; the English `message` is for the CLI
 * and logs. A test holds the web app's strings to these lists.
 */

/**
 * The importer's warnings, in order of severity: those that change what the plan means first.
 * Two are about the whole document, how its text was got: `lost_columns`, text whose table lost
 * its columns (plain pdftotext) read as well as it could be; `ocr_text`, a plan read by OCR from a
 * scan or a photo. `ocr_low_confidence`: a measure holds words OCR was unsure of.
 */
export const WARNING_CODES = [
  "lost_columns",
  "ocr_text",
  "no_action",
  "no_deadline",
  "unclear_deadline",
  "unclear_split",
  "ocr_low_confidence",
  "unknown_funding",
  "target_without_unit",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** The warnings about the whole document (how its text was got), never about one row. */
export const DOCUMENT_WARNING_CODES: readonly WarningCode[] = ["lost_columns", "ocr_text"];

/**
 * The params each warning carries besides where it is (`row`, the 1-based row, and `measure`, the
 * measure's number when it has one; a warning about the whole document has neither); its string
 * may use only these.
 */
export const WARNING_PARAMS: Record<WarningCode, readonly string[]> = {
  lost_columns: ["confidence"],
  ocr_text: ["pages", "confidence"],
  no_action: [],
  no_deadline: [],
  unclear_deadline: ["deadline"],
  unclear_split: ["body"],
  ocr_low_confidence: ["words"],
  unknown_funding: ["funding"],
  target_without_unit: ["number"],
};

/**
 * Why an imported cell is less than sure (the import's `cells`, decision 018), the reasons about
 * how the text was got first: `lost_columns`, the document's text lost its columns; `ocr`, read by
 * OCR (`confidence`: its least sure word's, or the page's mean, 0–100); `guessed_column`, the
 * column's role was guessed from its contents, no header word named it; `empty`, a cell a measure
 * usually has is empty; the rest as the warnings of the same name.
 */
export const CELL_REASON_CODES = [
  "lost_columns",
  "ocr",
  "guessed_column",
  "empty",
  "unclear_deadline",
  "unclear_split",
  "unknown_funding",
  "target_without_unit",
] as const;
export type CellReason = (typeof CELL_REASON_CODES)[number];

/** The params each cell reason carries; its string may use only these. */
export const CELL_REASON_PARAMS: Record<CellReason, readonly string[]> = {
  lost_columns: [],
  ocr: ["confidence"],
  guessed_column: [],
  empty: [],
  unclear_deadline: [],
  unclear_split: [],
  unknown_funding: [],
  target_without_unit: [],
};

/** The codes of AppError: failures a user can cause and fix, each with one HTTP status. */
export const APP_ERROR_CODES = [
  "file_not_found",
  "unsupported_type",
  "corrupt_file",
  "encrypted_file",
  "empty_file",
  "no_text_layer",
  "no_action_table",
  "converter_missing",
  "too_large",
  "invalid_input",
  "not_found",
  "conflict",
  "unauthorized",
  "forbidden",
  "database_locked",
  "rate_limited",
  "not_an_image",
] as const;

/**
 * Every error code a user can meet: AppError codes, the API's own (`internal` for a 500,
 * `database_unavailable` for a 503 while the database cannot be reached, `http_error` for any
 * other refusal) and the web client's `network` (no answer at all).
 */
export const ERROR_CODES = [
  ...APP_ERROR_CODES,
  "internal",
  "database_unavailable",
  "http_error",
  "network",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Optional params of an error, each shown as a sentence of its own after the error's sentence. */
export const ERROR_PARAMS = ["fields", "limitMb"] as const;

/** Values a message's params may hold. */
export type MessageParams = Record<string, string | number>;

/** True when `code` is one of the importer's warning codes. */
export function isWarningCode(code: string): code is WarningCode {
  return (WARNING_CODES as readonly string[]).includes(code);
}

/** True when a string is a reason a cell is less than sure. */
export function isCellReason(code: string): code is CellReason {
  return (CELL_REASON_CODES as readonly string[]).includes(code);
}

/** True when `code` is one of the error codes. */
export function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

/**
 * The code of the in-app notification that a citizen's question came (params: programId,
 * feedbackId; its link opens the program's moderation screen).
 */
export const FEEDBACK_NOTIFICATION = "feedback_received";
