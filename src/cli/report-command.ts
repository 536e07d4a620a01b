import { writeFile } from "node:fs/promises";
import { AppError } from "../domain/errors.ts";
import { isoDate } from "../domain/quarter.ts";
import { REPORT_FORMATS, type ReportFormat } from "../domain/report-formats.ts";
import { buildReportFile } from "../operations/exchange/build-report.ts";
import { parseId } from "./parse.ts";
import type { CommandOutput } from "./run.ts";
import type { StoreContext } from "./store.ts";

/** What `report` is given on the command line. */
export interface ReportOptions {
  program?: string;
  period?: string;
  format?: string;
  lang?: string;
  out?: string;
}

/** Checks the options: every one is required; format and language from their short lists. */
function parse(o: ReportOptions) {
  const missing = (["program", "period", "format", "lang", "out"] as const).filter((k) => !o[k]);
  if (missing.length > 0) throw new AppError("invalid_input", `report needs --${missing.join(", --")}`);
  if (!REPORT_FORMATS.includes(o.format as ReportFormat))
    throw new AppError("invalid_input", `--format is one of ${REPORT_FORMATS.join(", ")}, not "${o.format}"`);
  if (o.lang !== "ky" && o.lang !== "ru")
    throw new AppError("invalid_input", `--lang is ky or ru, not "${o.lang}"`);
  return {
    programId: parseId(o.program as string, "--program"),
    period: o.period as string,
    format: o.format as ReportFormat,
    lang: o.lang as "ky" | "ru",
    out: o.out as string,
  };
}

/** `report`: writes the official report of a program for a quarter or a year to a file. */
export async function reportCommand(store: StoreContext, options: ReportOptions): Promise<CommandOutput> {
  const o = parse(options);
  const { connection, config, actor } = store;
  const file = await buildReportFile(connection.db, actor, o.programId, {
    period: o.period,
    lang: o.lang,
    format: o.format,
    today: isoDate(config.today()),
  });
  await writeFile(o.out, file.bytes);
  return {
    stdout: `wrote ${o.out} (${file.bytes.length} bytes, ${o.format}, ${o.lang}, ${o.period})`,
    exitCode: 0,
  };
}
