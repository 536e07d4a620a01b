import { describe, expect, it } from "vitest";
import { formatters, intlLocale } from "./format.ts";

const som = (amount: string) => `${amount} сом`;

describe("formatters", () => {
  it("Russian: grouped digits with a narrow space, comma decimals, Russian month names", () => {
    const f = formatters("ru", som);
    expect(f.number(1234567.5).replace(/\s/g, " ")).toBe("1 234 567,5");
    expect(f.money(250000).replace(/\s/g, " ")).toBe("250 000 сом");
    expect(f.day("2026-09-30")).toBe("30 сентября 2026 г.");
    expect(f.percent(9.25).replace(/\s/g, " ")).toBe("9,3 %");
  });

  it("English: comma thousands, point decimals", () => {
    const f = formatters("en", som);
    expect(f.number(1234567.5)).toBe("1,234,567.5");
    expect(f.day("2026-01-05")).toBe("5 January 2026");
  });

  it("Kyrgyz: a Kyrgyz date whether or not Intl has Kyrgyz data", () => {
    const f = formatters("ky", som);
    // CLDR's long Kyrgyz date is "2025-ж., 26-декабрь" (the fallback writes the same)
    expect(f.day("2025-12-26")).toMatch(/^2025-ж\.,? 26-декабр/);
    expect(intlLocale("ky")).toMatch(/^(ky|ru)/);
  });

  it("a day is a calendar day, never shifted by the time zone", () => {
    expect(formatters("en", som).day("2026-03-01")).toBe("1 March 2026");
  });
});
