import { describe, expect, it } from "vitest";
import { closesClause, endingCost } from "./order-costs.ts";

describe("endingCost", () => {
  it("charges a sentence cell ending on a Kyrgyz possessive dative, which wants its verb after it", () => {
    expect(endingCost("task", "дарыясына")).toBeGreaterThan(0);
    expect(endingCost("action", "айылына,")).toBeGreaterThan(0);
    expect(endingCost("result", "көчөсүнө")).toBeGreaterThan(0);
    // a dative in a cell's middle is no end: "жакшыртуу" and "куруу" end actions freely
    expect(endingCost("action", "куруу")).toBe(0);
    expect(endingCost("task", "жакшыртуу")).toBe(0);
  });
});

describe("closesClause", () => {
  it("is true of a Kyrgyz verbal noun, not of a genitive, a connector or a Russian noun", () => {
    expect(closesClause("киргизүү")).toBe(true);
    expect(closesClause("оңдоо")).toBe(true);
    expect(closesClause("жерлердин")).toBe(false);
    expect(closesClause("жана")).toBe(false);
    expect(closesClause("ремонт")).toBe(false);
  });
});
