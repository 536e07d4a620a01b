import type { APP_ERROR_CODES, MessageParams } from "./message-codes.ts";

/** Codes of the failures a user can cause and fix; each maps to one HTTP status and one exit code. */
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/**
 * An expected failure with a code and a message a person can act on; the web app shows its own
 * string for the code, with `params` (see ERROR_PARAMS in message-codes.ts).
 */
export class AppError extends Error {
  override readonly name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: unknown,
    readonly params?: MessageParams,
  ) {
    super(message);
  }
}

/** True when `e` is an AppError, optionally of the given code. */
export function isAppError(e: unknown, code?: AppErrorCode): e is AppError {
  return e instanceof AppError && (code === undefined || e.code === code);
}
