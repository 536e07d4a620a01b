import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plan } from "../../src/domain/plan.ts";

/** A document to import with the gold plan a person wrote for it. */
export interface Fixture {
  file: string;
  path: string;
  gold: Plan;
  /** The lowest acceptable score (docs/spec/plan-format.md): 0.95 for PDF, 0.97 for the rest. */
  minScore: number;
  /** True when reading it needs LibreOffice. */
  needsOffice: boolean;
}

const DIRS = ["tests/fixtures/seeds", "tests/fixtures/plans"];
const DOCUMENT = /\.(txt|docx|pdf|xlsx|csv|odt|doc|rtf)$/;

/** Every fixture document beside a NAME.gold.json: NAME.ext and NAME.variant.ext. */
export function listFixtures(): Fixture[] {
  return DIRS.filter((dir) => existsSync(dir)).flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => DOCUMENT.test(file))
      .sort()
      .flatMap((file) => {
        const goldPath = join(dir, `${file.split(".")[0]}.gold.json`);
        if (!existsSync(goldPath)) return [];
        const gold = JSON.parse(readFileSync(goldPath, "utf8")) as Plan;
        const minScore = file.endsWith(".pdf") ? 0.95 : 0.97;
        return [{ file, path: join(dir, file), gold, minScore, needsOffice: /\.(odt|doc|rtf)$/.test(file) }];
      }),
  );
}
