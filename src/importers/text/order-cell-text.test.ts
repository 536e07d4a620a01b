import { describe, expect, it } from "vitest";
import { LIKELY_WORD_BREAK as MARK, WORD_BREAK } from "../broken-words.ts";
import { spanText } from "./order-cell-text.ts";
import { shortWordOf } from "./order-costs.ts";
import type { Span } from "./order-path.ts";
import { toWords } from "./order-words.ts";

/** The text of one cell made of all the given lines. */
const cellOf = (lines: string[], width: number | undefined, columnWord?: (word: string) => boolean) => {
  const words = toWords(lines.map((text) => ({ text, afterBreak: false })));
  const span: Span = { from: 0, to: words.length, column: 0, pagePart: false, opensRow: true };
  return spanText(words, span, width, columnWord);
};

describe("spanText", () => {
  it("marks a break after a one-word line that fills the column and goes on in lower case", () => {
    // «кооператив» is 10 letters in a column of 10 (within 2): perhaps «кооперативи» broken
    expect(cellOf(["Айыл чарба", "кооператив", "и"], 10)).toBe(`Айыл чарба\nкооператив${MARK}и`);
    expect(cellOf(["2026-жылдын", "II-кварта", "лы"], 11)).toBe(`2026-жылдын\nII-кварта${MARK}лы`);
    // a sum broken between digits («800,|0»)
    expect(cellOf(["ЖБ –", "800,", "0"], 5)).toBe(`ЖБ –\n800,${MARK}0`);
  });

  it("keeps a line break after a short word, a line of two words, before a capital, or with no width known", () => {
    // «Мал» (3 letters) in a column of 10 did not fill it: two words
    expect(cellOf(["Мал", "чарбасынын"], 10)).toBe("Мал\nчарбасынын");
    expect(cellOf(["Суу пайдалануу", "чулар"], 14)).toBe("Суу пайдалануу\nчулар");
    expect(cellOf(["Отдел", "Образования"], 5)).toBe("Отдел\nОбразования");
    expect(cellOf(["кооператив", "и"], undefined)).toBe("кооператив\nи");
  });

  it("joins the words of one line with a space", () => {
    expect(cellOf(["Ремонт школы в селе"], 30)).toBe("Ремонт школы в селе");
  });

  it("marks as measured a break whose sides spell a word of a deadline or funding cell, whatever the width", () => {
    const funding = shortWordOf("funding");
    const deadline = shortWordOf("deadline");
    // «кылынбайт» and «Каржылоо» are source words; «байт», «лоо» alone are not
    expect(cellOf(["Каржы", "лоо талап кылын", "байт"], 12, funding)).toBe(
      `Каржы${WORD_BREAK}лоо талап кылын${WORD_BREAK}байт`,
    );
    expect(cellOf(["Не требует", "ся"], 30, funding)).toBe(`Не требует${WORD_BREAK}ся`);
    expect(cellOf(["ежегод", "но"], undefined, deadline)).toBe(`ежегод${WORD_BREAK}но`);
    // «жыл» «сайын»: «сайын» is a date word itself, so two words
    expect(cellOf(["жыл", "сайын"], 6, deadline)).toBe("жыл\nсайын");
    // a sentence column knows no such words: the width alone decides
    expect(cellOf(["Не требует", "ся"], 30)).toBe("Не требует\nся");
  });
});
