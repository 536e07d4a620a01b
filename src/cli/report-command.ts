import { writeFile } from "node:fs/promises";
import { AppError } from "../domain/errors.ts";
import { isoDate } from "../domain/quarter.ts";
import { REPORT_FORMATS, type ReportFormat } from "../domain/report-formats.ts";
import { buildReportFile } from "../operations/exchange/build-report.ts";
import { buildTerritoryReportFile } from "../operations/reporting/build-territory-report.ts";
import { parseId } from "./parse.ts";
import type { CommandOutput } from "./run.ts";
import type { StoreContext } from "./store.ts";

/** What `report` is given on the command line. */
export interface ReportOptions {
  program?: string;
  /** A territory's code instead of a program: its oblast / national summary report (a quarter). */
  territory?: string;
  period?: string;
  format?: string;
  lang?: string;
  out?: string;
}

/** Checks the options: every one is required; format and language from their short lists. */
function parse(o: ReportOptions) {
  const missing = (
    [o.territory ? "territory" : "program", "period", "format", "lang", "out"] as const
  ).filter((k) => !o[k]);
  if (missing.length > 0) throw new AppError("invalid_input", `report needs --${missing.join(", --")}`);
  if (!REPORT_FORMATS.includes(o.format as ReportFormat))
    throw new AppError("invalid_input", `--format is one of ${REPORT_FORMATS.join(", ")}, not "${o.format}"`);
  if (o.lang !== "ky" && o.lang !== "ru")
    throw new AppError("invalid_input", `--lang is ky or ru, not "${o.lang}"`);
  return {
    programId: o.territory ? 0 : parseId(o.program as string, "--program"),
    period: o.period as string,
    format: o.format as ReportFormat,
    lang: o.lang as "ky" | "ru",
    out: o.out as string,
  };
}

/**
 * `report`: writes the official report of a program for a quarter or a year to a file, or with
 * --territory the summary report of a territory (one row per child territory) for a quarter.
 */
export async function reportCommand(store: StoreContext, options: ReportOptions): Promise<CommandOutput> {
  const o = parse(options);
  const { connection, config, actor } = store;
  const request = { period: o.period, lang: o.lang, format: o.format, today: isoDate(config.today()) };
  const file = options.territory
    ? await buildTerritoryReportFile(connection.db, actor, { ...request, code: options.territory })
    : await buildReportFile(connection.db, actor, o.programId, request);
  await writeFile(o.out, file.bytes);
  return {
    stdout: `wrote ${o.out} (${file.bytes.length} bytes, ${o.format}, ${o.lang}, ${o.period})`,
    exitCode: 0,
  };
}
