import { inArray } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { measureState } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { type Plan, PlanSchema } from "../../domain/plan.ts";
import { loadProgram, type ProgramWithPath, readableProgram } from "../programs/program-access.ts";
import { loadStoredPlan } from "../programs/program-plan.ts";
import { loadPublicProgram } from "../public/public-program-access.ts";
import { type ExportRow, exportRows, toCsv, toXlsx } from "./export-table.ts";

/** A file to send: its name, media type and bytes. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Uint8Array;
}

/** The media type of each table format. */
export const TABLE_TYPES = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
export type TableFormat = keyof typeof TABLE_TYPES;

/** The current action table of a program as plan/v1 JSON, CSV or XLSX (with each measure's state). */
export async function exportProgram(
  db: Db,
  actor: Actor,
  programId: number,
  format: TableFormat,
): Promise<ExportFile> {
  return programFile(db, await readableProgram(db, actor, programId), format);
}

/**
 * The same files of a published, approved program for anyone (the open-data downloads): not_found
 * otherwise, and no signatories — people's names are not published, bodies are.
 */
export async function exportPublicProgram(
  db: Db,
  programId: number,
  format: TableFormat,
): Promise<ExportFile> {
  await loadPublicProgram(db, programId);
  return programFile(db, await loadProgram(db, programId), format, { withoutPeople: true });
}

async function programFile(
  db: Db,
  program: ProgramWithPath,
  format: TableFormat,
  options: { withoutPeople?: boolean } = {},
): Promise<ExportFile> {
  const table = await programTable(db, program);
  const plan = options.withoutPeople ? { ...table.plan, signatories: [] } : table.plan;
  const fileName = `program-${program.id}-v${program.currentVersion}.${format}`;
  const contentType = TABLE_TYPES[format];
  if (format === "json") {
    const valid = PlanSchema.parse(plan);
    return { fileName, contentType, body: new TextEncoder().encode(`${JSON.stringify(valid, null, 2)}\n`) };
  }
  if (format === "csv")
    return { fileName, contentType, body: new TextEncoder().encode(toCsv(table.header, table.rows)) };
  return { fileName, contentType, body: await toXlsx(plan.title, table.header, table.rows) };
}

/** A program's plan, its measures' states (status, percent) and its table rows, in plan order. */
export async function programTable(
  db: Db,
  program: ProgramWithPath,
): Promise<{
  plan: Plan;
  states: { status: string; percent: number }[];
  header: string[];
  rows: ExportRow[];
}> {
  const { plan, measureIds } = await loadStoredPlan(db, program);
  const stateRows =
    measureIds.length === 0
      ? []
      : await db.select().from(measureState).where(inArray(measureState.measureId, measureIds));
  const byId = new Map(stateRows.map((s) => [s.measureId, s]));
  const states = measureIds.map((id) => {
    const s = byId.get(id);
    return { status: s?.status ?? "not_started", percent: s?.percent ?? 0 };
  });
  return { plan, states, ...exportRows(plan, states) };
}
