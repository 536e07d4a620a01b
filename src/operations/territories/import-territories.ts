import { eq, like, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { territories } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { lineError, parseTerritoryCsv, type TerritoryRow } from "../../domain/territory-csv.ts";
import type { TerritoryImport } from "../../domain/views/rollup.ts";
import { type Audit, write } from "../shared/write.ts";
import { insertTerritory } from "./insert-territory.ts";

type Territory = typeof territories.$inferSelect;
type Field = "parent" | "level" | "nameKy" | "nameRu" | "validFrom" | "validTo" | "successor";

/**
 * Loads a territory register (CSV, see src/domain/territory-csv.ts) in one transaction: a code not
 * yet known is added under its parent, a known one whose parent, level, names, dates or successor
 * differ is updated (a new parent moves its subtree), an identical one is left alone. Each write is
 * one audit row, so re-importing the same file changes nothing and writes none. Adding or changing
 * a territory needs the admin role over its parent (the republic: over everything, i.e. the CLI).
 * Any bad row — its line is named — and nothing is changed.
 */
export async function importTerritories(db: Db, actor: Actor, csv: string): Promise<TerritoryImport> {
  const rows = parseTerritoryCsv(csv);
  return write(db, actor, async (tx, audit) => {
    const byCode = new Map((await tx.select().from(territories)).map((t) => [t.code, t]));
    const before = new Map(byCode);
    const changed = new Map<string, { row: TerritoryRow; fields: Set<Field> }>();
    const created = new Set<string>();
    const mark = (row: TerritoryRow, fields: Field[]) => {
      const entry = changed.get(row.code) ?? { row, fields: new Set<Field>() };
      for (const f of fields) entry.fields.add(f);
      changed.set(row.code, entry);
    };
    const reload = async (path: string) => {
      for (const t of await tx
        .select()
        .from(territories)
        .where(like(territories.path, `${path}%`)))
        byCode.set(t.code, t);
    };
    const parentPathOf = (t: Territory | undefined | null) => t?.path ?? "/";
    const mayAdmin = (row: TerritoryRow, path: string, what: string) => {
      if (!allows(actor, "admin.manage", path))
        throw new AppError(
          "forbidden",
          `line ${row.line}: ${what} ${row.code} needs the admin role over its parent`,
          { line: row.line },
        );
    };

    for (const row of parentsFirst(rows)) {
      const parent = row.parentCode === null ? null : byCode.get(row.parentCode);
      if (parent === undefined)
        throw lineError(row.line, `parent code ${row.parentCode} is neither in the file nor in the register`);
      const old = byCode.get(row.code);
      if (!old) {
        mayAdmin(row, parentPathOf(parent), "adding territory");
        byCode.set(row.code, await insertTerritory(tx, values(row, parent), parentPathOf(parent)));
        created.add(row.code);
        continue;
      }
      const fields = differences(old, row, parent);
      if (fields.length === 0) continue;
      const oldParent = [...byCode.values()].find((t) => t.id === old.parentId) ?? null;
      mayAdmin(row, parentPathOf(oldParent), "changing territory");
      if (fields.includes("parent")) {
        if (parent?.path.startsWith(old.path))
          throw lineError(row.line, `territory ${row.code} cannot move under its own subtree`);
        mayAdmin(row, parentPathOf(parent), "moving territory");
        const path = `${parentPathOf(parent)}${old.id}/`;
        await tx
          .update(territories)
          .set({ path: sql`${path} || substr(${territories.path}, ${old.path.length + 1})` })
          .where(like(territories.path, `${old.path}%`));
        await reload(path);
      }
      const [updated] = await tx
        .update(territories)
        .set({ ...values(row, parent), rowVersion: sql`${territories.rowVersion} + 1` })
        .where(eq(territories.id, old.id))
        .returning();
      byCode.set(row.code, updated as Territory);
      mark(row, fields);
    }

    // Successors last: a successor may be a territory the same file adds.
    for (const row of rows) {
      const current = byCode.get(row.code) as Territory;
      const successor = row.successorCode === null ? null : byCode.get(row.successorCode);
      if (successor === undefined)
        throw lineError(
          row.line,
          `successor code ${row.successorCode} is neither in the file nor in the register`,
        );
      if ((successor?.id ?? null) === current.successorId) continue;
      // One import is one new row version, however many of its fields change.
      const bump = !created.has(row.code) && !changed.has(row.code);
      if (!created.has(row.code)) {
        const parent = [...byCode.values()].find((t) => t.id === current.parentId) ?? null;
        mayAdmin(row, parentPathOf(parent), "changing territory");
        mark(row, ["successor"]);
      }
      const [updated] = await tx
        .update(territories)
        .set({
          successorId: successor?.id ?? null,
          ...(bump ? { rowVersion: sql`${territories.rowVersion} + 1` } : {}),
        })
        .where(eq(territories.id, current.id))
        .returning();
      byCode.set(row.code, updated as Territory);
    }
    assertNoSuccessorCycle(rows, byCode);
    return summarize(rows, { byCode, before, created, changed }, audit);
  });
}

// The columns a row sets (successor apart: it is set once every row exists).
function values(row: TerritoryRow, parent: Territory | null) {
  return {
    code: row.code,
    parentId: parent?.id ?? null,
    level: row.level,
    nameKy: row.nameKy,
    nameRu: row.nameRu,
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}

// What a row would change on a stored territory, successor apart.
function differences(old: Territory, row: TerritoryRow, parent: Territory | null): Field[] {
  const fields: Field[] = [];
  if (old.parentId !== (parent?.id ?? null)) fields.push("parent");
  if (old.level !== row.level) fields.push("level");
  if (old.nameKy !== row.nameKy) fields.push("nameKy");
  if (old.nameRu !== row.nameRu) fields.push("nameRu");
  if (old.validFrom !== row.validFrom) fields.push("validFrom");
  if (old.validTo !== row.validTo) fields.push("validTo");
  return fields;
}

// The rows ordered so that a parent in the file comes before its children; a loop is an error.
function parentsFirst(rows: TerritoryRow[]): TerritoryRow[] {
  const inFile = new Map(rows.map((r) => [r.code, r]));
  const done = new Set<string>();
  const order: TerritoryRow[] = [];
  const visit = (row: TerritoryRow, trail: Set<string>) => {
    if (done.has(row.code)) return;
    if (trail.has(row.code)) throw lineError(row.line, `territory ${row.code} is its own ancestor`);
    trail.add(row.code);
    const parent = row.parentCode === null ? undefined : inFile.get(row.parentCode);
    if (parent) visit(parent, trail);
    done.add(row.code);
    order.push(row);
  };
  for (const row of rows) visit(row, new Set());
  return order;
}

// Successor chains must end: A → B → A would count programs nowhere.
function assertNoSuccessorCycle(rows: TerritoryRow[], byCode: Map<string, Territory>) {
  const byId = new Map([...byCode.values()].map((t) => [t.id, t]));
  for (const row of rows) {
    const start = byCode.get(row.code) as Territory;
    let at: Territory | undefined = start;
    for (let steps = 0; at?.successorId != null; steps++) {
      at = byId.get(at.successorId);
      if (at?.id === start.id || steps > byId.size)
        throw lineError(row.line, `the successors of ${row.code} lead back to it`);
    }
  }
}

// One audit row per territory added or changed; the counts and the changes.
async function summarize(
  rows: TerritoryRow[],
  state: {
    byCode: Map<string, Territory>;
    before: Map<string, Territory>;
    created: Set<string>;
    changed: Map<string, { row: TerritoryRow; fields: Set<Field> }>;
  },
  audit: Audit,
): Promise<TerritoryImport> {
  const changes: TerritoryImport["changes"] = [];
  for (const row of rows) {
    const after = state.byCode.get(row.code) as Territory;
    if (state.created.has(row.code)) {
      await audit({ action: "create", entity: "territory", entityId: after.id, after });
      changes.push({ line: row.line, code: row.code, action: "create", fields: [] });
    } else {
      const entry = state.changed.get(row.code);
      if (!entry) continue;
      const fields = [...entry.fields].sort();
      await audit({
        action: "update",
        entity: "territory",
        entityId: after.id,
        before: state.before.get(row.code),
        after: { ...after, fields, source: "import" },
      });
      changes.push({ line: row.line, code: row.code, action: "update", fields });
    }
  }
  const updated = changes.filter((c) => c.action === "update").length;
  return {
    rows: rows.length,
    created: state.created.size,
    updated,
    unchanged: rows.length - state.created.size - updated,
    changes,
  };
}
