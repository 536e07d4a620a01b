import { readFileSync } from "node:fs";
import { importPlan } from "../src/importers/import-plan.ts";
import { scorePlan, formatScore } from "../src/domain/score.ts";
import { listFixtures } from "../tests/import/fixtures.ts";
process.chdir("/work/main");
for (const f of listFixtures()) {
  if (process.argv[2] && !f.file.includes(process.argv[2])) continue;
  try {
    const { plan, warnings } = await importPlan(readFileSync(f.path), f.file, { today: new Date("2026-11-21") });
    const s = scorePlan(f.gold, plan);
    console.log(f.file.padEnd(40), s.score.toFixed(3), f.minScore, process.argv[3] ? "\n" + formatScore(s) : "");
  } catch (e) { console.log(f.file, "ERROR", (e as Error).message.slice(0, 300)); }
}
