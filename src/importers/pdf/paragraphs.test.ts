import { describe, expect, it } from "vitest";
import { isPageNumber, readParagraphs } from "./paragraphs.ts";

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

describe("readParagraphs", () => {
  const piece = (text: string, y: number, size: number) => ({ text, x: 50, y, width: 100, size });

  it("starts a new paragraph where the font size changes, as a title under a stamp", () => {
    const pieces = [
      piece("Приложение 1", 800, 11),
      piece("к распоряжению от 3 марта 2026 г.", 787, 11),
      piece("ПЛАН МЕРОПРИЯТИЙ", 772, 13),
      piece("на 2026–2028 годы", 757, 13),
    ];
    expect(readParagraphs(pieces).map((p) => p.text)).toEqual([
      "Приложение 1\nк распоряжению от 3 марта 2026 г.",
      "ПЛАН МЕРОПРИЯТИЙ\nна 2026–2028 годы",
    ]);
  });
});
