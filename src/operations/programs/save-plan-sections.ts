import { eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { sections } from "../../db/schema.ts";
import type { Plan } from "../../domain/plan.ts";

type SectionRow = typeof sections.$inferSelect;

/** "1 Экономика/1.1 Өнөр жайы": a section told apart by its own and its parents' code and title. */
function keyOf(code: string | null, title: string, parentKey: string): string {
  return `${parentKey}/${(code ?? "").trim().toLowerCase()} ${title.trim().toLowerCase().replace(/\s+/g, " ")}`;
}

/**
 * Makes the program's sections those of the plan: a section with the same code, title and parents
 * as a stored one keeps its row (so removed measures keep theirs too); the rest are added. Stored
 * sections the plan no longer has get position -1: out of the current version, kept for history.
 * Returns plan section id → row id.
 */
export async function syncSections(tx: Db, programId: number, plan: Plan): Promise<Map<string, number>> {
  const stored = await tx.select().from(sections).where(eq(sections.programId, programId));
  const storedKeys = keysOfRows(stored);
  const free = new Map<string, SectionRow[]>();
  for (const row of stored) {
    const key = storedKeys.get(row.id) as string;
    free.set(key, [...(free.get(key) ?? []), row]);
  }
  const planKeys = new Map<string, string>();
  const ids = new Map<string, number>();
  const used = new Set<number>();
  for (const [position, s] of plan.sections.entries()) {
    const parentKey = s.parent === null ? "" : (planKeys.get(s.parent) ?? "");
    const key = keyOf(s.code, s.title, parentKey);
    planKeys.set(s.id, key);
    const reuse = free.get(key)?.shift();
    const parentId = s.parent === null ? null : (ids.get(s.parent) ?? null);
    if (reuse) {
      used.add(reuse.id);
      ids.set(s.id, reuse.id);
      await tx.update(sections).set({ position, parentId }).where(eq(sections.id, reuse.id));
    } else {
      const [row] = await tx
        .insert(sections)
        .values({ programId, parentId, code: s.code, title: s.title, position })
        .returning({ id: sections.id });
      ids.set(s.id, (row as { id: number }).id);
    }
  }
  for (const row of stored)
    if (!used.has(row.id) && row.position >= 0)
      await tx.update(sections).set({ position: -1 }).where(eq(sections.id, row.id));
  return ids;
}

/** Keys of stored sections, following parent links. */
function keysOfRows(rows: SectionRow[]): Map<number, string> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const keys = new Map<number, string>();
  const keyFor = (row: SectionRow, depth: number): string => {
    const known = keys.get(row.id);
    if (known !== undefined) return known;
    const parent = row.parentId === null ? undefined : byId.get(row.parentId);
    const key = keyOf(row.code, row.title, parent && depth < 50 ? keyFor(parent, depth + 1) : "");
    keys.set(row.id, key);
    return key;
  };
  for (const row of rows) keyFor(row, 0);
  return keys;
}
