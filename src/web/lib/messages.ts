/**
 * The server's messages in the user's language: an importer warning or an API error is shown by
 * its code (src/domain/message-codes.ts) from the strings under `messages` in app/i18n, with its
 * params filled in; the server's English message only for a code the app does not know.
 */
import type { TFunction } from "i18next";
import {
  DOCUMENT_WARNING_CODES,
  ERROR_PARAMS,
  isCellReason,
  isErrorCode,
  isWarningCode,
  type MessageParams,
} from "../../domain/message-codes.ts";
import { isApiError } from "./api-client.ts";

/** A warning as the API sends it. */
export interface WarningMessage {
  code: string;
  params?: MessageParams;
  message: string;
}

// The keys live in the default namespace; screens with their own namespace call t with theirs first.
const KEY = "translation:messages";

/** Where a warning is: "№ 12" for a numbered measure, else "row 5"; null for the whole document. */
export function warningWhere(t: TFunction, params: MessageParams | undefined): string | null {
  if (params?.measure !== undefined) return t(`${KEY}.where.measure`, { measure: params.measure });
  if (params?.row !== undefined) return t(`${KEY}.where.row`, { row: params.row });
  return null;
}

/** What a warning says, without where it is; the server's message for an unknown code. */
export function warningDetail(t: TFunction, warning: WarningMessage): string {
  if (!isWarningCode(warning.code)) return warning.message;
  return t(`${KEY}.warning.${warning.code}`, { ...warning.params });
}

/** A warning in full: "№ 1: the number 2 has no unit". */
export function warningText(t: TFunction, warning: WarningMessage): string {
  if (!isWarningCode(warning.code)) return warning.message;
  const where = warningWhere(t, warning.params);
  const detail = warningDetail(t, warning);
  return where === null ? detail : `${where}: ${detail}`;
}

/**
 * The title of a group of warnings: "412 rows: a number without a unit"; a warning about the whole
 * document ("read from a scan by OCR") is about no rows, so its kind alone.
 */
export function warningGroupTitle(t: TFunction, code: string, count: number): string {
  const kind = isWarningCode(code) ? t(`${KEY}.warningKind.${code}`) : code;
  if (isWarningCode(code) && DOCUMENT_WARNING_CODES.includes(code)) return kind;
  return t(`${KEY}.warningGroup`, { count, kind });
}

/** Why an imported cell is less than sure, in the user's words; the code itself if unknown. */
export function cellReasonText(t: TFunction, reason: string, params: MessageParams = {}): string {
  return isCellReason(reason) ? t(`${KEY}.cellReason.${reason}`, { ...params }) : reason;
}

/** An error in the user's words: the sentence of its code, then one per known param. */
export function errorText(t: TFunction, error: unknown): string {
  if (isApiError(error) && isErrorCode(error.code)) {
    const params = error.params ?? {};
    const extra = ERROR_PARAMS.filter((p) => params[p] !== undefined).map((p) =>
      t(`${KEY}.errorParam.${p}`, { [p]: params[p] }),
    );
    return [t(`${KEY}.error.${error.code}`), ...extra].join(" ");
  }
  const message = error instanceof Error ? error.message : String(error);
  return t("translation:errors.generic", { message });
}
