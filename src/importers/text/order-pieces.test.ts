import { describe, expect, it } from "vitest";
import { isShortColumnWord, shortWordOf } from "./order-costs.ts";
import { goesOnWord, joinedPieces, restsOfWords } from "./order-pieces.ts";
import { toWords } from "./order-words.ts";

const wordsOf = (lines: string[]) => toWords(lines.map((text) => ({ text, afterBreak: false })));
const isDeadlineWord = shortWordOf("deadline") as (w: string) => boolean;
const isFundingWord = shortWordOf("funding") as (w: string) => boolean;

describe("joinedPieces", () => {
  it("reads a date or source word a narrow column broke as one word", () => {
    expect(joinedPieces(wordsOf(["ежегод", "но"]), isDeadlineWord)).toEqual(["ежегодно"]);
    expect(joinedPieces(wordsOf(["постоя", "нно"]), isDeadlineWord)).toEqual(["постоянно"]);
    // «жылды» (five letters) is no piece, so it stays apart from «2026-»; «н» is one: «жылдын»
    expect(joinedPieces(wordsOf(["2026-", "жылды", "н II-"]), isDeadlineWord)).toEqual([
      "2026-",
      "жылдын",
      "II-",
    ]);
    // «кварта» (six letters) is no piece; «лы» is, and «кварталы» a date word
    expect(joinedPieces(wordsOf(["III-", "кварта", "лы"]), isDeadlineWord)).toEqual(["III-", "кварталы"]);
    expect(joinedPieces(wordsOf(["Не", "требует", "ся"]), isFundingWord)).toEqual(["Не", "требуется"]);
    expect(joinedPieces(wordsOf(["Каржыл", "оо талап"]), isFundingWord)).toEqual(["Каржылоо", "талап"]);
    // «керектел бейт» («керектелбейт» written apart): «керекте» is no piece to glue to «Каржылоо»,
    // «л» is one, and «керектел» a source word
    expect(joinedPieces(wordsOf(["Каржылоо", "керекте", "л бейт"]), isFundingWord)).toEqual([
      "Каржылоо",
      "керектел",
      "бейт",
    ]);
    expect(joinedPieces(wordsOf(["ЖБ –", "0,8 млн", "сом;", "Демөөр", "чү – 0,4"]), isFundingWord)).toEqual([
      "ЖБ",
      "–",
      "0,8",
      "млн",
      "сом;",
      "Демөөрчү",
      "–",
      "0,4",
    ]);
  });

  it("glues nothing into a word the column does not know, nor a line that is a word of its own", () => {
    // «Айылжашоочулары» is no date word: a sentence is not made cheaper as a deadline
    expect(joinedPieces(wordsOf(["Айыл", "жашоочулары"]), isDeadlineWord)).toBeUndefined();
    // «сайын» is a date word already: «жыл» «сайын» stay two words
    expect(joinedPieces(wordsOf(["Жыл", "сайын"]), isDeadlineWord)).toBeUndefined();
    // a capital starts no piece; nor does a line after a digit
    expect(joinedPieces(wordsOf(["III", "Квартал"]), isDeadlineWord)).toBeUndefined();
    expect(joinedPieces(wordsOf(["ЖБ 350", "сом"]), isFundingWord)).toBeUndefined();
  });
});

describe("restsOfWords", () => {
  const flagged = (lines: string[]) => {
    const words = wordsOf(lines);
    const rests = restsOfWords(words, isShortColumnWord);
    return words.filter((_, i) => rests[i]).map((w) => w.text);
  };

  it("finds a short lower-case piece completing a word the line above broke", () => {
    // «ежегодно» is a date word, «ежегод» is not
    expect(flagged(["Вакцинация скота", "ежегод", "но", "Районное управление"])).toEqual(["но"]);
    // «согласованию» is nowhere whole, but «ю» is no word of the text and «согласовани» neither
    expect(flagged(["ОАО «Айыл Банк» (по", "согласовани", "ю)", "Развитие сельского хозяйства"])).toEqual([
      "ю)",
    ]);
    // «Жайыт комитети» is written whole in another row
    expect(flagged(["Жайыт комитети жана", "коми", "тети", "Жайыт комитети"])).toEqual(["тети"]);
  });

  it("leaves a line that starts a word of its own, a long line, and a line after a whole word", () => {
    // «и» stands alone elsewhere in the text: «ветеринари|и» is not told from two words
    expect(flagged(["Районное управление", "ветеринари", "и", "Сельское и лесное хозяйство"])).toEqual([]);
    // «айыл» is a whole word of the text («Көк-Жар айыл өкмөтү»)
    expect(flagged(["Көк-Жар айыл өкмөтү", "Жайыт", "айыл"])).toEqual([]);
    // a piece of five letters or more is left to the other costs
    expect(flagged(["перерабаты", "вающей"])).toEqual([]);
    // «Чон-Алай» ends a line and is written whole elsewhere: «айыл» starts its own word
    expect(flagged(["Чон-Алай айыл өкмөтү", "Чон-Алай", "айыл өкмөтү"])).toEqual([]);
  });
});

describe("goesOnWord", () => {
  const pair = (lines: string[]) => {
    const words = wordsOf(lines);
    return [words[words.length - 2], words[words.length - 1]] as const;
  };
  it("is true of a lower-case line that completes a word of the column", () => {
    const [a, b] = pair(["кылын", "байт"]);
    expect(a && b && goesOnWord(a, b, isFundingWord)).toBe(true);
    const [c, d] = pair(["постоя", "нно"]);
    expect(c && d && goesOnWord(c, d, isDeadlineWord)).toBe(true);
  });
  it("is false of a capital, a word of the column on its own, or a word the column does not know", () => {
    const [a, b] = pair(["Жергиликтүү", "Бюджет"]);
    expect(a && b && goesOnWord(a, b, isFundingWord)).toBe(false);
    const [c, d] = pair(["2026", "жыл"]);
    expect(c && d && goesOnWord(c, d, isDeadlineWord)).toBe(false);
    const [e, f] = pair(["Айыл", "өкмөтү"]);
    expect(e && f && goesOnWord(e, f, isFundingWord)).toBe(false);
  });
});
