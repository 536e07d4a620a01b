import { describe, expect, it } from "vitest";
import { isPageNumber } from "./paragraphs.ts";

describe("isPageNumber", () => {
  it("knows page numbers alone on a line", () => {
    for (const text of ["3", " 12 ", "- 3 -", "3 / 7", "Page 3 of 7", "Бет 2", "Стр. 4", "стр 4"]) {
      expect(isPageNumber(text), text).toBe(true);
    }
  });

  it("keeps text that only contains a number", () => {
    for (const text of ["2026", "1.", "3 км жол", "№ 5", "12345"]) {
      expect(isPageNumber(text), text).toBe(false);
    }
  });
});
