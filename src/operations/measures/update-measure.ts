import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { measures, organizations } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { parseDeadline } from "../../domain/deadline.ts";
import { AppError } from "../../domain/errors.ts";
import type { Funding } from "../../domain/plan.ts";
import { matchBodies } from "../programs/match-bodies.ts";
import { managedProgram } from "../programs/program-access.ts";
import { refreshProgramSummary } from "../shared/program-summary.ts";
import { write } from "../shared/write.ts";
import { loadMeasure, measureDetail } from "./get-measure.ts";
import { type IndicatorInput, replaceBodies, replaceFunding, syncIndicators } from "./measure-rows.ts";

/** The fields of a measure a planner may edit; absent fields stay as they are. */
export interface MeasurePatch {
  number?: string | null;
  task?: string;
  action?: string;
  result?: string;
  /** with only `text`, the dates are read from the text for the program's period */
  deadline?: {
    text: string;
    from?: string | null;
    to?: string | null;
    repeat?: "yearly" | "ongoing" | null;
  };
  /** in order, the first the lead body; organizationId absent → matched by alias */
  responsible?: { name: string; organizationId?: number | null }[];
  funding?: Funding[];
  indicators?: {
    id?: number;
    unit: string;
    target: number;
    baseline?: number | null;
    cumulative?: boolean;
  }[];
}

/**
 * Edits a measure when `ifMatch` is its current row_version (else conflict, nothing changed);
 * the audit log keeps the measure before and after.
 */
export async function updateMeasure(
  db: Db,
  actor: Actor,
  measureId: number,
  patch: MeasurePatch,
  ifMatch: number,
) {
  const current = await loadMeasure(db, measureId);
  const program = await managedProgram(db, actor, current.programId);
  const deadline = patch.deadline && readDeadline(patch.deadline, program.periodFrom, program.periodTo);
  const named = patch.responsible ?? [];
  const bodies = await matchBodies(
    db,
    program.territoryPath,
    named.filter((b) => b.organizationId === undefined).map((b) => b.name),
  );
  const given = named.flatMap((b) => (typeof b.organizationId === "number" ? [b.organizationId] : []));
  if (given.length > 0) {
    const found = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(inArray(organizations.id, given));
    if (found.length < new Set(given).size)
      throw new AppError("invalid_input", "a responsible body names an unknown organization");
  }
  return write(db, actor, async (tx, audit) => {
    const before = await measureDetail(tx, await loadMeasure(tx, measureId));
    const [row] = await tx
      .update(measures)
      .set({
        ...(patch.number !== undefined ? { number: patch.number } : {}),
        ...(patch.task !== undefined ? { task: patch.task } : {}),
        ...(patch.action !== undefined ? { action: patch.action } : {}),
        ...(patch.result !== undefined ? { result: patch.result } : {}),
        ...(deadline
          ? {
              deadlineText: deadline.text,
              deadlineFrom: deadline.from,
              deadlineTo: deadline.to,
              repeat: deadline.repeat,
            }
          : {}),
        rowVersion: ifMatch + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(measures.id, measureId), eq(measures.rowVersion, ifMatch)))
      .returning();
    if (!row)
      throw new AppError(
        "conflict",
        `measure ${measureId} was changed by someone else (version ${before.rowVersion})`,
        {
          rowVersion: before.rowVersion,
        },
      );
    if (patch.responsible)
      await replaceBodies(
        tx,
        measureId,
        patch.responsible.map((b) => ({
          name: b.name,
          organizationId:
            b.organizationId !== undefined ? b.organizationId : (bodies.matched.get(b.name) ?? null),
        })),
      );
    if (patch.funding) await replaceFunding(tx, measureId, patch.funding);
    if (patch.indicators)
      await syncIndicators(
        tx,
        measureId,
        patch.indicators.map((i): IndicatorInput => ({ ...i, value: i.target })),
      );
    const after = await measureDetail(tx, row);
    await audit({ action: "update", entity: "measure", entityId: measureId, before, after });
    // deadlines, cost, bodies and funding feed the program's summaries
    await refreshProgramSummary(tx, current.programId);
    return after;
  });
}

function readDeadline(d: NonNullable<MeasurePatch["deadline"]>, from: number, to: number) {
  if (d.from === undefined && d.to === undefined && d.repeat === undefined)
    return parseDeadline(d.text, { from, to });
  if (d.from && d.to && d.from > d.to)
    throw new AppError("invalid_input", "the deadline ends before it starts");
  return { text: d.text, from: d.from ?? null, to: d.to ?? null, repeat: d.repeat ?? null };
}
