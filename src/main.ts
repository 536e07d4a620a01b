import { readFile } from "node:fs/promises";
import { summarize } from "./cli/import-command.ts";
import { importPlan } from "./importers/import-plan.ts";

/** The demo plans `npm start` imports until the web application arrives. */
const DEMO_PLANS = [
  "tests/fixtures/seeds/tash-komur-2026.docx",
  "tests/fixtures/seeds/chong-alai-2025-2030.pdf",
];

for (const file of DEMO_PLANS) {
  const { plan, warnings } = await importPlan(await readFile(file), file);
  process.stdout.write(`\n== ${file}\n${summarize(plan, warnings)}\n`);
}
