import { describe, expect, it } from "vitest";
import { joinBrokenNumbers, rowNumberLines } from "./order-numbers.ts";

const body = (...texts: string[]) => texts.map((text) => ({ text, afterBreak: false }));

describe("joinBrokenNumbers", () => {
  it("joins a row number a narrow № column broke over two lines when it goes on from the one before", () => {
    const lines = body("9 Суу түтүгүн оңдоо", "2026-жыл", "1", "0", "Мектеп куруу", "2027-жыл");
    expect(joinBrokenNumbers(lines).map((l) => l.text)).toEqual([
      "9 Суу түтүгүн оңдоо",
      "2026-жыл",
      "10",
      "Мектеп куруу",
      "2027-жыл",
    ]);
  });

  it("leaves a sum wrapped at its thousands, and digits that make no next number", () => {
    const lines = body("3 Мектеп куруу", "2", "500,0", "4 Жол куруу", "7", "1", "Бала бакча");
    // "2" + "500,0" is a sum; after row 4, "7" + "1" would be 71
    expect(joinBrokenNumbers(lines)).toEqual(lines);
  });
});

describe("rowNumberLines", () => {
  it("drops a number alone on its line where the rows keep their numbers beside their text", () => {
    const lines = body(
      "1 Ветеринардык пункт куруу",
      "2026-жыл 2",
      "2",
      "500,0",
      "2 Каналды тазалоо",
      "3 Көчөт отургузуу",
      "4 Мектеп оңдоо",
    );
    expect([...rowNumberLines(lines)].sort()).toEqual([0, 4, 5, 6]);
  });

  it("prefers the chain whose numbers are followed by a capital to one with a quantity («3 рабочих места»)", () => {
    const lines = body("1 Пункт ачуу", "3 рабочих места", "2 Каналды тазалоо", "3 Көчөт отургузуу");
    expect([...rowNumberLines(lines)].sort()).toEqual([0, 2, 3]);
  });

  it("starts no row at a sum written in thousands after a row's text («6 500,0 2027-», «4 200,0 2026 г.»)", () => {
    const kyrgyz = body(
      "5 Мектептин спорт залын куруу",
      "6 500,0 2027-",
      "жылдын",
      "6 Таза суу түтүгүн узартуу",
      "9 300,0 2025-",
      "жылдар",
      "7 Айылдык клубду оңдоо 750,0 2029-",
    );
    expect([...rowNumberLines(kyrgyz)].sort()).toEqual([0, 3, 6]);
    const russian = body(
      "3 Ремонт дороги",
      "4 200,0 2026 г.",
      "4 Открытие детского сада",
      "5 Озеленение улиц",
    );
    expect([...rowNumberLines(russian)].sort()).toEqual([0, 2, 3]);
  });
});
