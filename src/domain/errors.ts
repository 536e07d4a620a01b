/** Codes of the failures a user can cause and fix; each maps to one HTTP status and one exit code. */
export type AppErrorCode =
  | "file_not_found"
  | "unsupported_type"
  | "corrupt_file"
  | "encrypted_file"
  | "empty_file"
  | "no_text_layer"
  | "no_action_table"
  | "converter_missing"
  | "too_large"
  | "invalid_input"
  | "not_found"
  | "conflict"
  | "unauthorized"
  | "forbidden"
  | "database_locked"
  | "rate_limited";

/** An expected failure with a code and a message a person can act on. */
export class AppError extends Error {
  override readonly name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** True when `e` is an AppError, optionally of the given code. */
export function isAppError(e: unknown, code?: AppErrorCode): e is AppError {
  return e instanceof AppError && (code === undefined || e.code === code);
}
