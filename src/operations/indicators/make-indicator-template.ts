import type { Db } from "../../db/connect.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { ensureCatalogue } from "./catalogue.ts";
import { loadSubtree, loadValueIndex } from "./subtree-figures.ts";
import { buildTemplate } from "./template-workbook.ts";
import { readableTerritory } from "./territory-access.ts";

/**
 * The XLSX template of a territory's subtree for a year (quarter 0: yearly values of every
 * indicator) or a quarter (quarterly indicators only), filled with the values already entered.
 * Who: program.read over the territory (importing it back needs the planner role).
 */
export async function makeIndicatorTemplate(
  db: Db,
  actor: Actor,
  input: { code: string; year: number; quarter: number; language: "ky" | "ru" },
): Promise<{ fileName: string; bytes: Buffer }> {
  if (input.quarter < 0 || input.quarter > 4)
    throw new AppError("invalid_input", "the quarter is 1–4, or 0 for the year");
  const territory = await readableTerritory(db, actor, input.code);
  const catalogue = (await ensureCatalogue(db)).filter(
    (i) => input.quarter === 0 || i.periodicity === "quarter",
  );
  const [subtree, index] = await Promise.all([
    loadSubtree(db, territory.path),
    loadValueIndex(db, territory.path),
  ]);
  const depth = new Map<number, number>([[territory.id, 0]]);
  const ordered = preOrder(subtree, territory.id);
  for (const t of ordered)
    if (t.parentId !== null && t.id !== territory.id) depth.set(t.id, (depth.get(t.parentId) ?? 0) + 1);
  const bytes = await buildTemplate({
    year: input.year,
    quarter: input.quarter,
    language: input.language,
    indicators: catalogue,
    territories: ordered.map((t) => ({
      code: t.code,
      name: input.language === "ru" ? t.nameRu : t.nameKy,
      depth: depth.get(t.id) ?? 0,
      values: new Map(
        catalogue.flatMap((i) => {
          const v = index.get(`${i.id}:${input.year}:${input.quarter}`)?.get(t.id);
          return v === undefined ? [] : [[i.code, v] as const];
        }),
      ),
    })),
  });
  const period = input.quarter === 0 ? `${input.year}` : `${input.year}-Q${input.quarter}`;
  return { fileName: `indicators-${territory.code}-${period}.xlsx`, bytes };
}

/** The subtree parent first, children by code under it. */
function preOrder<T extends { id: number; parentId: number | null; code: string }>(
  all: T[],
  rootId: number,
): T[] {
  const byParent = new Map<number, T[]>();
  for (const t of all)
    if (t.parentId !== null) byParent.set(t.parentId, [...(byParent.get(t.parentId) ?? []), t]);
  const out: T[] = [];
  const visit = (t: T) => {
    out.push(t);
    for (const c of (byParent.get(t.id) ?? []).sort((a, b) => a.code.localeCompare(b.code))) visit(c);
  };
  const root = all.find((t) => t.id === rootId);
  if (root) visit(root);
  return out;
}
