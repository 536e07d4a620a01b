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

const GOLD_DIRS = ["tests/fixtures/seeds", "tests/fixtures/plans"];
/** Documents derived from a seed or plan (other renderings, e.g. pdftotext -layout) kept apart. */
const DERIVED_DIR = "tests/fixtures/text";
const DIRS = [...GOLD_DIRS, DERIVED_DIR];
const DOCUMENT = /\.(txt|docx|pdf|xlsx|csv|odt|doc|rtf)$/;

/** Where NAME.gold.json lies for a document in dir: beside it, or for a derived one in a gold dir. */
function goldPathOf(dir: string, name: string): string | undefined {
  const candidates = dir === DERIVED_DIR ? GOLD_DIRS : [dir];
  return candidates.map((d) => join(d, `${name}.gold.json`)).find((p) => existsSync(p));
}

/**
 * Every fixture document with its gold: NAME.ext and NAME.variant.ext beside NAME.gold.json, and
 * documents in tests/fixtures/text/ whose NAME.gold.json is in seeds/ or plans/.
 */
export function listFixtures(): Fixture[] {
  return DIRS.filter((dir) => existsSync(dir)).flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => DOCUMENT.test(file))
      .sort()
      .flatMap((file) => {
        const goldPath = goldPathOf(dir, file.split(".")[0] ?? file);
        if (!goldPath) return [];
        const gold = JSON.parse(readFileSync(goldPath, "utf8")) as Plan;
        const minScore = file.endsWith(".pdf") ? 0.95 : 0.97;
        return [{ file, path: join(dir, file), gold, minScore, needsOffice: /\.(odt|doc|rtf)$/.test(file) }];
      }),
  );
}
