import { createHash } from "node:crypto";
import { readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { sql } from "drizzle-orm";
import JSZip from "jszip";
import { z } from "zod";
import type { Db } from "../../db/connect.ts";
import { appliedMigrations, listTables, quote, rowsOf } from "./backup-catalog.ts";

/** The archive's format name and version; restore refuses any other. */
export const BACKUP_FORMAT = "kg-plans-backup";
export const BACKUP_VERSION = 1;
const PAGE = 2000;

/** manifest.json of an archive: what it holds and checksums to find damage. */
export const ManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  engine: z.string(),
  schemaMigrations: z.array(z.string()),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  tables: z.array(
    z.object({
      name: z.string(),
      columns: z.array(z.string()),
      rows: z.number().int().nonnegative(),
      sha256: z.string(),
    }),
  ),
  attachments: z.array(z.object({ path: z.string(), size: z.number().int(), sha256: z.string() })),
});
export type BackupManifest = z.infer<typeof ManifestSchema>;

/** The file of a table's rows inside the archive: one row_to_json line per row. */
export const tableEntry = (name: string) => `tables/${name}.jsonl`;
/** The folder of the attachment files inside the archive, mirroring dataDir/attachments. */
export const ATTACHMENTS = "attachments";

/**
 * Writes one complete archive (.zip) of the database and the attachment files: manifest.json,
 * tables/<table>.jsonl in foreign-key order, attachments/**. Rows are PostgreSQL's own JSON text
 * of each row, never parsed here, so numerics, dates and timestamps keep every digit. All tables
 * are read in one repeatable-read transaction: one consistent moment even while the server runs.
 */
export async function backup(
  db: Db,
  dataDir: string,
  file: string,
  options: { engine?: string; now?: Date } = {},
): Promise<BackupManifest> {
  const zip = new JSZip();
  const manifest = await db.transaction(
    async (tx) => {
      const txDb = tx as unknown as Db;
      const tables = await listTables(txDb);
      const entries: BackupManifest["tables"] = [];
      for (const table of tables) {
        const lines = await dumpTable(txDb, table.name, table.primaryKey);
        const text = lines.length === 0 ? "" : `${lines.join("\n")}\n`;
        zip.file(tableEntry(table.name), text);
        entries.push({ name: table.name, columns: table.columns, rows: lines.length, sha256: sha256(text) });
      }
      return {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: (options.now ?? new Date()).toISOString(),
        engine: options.engine ?? "postgresql",
        schemaMigrations: await appliedMigrations(txDb),
        counts: Object.fromEntries(entries.map((t) => [t.name, t.rows])),
        tables: entries,
        attachments: [] as BackupManifest["attachments"],
      } satisfies BackupManifest;
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  manifest.attachments = await addAttachments(zip, join(dataDir, ATTACHMENTS));
  zip.file("manifest.json", JSON.stringify(manifest, null, 2));
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  // Never leave half an archive under the name asked for.
  await writeFile(`${file}.partial`, bytes);
  await rename(`${file}.partial`, file);
  return manifest;
}

async function dumpTable(db: Db, name: string, primaryKey: string[]): Promise<string[]> {
  const order = (primaryKey.length > 0 ? primaryKey : ["ctid"]).map(quote).join(", ");
  const lines: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const rows = await rowsOf<{ line: string }>(
      db,
      sql.raw(
        `select row_to_json(t)::text as line from ${quote(name)} t order by ${order} limit ${PAGE} offset ${offset}`,
      ),
    );
    for (const r of rows) lines.push(r.line);
    if (rows.length < PAGE) return lines;
  }
}

async function addAttachments(zip: JSZip, folder: string): Promise<BackupManifest["attachments"]> {
  const names = await readdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  const files: BackupManifest["attachments"] = [];
  for (const name of names.sort()) {
    const path = join(folder, name);
    if (!(await stat(path)).isFile()) continue;
    const bytes = await readFile(path);
    const rel = relative(folder, path).split(sep).join("/");
    zip.file(`${ATTACHMENTS}/${rel}`, bytes);
    files.push({ path: rel, size: bytes.length, sha256: sha256(bytes) });
  }
  return files;
}

/** Hex SHA-256 of text or bytes. */
export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
