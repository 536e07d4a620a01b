import { describe, expect, it } from "vitest";
import { LIKELY_WORD_BREAK as COUNTED, WORD_BREAK as MEASURED, mendBrokenWords } from "./broken-words.ts";
import type { Block } from "./table.ts";

const para = (text: string): Block => ({ kind: "paragraph", text });
/** The texts of the blocks after mending, paragraphs and cells alike. */
const mended = (...blocks: Block[]) =>
  mendBrokenWords(blocks).flatMap((b) =>
    b.kind === "paragraph" ? [b.text] : b.rows.flatMap((r) => r.cells),
  );

describe("mendBrokenWords: a break measured to fill its cell (a PDF)", () => {
  it("joins a word whose parts the document does not know as words", () => {
    expect(mended(para(`Создание благоприят${MEASURED}ных условий`))).toEqual([
      "Создание благоприятных условий",
    ]);
  });

  it("keeps apart two words the document spells out elsewhere, with the space of a wrapped line", () => {
    expect(
      mended(
        para(`Районное управление${MEASURED}развития`),
        para("Отдел развития при управлении: управление"),
      ),
    ).toEqual(["Районное управление развития", "Отдел развития при управлении: управление"]);
  });

  it("joins a known word to a piece of one to three letters («переработк|и», «согласовани|ю)»)", () => {
    expect(mended(para(`переработк${MEASURED}и продукции и (по согласовани${MEASURED}ю)`))).toEqual([
      "переработки продукции и (по согласованию)",
    ]);
  });

  it("splits a word broken twice where the document knows the word after the first mark", () => {
    // «Ассоциация» is not known elsewhere, «предпринимателей» is: the first mark stays a space
    expect(
      mended(
        { kind: "table", rows: [{ cells: [`Ассоциация${MEASURED}предприним${MEASURED}ателей`, ""] }] },
        para("Форум предпринимателей"),
      ),
    ).toEqual(["Ассоциация предпринимателей", "", "Форум предпринимателей"]);
  });

  it("joins the digits of a number broken over lines", () => {
    expect(mended(para(`2${MEASURED}5 и 800,${MEASURED}0`))).toEqual(["25 и 800,0"]);
  });

  it("gives back the same blocks when nothing is marked", () => {
    const blocks: Block[] = [para("Бир сөз")];
    expect(mendBrokenWords(blocks)).toEqual(blocks);
  });
});

describe("mendBrokenWords: a break counted in characters (layout text)", () => {
  it("keeps two unknown words apart on their lines: a column's width in characters proves little", () => {
    expect(mended(para(`Ишканаларды${COUNTED}колдоо`))).toEqual(["Ишканаларды\nколдоо"]);
  });

  it("joins a piece of one to three letters, and a word the document knows whole", () => {
    expect(
      mended(para(`2026-2027-жылд${COUNTED}ар`), para(`Карж${COUNTED}ылоо`), para("Каржылоо булагы")),
    ).toEqual(["2026-2027-жылдар", "Каржылоо", "Каржылоо булагы"]);
  });

  it("joins a word the document knows whole though its last piece is a short word it knows too", () => {
    // «туу» is known from «Туу айылы», «туруктуу» from another cell; «турук» is not
    expect(mended(para(`турук${COUNTED}туу`), para("Туу айылы"), para("туруктуу негизде"))).toEqual([
      "туруктуу",
      "Туу айылы",
      "туруктуу негизде",
    ]);
  });

  it("joins a number broken after its decimal separator, not two numbers of a list", () => {
    expect(mended(para(`12 800,${COUNTED}0`), para(`ЖБ – 1,${COUNTED}5 млн`))).toEqual([
      "12 800,0",
      "ЖБ – 1,5 млн",
    ]);
    expect(mended(para(`2${COUNTED}5`), para(`2026,${COUNTED}2027-жылдар`))).toEqual([
      "2\n5",
      "2026,\n2027-жылдар",
    ]);
  });
});
