import { describe, expect, it } from "vitest";
import {
  charProfile,
  normalizeText,
  similarity,
  similarityNormalized,
  similarityUpperBound,
} from "./text-similarity.ts";

describe("normalizeText", () => {
  it("lower-cases, makes every quote mark a straight double quote and every dash a hyphen", () => {
    expect(normalizeText("«GRK Solar» “ОФ” „x‟ ‘y’")).toBe('"grk solar" "оф" "x" "y"');
    expect(normalizeText("2025–2030 — a―b")).toBe("2025-2030 -a-b");
  });

  it("drops the spaces after a hyphen but keeps the ones before it", () => {
    expect(normalizeText("иш- чаралар")).toBe("иш-чаралар");
    expect(normalizeText("2025 – 2030")).toBe("2025 -2030");
    expect(normalizeText("- Шаардын")).toBe("-шаардын");
  });

  it("collapses whitespace runs (line breaks, tabs, no-break spaces) and trims", () => {
    expect(normalizeText("  a \n\t b\u00a0 c  ")).toBe("a b c");
  });

  it("composes to NFC so a decomposed letter equals its precomposed form", () => {
    expect(normalizeText("и\u0306")).toBe("й");
  });
});

describe("similarity", () => {
  it("is 1 for two empty texts and for texts equal after normalization", () => {
    expect(similarity("", "")).toBe(1);
    expect(similarity("Иш- чаралар  планы", "иш-чаралар планы")).toBe(1);
  });

  it("is 1 − distance / longer length", () => {
    // "орун" → "орундуу": three insertions over seven letters.
    expect(similarity("орун", "орундуу")).toBeCloseTo(1 - 3 / 7, 10);
    expect(similarity("abc", "")).toBe(0);
  });
});

describe("similarityUpperBound", () => {
  it("never falls below the true similarity", () => {
    const texts = ["жол курулушу", "жолдорду оңдоо", "мектеп куруу", "", "abc", "cba"];
    for (const a of texts) {
      for (const b of texts) {
        const bound = similarityUpperBound(a, charProfile(a), b, charProfile(b));
        expect(bound).toBeGreaterThanOrEqual(similarityNormalized(a, b) - 1e-12);
      }
    }
  });

  it("rules out texts with no letters in common", () => {
    expect(similarityUpperBound("ааа", charProfile("ааа"), "ббб", charProfile("ббб"))).toBe(0);
  });
});
