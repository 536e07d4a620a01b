/**
 * The one list of the codes of every message a user can see: the importer's warnings and the
 * errors of the API (and of the web client). The server sends a code with `params`; the web app
 * shows its own string for the code in the user's language; the English `message` is for the CLI
 * and logs. A test holds the web app's strings to these lists.
 */

/** The importer's warnings, in order of severity: those that change what the plan means first. */
export const WARNING_CODES = [
  "no_action",
  "no_deadline",
  "unclear_deadline",
  "unclear_split",
  "unknown_funding",
  "target_without_unit",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/**
 * The params each warning carries besides where it is (`row`, the 1-based row, and `measure`, the
 * measure's number when it has one); its string may use only these.
 */
export const WARNING_PARAMS: Record<WarningCode, readonly string[]> = {
  no_action: [],
  no_deadline: [],
  unclear_deadline: ["deadline"],
  unclear_split: ["body"],
  unknown_funding: ["funding"],
  target_without_unit: ["number"],
};

/**
 * Warnings about how a document's text was got rather than what it says: `ocr_text`, the plan was
 * read by OCR from a scan or a photo (the whole document); `ocr_low_confidence`, a measure holds
 * words OCR was unsure of. Kept out of WARNING_CODES until the CLI and the web app have strings
 * for them (their tests hold every code to a string); until then both show the English message.
 */
export const OCR_WARNING_CODES = ["ocr_text", "ocr_low_confidence"] as const;
export type OcrWarningCode = (typeof OCR_WARNING_CODES)[number];

/** The params each OCR warning carries besides where it is. */
export const OCR_WARNING_PARAMS: Record<OcrWarningCode, readonly string[]> = {
  ocr_text: ["pages", "confidence"],
  ocr_low_confidence: ["words"],
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

/** True when `code` is one of the error codes. */
export function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

/**
 * The code of the in-app notification that a citizen's question came (params: programId,
 * feedbackId; its link opens the program's moderation screen).
 */
export const FEEDBACK_NOTIFICATION = "feedback_received";
