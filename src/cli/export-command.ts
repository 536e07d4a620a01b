import { writeFile } from "node:fs/promises";
import { AppError } from "../domain/errors.ts";
import { isoDate } from "../domain/quarter.ts";
import { exportProgram, type TableFormat } from "../operations/exchange/export-program.ts";
import { exportTerritoryPrograms } from "../operations/exchange/export-territory.ts";
import { iatiFileOf } from "../operations/exchange/gather-iati.ts";
import { parseId } from "./parse.ts";
import type { CommandOutput } from "./run.ts";
import type { StoreContext } from "./store.ts";

/** What `export` is given on the command line. */
export interface ExportOptions {
  program?: string | undefined;
  territory?: string | undefined;
  format?: string | undefined;
  lang?: string | undefined;
  out?: string | undefined;
}

const TABLES = ["json", "csv", "xlsx"];

/**
 * `export`: a program's action table (json, csv, xlsx) or its IATI 2.03 activity file (iati: a
 * published, approved program only), or with --territory the published programs of a territory
 * and below it in one table; written to --out.
 */
export async function exportCommand(store: StoreContext, o: ExportOptions): Promise<CommandOutput> {
  if (!o.out) throw new AppError("invalid_input", "export needs --out FILE");
  if (!o.program === !o.territory)
    throw new AppError("invalid_input", "export needs --program ID or --territory CODE");
  const formats = o.territory ? TABLES : [...TABLES, "iati"];
  if (!formats.includes(o.format ?? ""))
    throw new AppError("invalid_input", `--format is one of ${formats.join(", ")}, not "${o.format ?? ""}"`);
  if (o.lang !== undefined && o.lang !== "ky" && o.lang !== "ru")
    throw new AppError("invalid_input", `--lang is ky or ru, not "${o.lang}"`);
  const db = store.connection.db;
  const bytes = o.territory
    ? (await exportTerritoryPrograms(db, o.territory, o.format as TableFormat, o.lang ?? "ky")).body
    : await programBytes(store, parseId(o.program as string, "--program"), o.format as string);
  await writeFile(o.out, bytes);
  return { stdout: `wrote ${o.out} (${bytes.length} bytes, ${o.format})`, exitCode: 0 };
}

async function programBytes(store: StoreContext, programId: number, format: string): Promise<Uint8Array> {
  const db = store.connection.db;
  if (format !== "iati") return (await exportProgram(db, store.actor, programId, format as TableFormat)).body;
  return new TextEncoder().encode(await iatiFileOf(db, programId, isoDate(store.config.today())));
}
