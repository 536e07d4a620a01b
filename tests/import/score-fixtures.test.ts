import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatScore, scorePlan } from "../../src/domain/score.ts";
import { importPlan } from "../../src/importers/import-plan.ts";
import { listFixtures } from "./fixtures.ts";

const hasOffice = (() => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
})();
if (!hasOffice)
  console.warn("\n*** LibreOffice (soffice) is not installed: .odt/.doc/.rtf fixtures are SKIPPED ***\n");

describe("every fixture imports at its required score", () => {
  const fixtures = listFixtures();
  it("finds the seeds and our own plans", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });
  for (const fixture of fixtures) {
    it.skipIf(fixture.needsOffice && !hasOffice)(
      `${fixture.file} ≥ ${fixture.minScore}`,
      async () => {
        const { plan } = await importPlan(readFileSync(fixture.path), fixture.file, {
          today: new Date("2026-11-21T00:00:00Z"),
        });
        const score = scorePlan(fixture.gold, plan);
        if (score.score < fixture.minScore) console.log(`${fixture.file}\n${formatScore(score)}`);
        expect(score.score).toBeGreaterThanOrEqual(fixture.minScore);
      },
      120_000,
    );
  }
});
