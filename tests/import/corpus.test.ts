/**
 * The import corpus (scripts/corpus/render-corpus.ts): every gold plan printed to PDF on three page
 * sizes and read back by pdftotext three ways. Each rendering must score at least what it scored
 * when its minimum was set (tests/import/corpus-minimums.ts); text that lost its columns (plain
 * pdftotext) must be refused with the reason instead. The goal is 0.95 everywhere (issue 12).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isAppError } from "../../src/domain/errors.ts";
import { importPlan } from "../../src/importers/import-plan.ts";
import { listGolds, listRenderings, scoreRendering } from "./corpus-list.ts";
import { MINIMUMS } from "./corpus-minimums.ts";

const golds = new Map(listGolds().map((g) => [g.name, g.gold]));
const renderings = listRenderings();
const TODAY = { today: new Date("2026-11-21") };

describe("import corpus", () => {
  it("has a gold and a minimum for every rendering, and renders every gold", () => {
    expect(renderings.length).toBeGreaterThanOrEqual(golds.size * 3 * 4);
    for (const r of renderings) {
      expect(golds.has(r.name), r.file).toBe(true);
      expect(MINIMUMS[r.file], r.file).toBeDefined();
    }
    for (const name of golds.keys())
      expect(
        renderings.some((r) => r.name === name),
        name,
      ).toBe(true);
  });

  for (const r of renderings) {
    const minimum = MINIMUMS[r.file];
    if (minimum === "refused") {
      // Not read today (none is, since A5 -layout text is read): asserted so the day it is read shows.
      it(`${r.file}: refused today with an error naming the file`, async () => {
        const error = await importPlan(readFileSync(r.path), r.file, TODAY).catch((e: unknown) => e);
        expect(isAppError(error) && error.code).toBe("no_action_table");
        expect(String((error as Error).message)).toContain(r.file);
      }, 60_000);
      continue;
    }
    if (minimum === "lost-columns") {
      it(`${r.file}: refused, the text lost its columns`, async () => {
        const error = await importPlan(readFileSync(r.path), r.file, TODAY).catch((e: unknown) => e);
        expect(isAppError(error) && error.code).toBe("no_action_table");
        expect(String((error as Error).message)).toMatch(/lost its columns.*-layout.*confidence \d\.\d\d/);
      }, 60_000);
      continue;
    }
    it(`${r.file} scores at least ${minimum}`, async () => {
      const gold = golds.get(r.name);
      if (!gold || minimum === undefined) throw new Error(`no gold or minimum for ${r.file}`);
      expect(await scoreRendering(r, gold)).toBeGreaterThanOrEqual(minimum);
    }, 60_000);
  }

  it("reads a Windows-1251 text exactly as its UTF-8 twin", async () => {
    const twins = renderings.filter((r) => r.extraction === "raw-cp1251");
    expect(twins.length).toBeGreaterThan(0);
    for (const r of twins) {
      const utf8 = r.path.replace(".raw-cp1251.txt", ".raw.txt");
      expect(readFileSync(r.path).length).toBeLessThan(readFileSync(utf8).length); // one byte a letter: really 1251
      const fromCp1251 = await importPlan(readFileSync(r.path), r.file, TODAY);
      const fromUtf8 = await importPlan(readFileSync(utf8), r.file, TODAY);
      expect(fromCp1251.plan).toEqual(fromUtf8.plan);
    }
  }, 60_000);
});
