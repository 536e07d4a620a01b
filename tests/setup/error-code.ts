import { isAppError } from "../../src/domain/errors.ts";

/** "resolved", the AppError code a promise rejects with, or a description of any other failure. */
export async function errorCodeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "resolved";
  } catch (e) {
    return isAppError(e) ? e.code : `not an AppError: ${String(e)}`;
  }
}
