import i18next from "i18next";
import { describe, expect, it } from "vitest";
import {
  CELL_REASON_CODES,
  CELL_REASON_PARAMS,
  ERROR_CODES,
  ERROR_PARAMS,
  WARNING_CODES,
  WARNING_PARAMS,
} from "../../domain/message-codes.ts";
import { en } from "../app/i18n/en.ts";
import { ky } from "../app/i18n/ky.ts";
import { ru } from "../app/i18n/ru.ts";
import { ApiError } from "./api-client.ts";
import { cellReasonText, errorText, warningGroupTitle, warningText } from "./messages.ts";

const LANGUAGES = { ky, ru, en };
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const sorted = (list: readonly string[]) => [...list].sort();

describe("message strings", () => {
  // Fails on a code without a string in a language, and on a string for a code that does not exist.
  for (const [language, strings] of Object.entries(LANGUAGES)) {
    const m = strings.messages;
    it(`${language} has a string for every code and none for others`, () => {
      expect(sorted(Object.keys(m.warning))).toEqual(sorted(WARNING_CODES));
      expect(sorted(Object.keys(m.warningKind))).toEqual(sorted(WARNING_CODES));
      expect(sorted(Object.keys(m.cellReason))).toEqual(sorted(CELL_REASON_CODES));
      expect(sorted(Object.keys(m.error))).toEqual(sorted(ERROR_CODES));
      expect(sorted(Object.keys(m.errorParam))).toEqual(sorted(ERROR_PARAMS));
      for (const text of [
        ...Object.values(m.warning),
        ...Object.values(m.warningKind),
        ...Object.values(m.cellReason),
        ...Object.values(m.error),
      ])
        expect(text.trim()).not.toBe("");
    });

    it(`${language} strings use only the params their code carries`, () => {
      for (const code of WARNING_CODES) {
        expect([code, placeholders(m.warning[code])]).toEqual([code, sorted(WARNING_PARAMS[code])]);
        expect([code, placeholders(m.warningKind[code])]).toEqual([code, []]);
      }
      for (const code of CELL_REASON_CODES)
        expect([code, placeholders(m.cellReason[code])]).toEqual([code, sorted(CELL_REASON_PARAMS[code])]);
      for (const code of ERROR_CODES) expect([code, placeholders(m.error[code])]).toEqual([code, []]);
      for (const param of ERROR_PARAMS) expect(placeholders(m.errorParam[param])).toEqual([param]);
      expect(placeholders(m.where.measure)).toEqual(["measure"]);
      expect(placeholders(m.where.row)).toEqual(["row"]);
    });
  }
});

describe("rendering messages", () => {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: Object.fromEntries(Object.entries(LANGUAGES).map(([l, s]) => [l, { translation: s }])),
    lng: "ky",
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const t = (lng: string) => i18n.getFixedT(lng);

  it("shows a warning by its code with its params, in each language", () => {
    const warning = {
      code: "target_without_unit",
      params: { row: 3, measure: "1", number: 2 },
      message: "№ 1: number 2 has no unit",
    };
    expect(warningText(t("ky"), warning)).toBe("№ 1: 2 санынын өлчөм бирдиги жок");
    expect(warningText(t("ru"), warning)).toBe("№ 1: у числа 2 нет единицы измерения");
    expect(warningText(t("en"), { ...warning, params: { row: 3, number: 2 } })).toBe(
      "row 3: the number 2 has no unit",
    );
  });

  it("falls back to the server's message for an unknown code", () => {
    expect(warningText(t("ky"), { code: "new_kind", params: {}, message: "row 1: something new" })).toBe(
      "row 1: something new",
    );
    expect(errorText(t("en"), new ApiError(418, "teapot", "I am a teapot"))).toBe(
      "Unexpected error: I am a teapot",
    );
  });

  it("shows a warning about the whole document without a row, its group by its kind alone", () => {
    const ocr = { code: "ocr_text", params: { pages: 2, confidence: 87 }, message: "read by OCR" };
    expect(warningText(t("en"), ocr)).toBe(
      "read from a scan by OCR (2 pages, mean word confidence 87%): check names, numbers and sums against the paper",
    );
    expect(warningText(t("ru"), { code: "lost_columns", params: { confidence: 0.92 }, message: "" })).toMatch(
      /^текст потерял столбцы таблицы .* уверенностью 0.92: /,
    );
    expect(warningGroupTitle(t("ky"), "ocr_text", 1)).toBe("скандан OCR менен окулган");
    expect(warningGroupTitle(t("en"), "ocr_low_confidence", 3)).toBe("3 rows: words OCR was unsure of");
  });

  it("says why a cell is less than sure, with OCR's confidence", () => {
    expect(cellReasonText(t("en"), "ocr", { confidence: 41 })).toBe(
      "read by OCR with 41% confidence: compare it with the paper",
    );
    expect(cellReasonText(t("ru"), "unclear_deadline")).toBe("срок не понят");
    expect(cellReasonText(t("ky"), "new_reason")).toBe("new_reason");
  });

  it("titles a group of warnings with its count and plural form", () => {
    expect(warningGroupTitle(t("en"), "target_without_unit", 412)).toBe("412 rows: a number without a unit");
    expect(warningGroupTitle(t("ru"), "no_deadline", 3)).toBe("3 строки: нет срока");
    expect(warningGroupTitle(t("ru"), "no_deadline", 5)).toBe("5 строк: нет срока");
  });

  it("shows an API error by its code with its params, not the server's English", () => {
    const tooLarge = new ApiError(413, "too_large", "the request body is larger than 1 MB", undefined, {
      limitMb: 1,
    });
    expect(errorText(t("ky"), tooLarge)).toBe("Файл же жөнөтүлгөн маалымат өтө чоң. Чеги — 1 МБ.");
    const invalid = new ApiError(400, "invalid_input", "the request does not match the schema", [], {
      fields: "plan.title",
    });
    expect(errorText(t("en"), invalid)).toBe(
      "Some of the data is not filled in correctly. Check: plan.title.",
    );
    expect(errorText(t("ru"), new ApiError(500, "internal", "internal error"))).toMatch(/^Ошибка на сервере/);
  });
});
