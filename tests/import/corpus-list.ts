/** The import corpus: every gold plan and the renderings of it in tests/fixtures/corpus/. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plan } from "../../src/domain/plan.ts";

/** Folders holding NAME.gold.json files: the seeds, the hand-made fixtures, the corpus's own plans. */
export const GOLD_DIRS = ["tests/fixtures/seeds", "tests/fixtures/plans", "tests/fixtures/corpus/golds"];
/** Where the renderings are written and read. */
export const CORPUS_DIR = "tests/fixtures/corpus";

/** Page sizes a gold is printed on: A4 landscape, A5 portrait (narrow columns), A3 landscape (wide). */
export const PAGE_SIZES = ["a4l", "a5", "a3l"] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
/** Ways the PDF is read back: pdftotext -raw, plain pdftotext, pdftotext -layout, -raw saved in Windows-1251, the PDF itself. */
export const EXTRACTIONS = ["raw", "plain", "layout", "raw-cp1251", "pdf"] as const;
export type Extraction = (typeof EXTRACTIONS)[number];

/** One gold plan of the corpus. */
export interface CorpusGold {
  name: string;
  gold: Plan;
}

/** One rendering: NAME.SIZE.EXTRACTION.txt (or NAME.SIZE.pdf) of a gold. */
export interface Rendering {
  file: string;
  path: string;
  name: string;
  size: PageSize;
  extraction: Extraction;
}

/** Every gold plan, by name. */
export function listGolds(): CorpusGold[] {
  return GOLD_DIRS.filter((d) => existsSync(d)).flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".gold.json"))
      .sort()
      .map((f) => ({
        name: f.replace(/\.gold\.json$/, ""),
        gold: JSON.parse(readFileSync(join(dir, f), "utf8")) as Plan,
      })),
  );
}

const RENDERING = /^(.+)\.(a4l|a5|a3l)\.(?:(raw|plain|layout|raw-cp1251)\.txt|(pdf))$/;

/** Every rendering in the corpus folder, sorted by name. */
export function listRenderings(): Rendering[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .sort()
    .flatMap((file) => {
      const m = RENDERING.exec(file);
      if (!m?.[1] || !m[2]) return [];
      const extraction = (m[3] ?? m[4]) as Extraction;
      return [{ file, path: join(CORPUS_DIR, file), name: m[1], size: m[2] as PageSize, extraction }];
    });
}

/** The score of one rendering against its gold (imported through the real importer). */
export async function scoreRendering(r: Rendering, gold: Plan): Promise<number> {
  const { importPlan } = await import("../../src/importers/import-plan.ts");
  const { scorePlan } = await import("../../src/domain/score.ts");
  const { plan } = await importPlan(readFileSync(r.path), r.file, { today: new Date("2026-11-21") });
  return scorePlan(gold, plan).score;
}
