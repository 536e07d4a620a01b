import { inArray } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { measureState } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { PlanSchema } from "../../domain/plan.ts";
import { readableProgram } from "../programs/program-access.ts";
import { loadStoredPlan } from "../programs/program-plan.ts";
import { exportRows, toCsv, toXlsx } from "./export-table.ts";

/** A file to send: its name, media type and bytes. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Uint8Array;
}

const TYPES = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** The current action table of a program as plan/v1 JSON, CSV or XLSX (with each measure's state). */
export async function exportProgram(
  db: Db,
  actor: Actor,
  programId: number,
  format: keyof typeof TYPES,
): Promise<ExportFile> {
  const program = await readableProgram(db, actor, programId);
  const { plan, measureIds } = await loadStoredPlan(db, program);
  const fileName = `program-${programId}-v${program.currentVersion}.${format}`;
  const contentType = TYPES[format];
  if (format === "json") {
    const valid = PlanSchema.parse(plan);
    return { fileName, contentType, body: new TextEncoder().encode(`${JSON.stringify(valid, null, 2)}\n`) };
  }
  const stateRows =
    measureIds.length === 0
      ? []
      : await db.select().from(measureState).where(inArray(measureState.measureId, measureIds));
  const byId = new Map(stateRows.map((s) => [s.measureId, s]));
  const states = measureIds.map((id) => byId.get(id) ?? { status: "not_started", percent: 0 });
  const { header, rows } = exportRows(plan, states);
  if (format === "csv") return { fileName, contentType, body: new TextEncoder().encode(toCsv(header, rows)) };
  return { fileName, contentType, body: await toXlsx(plan.title, header, rows) };
}
