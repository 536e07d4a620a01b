/**
 * What backup and restore read from the database's own catalog, so that a table or column added
 * by a later migration is carried without touching them: the tables in foreign-key order, their
 * columns, primary keys, self-references and serial columns, and the applied migrations.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";

/** One table of the public schema as backup and restore need it. */
export interface TableInfo {
  name: string;
  columns: string[];
  /** Order of the dump: the primary key (every table has one). */
  primaryKey: string[];
  /** Columns referencing the same table (a territory's parent): inserted null, then set. */
  selfReferences: string[];
  /** Columns fed by a sequence (serial ids), reset after a restore. */
  serials: string[];
}

/** The rows of a raw query on either driver. */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

/** Double-quotes an identifier. */
export function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The public tables, parents before children (ties by name, so the order is stable). */
export async function listTables(db: Db): Promise<TableInfo[]> {
  const columns = await rowsOf<{ table: string; column: string; serial: boolean }>(
    db,
    sql`select table_name as "table", column_name as "column",
          coalesce(column_default like 'nextval(%', false) as serial
        from information_schema.columns where table_schema = 'public'
        order by table_name, ordinal_position`,
  );
  const keys = await rowsOf<{ table: string; parent: string; kind: string; columns: string[] }>(
    db,
    sql`select cl.relname as "table", coalesce(pa.relname, '') as parent, c.contype as kind,
          array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i)
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns
        from pg_constraint c
        join pg_class cl on cl.oid = c.conrelid
        join pg_namespace ns on ns.oid = cl.relnamespace and ns.nspname = 'public'
        left join pg_class pa on pa.oid = c.confrelid
        where c.contype in ('f', 'p')`,
  );
  const tables = new Map<string, TableInfo>();
  for (const c of columns) {
    const table = tables.get(c.table) ?? {
      name: c.table,
      columns: [],
      primaryKey: [],
      selfReferences: [],
      serials: [],
    };
    table.columns.push(c.column);
    if (c.serial) table.serials.push(c.column);
    tables.set(c.table, table);
  }
  const parents = new Map<string, Set<string>>([...tables.keys()].map((name) => [name, new Set()]));
  for (const k of keys) {
    const table = tables.get(k.table);
    if (!table) continue;
    if (k.kind === "p") table.primaryKey = k.columns;
    else if (k.parent === k.table) table.selfReferences.push(...k.columns);
    else parents.get(k.table)?.add(k.parent);
  }
  return dependencyOrder(tables, parents);
}

function dependencyOrder(tables: Map<string, TableInfo>, parents: Map<string, Set<string>>): TableInfo[] {
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  const names = [...tables.keys()].sort();
  while (done.size < names.length) {
    const ready = names.filter(
      (n) => !done.has(n) && [...(parents.get(n) ?? [])].every((p) => done.has(p) || !tables.has(p)),
    );
    // A cycle between two tables would need deferred constraints; the schema has none, so say so.
    if (ready.length === 0)
      throw new Error(`foreign keys form a cycle among ${names.filter((n) => !done.has(n))}`);
    for (const n of ready) {
      done.add(n);
      ordered.push(tables.get(n) as TableInfo);
    }
  }
  return ordered;
}

/** The hashes of the applied migrations, oldest first (empty before the first migration). */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const [exists] = await rowsOf<{ found: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as found`,
  );
  if (!exists?.found) return [];
  const rows = await rowsOf<{ hash: string }>(
    db,
    sql`select hash from drizzle.__drizzle_migrations order by created_at, id`,
  );
  return rows.map((r) => r.hash);
}

/** Row counts of every table. */
export async function countRows(db: Db, tables: TableInfo[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const [row] = await rowsOf<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${quote(t.name)}`));
    counts[t.name] = row?.n ?? 0;
  }
  return counts;
}
