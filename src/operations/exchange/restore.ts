import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { sql } from "drizzle-orm";
import JSZip from "jszip";
import type { Db } from "../../db/connect.ts";
import { AppError } from "../../domain/errors.ts";
import {
  ATTACHMENTS,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupManifest,
  ManifestSchema,
  sha256,
  tableEntry,
} from "./backup.ts";
import { appliedMigrations, countRows, listTables, quote, rowsOf, type TableInfo } from "./backup-catalog.ts";

const BATCH_ROWS = 1000;

/** A checked archive: its manifest, each table's JSON lines, each attachment's bytes. */
interface Archive {
  manifest: BackupManifest;
  rows: Map<string, string[]>;
  files: Map<string, Uint8Array>;
}

/**
 * Restores an archive made by `backup` into an EMPTY, migrated database of either engine, in one
 * transaction; then resets every serial sequence past the restored ids and writes the attachment
 * files. Refuses a damaged archive, another format or version, a schema it does not fit, or a
 * database that already holds rows, changing nothing.
 */
export async function restore(db: Db, dataDir: string, file: string): Promise<BackupManifest> {
  const archive = await readArchive(file);
  const { manifest } = archive;
  const applied = await appliedMigrations(db);
  const prefix = manifest.schemaMigrations.every((hash, i) => applied[i] === hash);
  if (!prefix)
    throw new AppError(
      "invalid_input",
      `${file}: made by a database at migration ${manifest.schemaMigrations.length}, which this database (migration ${applied.length}) does not share; restore it with the program version that made it`,
    );
  await db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    const tables = await listTables(txDb);
    const counts = await countRows(txDb, tables);
    const filled = Object.entries(counts).filter(([, n]) => n > 0);
    if (filled.length > 0)
      throw new AppError(
        "conflict",
        `the database is not empty (${filled.map(([t, n]) => `${t}: ${n}`).join(", ")}); restore only into a new, empty database`,
      );
    const byName = new Map(tables.map((t) => [t.name, t]));
    for (const entry of manifest.tables) {
      const table = byName.get(entry.name);
      const missing = entry.columns.filter((c) => !table?.columns.includes(c));
      if (!table || missing.length > 0)
        throw new AppError(
          "invalid_input",
          `${file}: table ${entry.name} does not fit this database's schema`,
        );
    }
    for (const table of tables) {
      const entry = manifest.tables.find((t) => t.name === table.name);
      if (entry) await insertRows(txDb, table, entry.columns, archive.rows.get(table.name) ?? []);
    }
    for (const table of tables) await resetSequences(txDb, table);
  });
  for (const [path, bytes] of archive.files) {
    const target = join(dataDir, ATTACHMENTS, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
  return manifest;
}

async function insertRows(db: Db, table: TableInfo, columns: string[], lines: string[]): Promise<void> {
  const name = quote(table.name);
  // A row may point at a later row of its own table (a territory's successor): insert those
  // columns empty, then set them once every row is in.
  const self = table.selfReferences.filter((c) => columns.includes(c));
  const list = columns.map(quote).join(", ");
  const values = columns.map((c) => (self.includes(c) ? "null" : quote(c))).join(", ");
  const batches: string[] = [];
  for (let i = 0; i < lines.length; i += BATCH_ROWS)
    batches.push(`[${lines.slice(i, i + BATCH_ROWS).join(",")}]`);
  for (const json of batches)
    await db.execute(
      sql`insert into ${sql.raw(name)} (${sql.raw(list)}) select ${sql.raw(values)} from json_populate_recordset(null::${sql.raw(name)}, ${json}::json)`,
    );
  if (self.length === 0) return;
  const set = self.map((c) => `${quote(c)} = r.${quote(c)}`).join(", ");
  const match = table.primaryKey.map((c) => `t.${quote(c)} = r.${quote(c)}`).join(" and ");
  for (const json of batches)
    await db.execute(
      sql`update ${sql.raw(name)} t set ${sql.raw(set)} from json_populate_recordset(null::${sql.raw(name)}, ${json}::json) r where ${sql.raw(match)}`,
    );
}

/** Moves each serial sequence past the largest restored id, so the next insert gets a fresh one. */
async function resetSequences(db: Db, table: TableInfo): Promise<void> {
  for (const column of table.serials) {
    const [row] = await rowsOf<{ sequence: string | null }>(
      db,
      sql`select pg_get_serial_sequence(${quote(table.name)}, ${column}) as sequence`,
    );
    if (!row?.sequence) continue;
    await db.execute(
      sql`select setval(${row.sequence}::regclass, coalesce((select max(${sql.raw(quote(column))}) from ${sql.raw(quote(table.name))}), 0) + 1, false)`,
    );
  }
}

/** Reads and checks the whole archive before anything is written. */
async function readArchive(file: string): Promise<Archive> {
  const bytes = await readFile(file).catch(() => {
    throw new AppError("file_not_found", `${file}: no such file`);
  });
  const corrupt = (why: string) => new AppError("corrupt_file", `${file}: ${why}`);
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true }).catch(() => {
    throw corrupt("not a backup archive (damaged, or not a .zip)");
  });
  const manifestText = await zip.file("manifest.json")?.async("string");
  if (manifestText === undefined) throw corrupt("no manifest.json: not a backup of this program");
  let raw: { format?: unknown; version?: unknown };
  try {
    raw = JSON.parse(manifestText);
  } catch {
    throw corrupt("manifest.json is not JSON");
  }
  if (raw?.format !== BACKUP_FORMAT)
    throw new AppError(
      "unsupported_type",
      `${file}: not a ${BACKUP_FORMAT} archive (format ${String(raw?.format)})`,
    );
  if (raw.version !== BACKUP_VERSION)
    throw new AppError(
      "unsupported_type",
      `${file}: backup format version ${String(raw.version)}; this program restores version ${BACKUP_VERSION}`,
    );
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) throw corrupt("manifest.json is damaged");
  const manifest = parsed.data;
  const rows = new Map<string, string[]>();
  for (const table of manifest.tables) {
    const text = await zip.file(tableEntry(table.name))?.async("string");
    if (text === undefined || sha256(text) !== table.sha256)
      throw corrupt(`the rows of ${table.name} are damaged`);
    const lines = text === "" ? [] : text.replace(/\n$/, "").split("\n");
    if (lines.length !== table.rows) throw corrupt(`the rows of ${table.name} are damaged`);
    rows.set(table.name, lines);
  }
  const files = new Map<string, Uint8Array>();
  for (const a of manifest.attachments) {
    // An archive must never write outside dataDir/attachments.
    if (a.path.startsWith("/") || a.path.split("/").some((part) => part === ".." || part === ""))
      throw corrupt(`attachment path ${a.path} is not allowed`);
    const content = await zip.file(`${ATTACHMENTS}/${a.path}`)?.async("uint8array");
    if (content === undefined || sha256(content) !== a.sha256)
      throw corrupt(`attachment ${a.path} is damaged`);
    files.set(a.path, content);
  }
  return { manifest, rows, files };
}
