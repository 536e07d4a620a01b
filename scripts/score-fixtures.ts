/**
 * Imports every fixture and prints its score against its gold; a developer's check, not a test.
 * `npm run -s score -- [NAME-FILTER] [v]` — with "v", the per-field breakdown too.
 */
import { readFileSync } from "node:fs";
import { isAppError } from "../src/domain/errors.ts";
import { formatScore, scorePlan } from "../src/domain/score.ts";
import { importPlan } from "../src/importers/import-plan.ts";
import { listFixtures } from "../tests/import/fixtures.ts";

const [filter, detail] = process.argv.slice(2);
for (const fixture of listFixtures()) {
  if (filter && !fixture.file.includes(filter)) continue;
  try {
    const { plan } = await importPlan(readFileSync(fixture.path), fixture.file, {
      today: new Date("2026-11-21"),
    });
    const score = scorePlan(fixture.gold, plan);
    console.log(fixture.file.padEnd(40), score.score.toFixed(3), fixture.minScore);
    if (detail) console.log(formatScore(score));
  } catch (error) {
    if (!isAppError(error)) throw error;
    console.log(fixture.file.padEnd(40), `ERROR ${error.message}`);
  }
}
