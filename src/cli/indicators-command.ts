import { writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { AppError } from "../domain/errors.ts";
import { importIndicatorTemplate } from "../operations/indicators/import-indicator-template.ts";
import { makeIndicatorTemplate } from "../operations/indicators/make-indicator-template.ts";
import { readInput } from "./read-input.ts";
import type { CommandOutput } from "./run.ts";
import type { StoreContext } from "./store.ts";

/** What `indicators template` is given on the command line. */
export interface TemplateOptions {
  territory?: string | undefined;
  year?: string | undefined;
  period?: string | undefined;
  lang?: string | undefined;
  out?: string | undefined;
}

/** `indicators template --territory CODE --year 2026 [--period Q2] [--lang ru] --out F.xlsx`. */
export async function indicatorsTemplate(store: StoreContext, o: TemplateOptions): Promise<CommandOutput> {
  if (!o.territory || !o.out)
    throw new AppError("invalid_input", "indicators template needs --territory CODE and --out FILE.xlsx");
  const year = Number(o.year ?? store.config.today().getUTCFullYear());
  const quarter = o.period ? Number(/^Q([1-4])$/.exec(o.period)?.[1] ?? Number.NaN) : 0;
  if (!Number.isInteger(year) || !Number.isInteger(quarter))
    throw new AppError(
      "invalid_input",
      "--year is a year like 2026; --period is Q1–Q4 (absent: the whole year)",
    );
  if (o.lang !== undefined && o.lang !== "ky" && o.lang !== "ru")
    throw new AppError("invalid_input", "--lang is ky or ru");
  const file = await makeIndicatorTemplate(store.connection.db, store.actor, {
    code: o.territory,
    year,
    quarter,
    language: o.lang === "ru" ? "ru" : "ky",
  });
  await writeFile(o.out, file.bytes);
  return { stdout: `wrote ${o.out} (${file.fileName})`, exitCode: 0 };
}

/** `indicators import F.xlsx [--json]`: a filled template into the store, all or nothing. */
export async function indicatorsImport(
  store: StoreContext,
  file: string,
  json: boolean,
): Promise<CommandOutput> {
  const bytes = await readInput(file);
  const result = await importIndicatorTemplate(store.connection.db, store.actor, {
    fileName: basename(file),
    bytes,
  });
  if (json) return { stdout: JSON.stringify(result), exitCode: 0 };
  const period = result.quarter === 0 ? `${result.year}` : `${result.year}-Q${result.quarter}`;
  return {
    stdout: `imported ${result.values} values of ${period} for ${result.territories} territories`,
    exitCode: 0,
  };
}
