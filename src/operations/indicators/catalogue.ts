import { asc, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { socioIndicators } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { INDICATOR_CATALOGUE, type IndicatorDefinition } from "../../domain/socio-indicators.ts";
import { write } from "../shared/write.ts";

/** A stored indicator of the catalogue. */
export type StoredIndicator = typeof socioIndicators.$inferSelect;

/** Who the audit log names for seeding the catalogue: the application itself, on first use. */
const SYSTEM: Actor = { userId: null, label: "system:indicator-catalogue", organizationId: null, grants: [] };

const FIELDS = ["nameKy", "nameRu", "unit", "direction", "periodicity", "rollup"] as const;

/** True when a stored row says what the shipped definition says. */
const same = (row: StoredIndicator, d: IndicatorDefinition) => FIELDS.every((f) => row[f] === d[f]);

/**
 * The catalogue, seeded on first use (no migration): a shipped indicator that is missing or
 * differs is upserted in one transaction with one audit row; otherwise this is one SELECT.
 * Indicators added by hand in the store are kept.
 */
export async function ensureCatalogue(db: Db): Promise<StoredIndicator[]> {
  const rows = await db.select().from(socioIndicators).orderBy(asc(socioIndicators.id));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const stale = INDICATOR_CATALOGUE.filter((d) => {
    const row = byCode.get(d.code);
    return !row || !same(row, d);
  });
  if (stale.length === 0) return inCatalogueOrder(rows);
  await write(db, SYSTEM, async (tx, audit) => {
    await tx
      .insert(socioIndicators)
      .values(stale.map((d) => ({ ...d })))
      .onConflictDoUpdate({
        target: socioIndicators.code,
        set: Object.fromEntries(FIELDS.map((f) => [f, sql.raw(`excluded.${snake(f)}`)])),
      });
    await audit({
      action: "seed",
      entity: "indicator_catalogue",
      entityId: null,
      after: stale.map((d) => d.code),
    });
  });
  return inCatalogueOrder(await db.select().from(socioIndicators));
}

const snake = (f: string) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The shipped indicators in the catalogue's order, then any added by hand. */
function inCatalogueOrder(rows: StoredIndicator[]): StoredIndicator[] {
  const order = new Map(INDICATOR_CATALOGUE.map((d, i) => [d.code, i]));
  const rank = (r: StoredIndicator) => order.get(r.code) ?? INDICATOR_CATALOGUE.length + r.id;
  return [...rows].sort((a, b) => rank(a) - rank(b));
}

/** The catalogue's public fields. */
export function indicatorView(row: StoredIndicator) {
  const { code, nameKy, nameRu, unit, direction, periodicity, rollup } = row;
  return { code, nameKy, nameRu, unit, direction, periodicity, rollup };
}

/** `GET /indicators`: the catalogue. */
export async function listIndicators(db: Db) {
  return { items: (await ensureCatalogue(db)).map(indicatorView) };
}
