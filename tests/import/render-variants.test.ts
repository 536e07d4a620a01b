import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan.ts";
import { formatScore, scorePlan } from "../../src/domain/score.ts";
import { importPlan } from "../../src/importers/import-plan.ts";
import { renderTabText } from "./render-variants.ts";

const GOLDS = [
  "tests/fixtures/seeds/tash-komur-2026.gold.json",
  "tests/fixtures/seeds/chong-alai-2025-2030.gold.json",
  "tests/fixtures/plans/zhany-zher-2025-2027.gold.json",
  "tests/fixtures/plans/ak-zhar-2026-2028.gold.json",
  "tests/fixtures/plans/kara-bulak-2026-2030.gold.json",
];

describe("plans written with other column orders and header wordings import as well", () => {
  for (const path of GOLDS) {
    const gold = JSON.parse(readFileSync(path, "utf8")) as Plan;
    for (const seed of [1, 2, 3]) {
      it(`${path.split("/").pop()} variant ${seed}`, async () => {
        const text = renderTabText(gold, seed);
        const { plan } = await importPlan(new TextEncoder().encode(text), `variant-${seed}.txt`, {
          today: new Date("2026-11-21T00:00:00Z"),
        });
        const score = scorePlan(gold, plan);
        if (score.score < 0.97) console.log(`${text.split("\n")[2]}\n${formatScore(score)}`);
        expect(score.score).toBeGreaterThanOrEqual(0.97);
      });
    }
  }
});
