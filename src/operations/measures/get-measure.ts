import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import {
  indicators,
  measureBodies,
  measureFunding,
  measureState,
  measures,
  sections,
} from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import type { MeasureDetail } from "../../domain/views.ts";
import { readableProgram } from "../programs/program-access.ts";

/** The measure row, or not_found. */
export async function loadMeasure(db: Db, measureId: number) {
  const [m] = await db.select().from(measures).where(eq(measures.id, measureId));
  if (!m) throw new AppError("not_found", `measure ${measureId} not found`);
  return m;
}

/** Every field of a measure with its bodies and roles, funding, indicators, section and state. */
export async function getMeasure(db: Db, actor: Actor, measureId: number): Promise<MeasureDetail> {
  const m = await loadMeasure(db, measureId);
  await readableProgram(db, actor, m.programId);
  return measureDetail(db, m);
}

/** The full picture of a measure row (also what the audit log records before and after an edit). */
export async function measureDetail(db: Db, m: typeof measures.$inferSelect): Promise<MeasureDetail> {
  const bodies = await db
    .select({
      id: measureBodies.id,
      name: measureBodies.name,
      role: measureBodies.role,
      organizationId: measureBodies.organizationId,
    })
    .from(measureBodies)
    .where(eq(measureBodies.measureId, m.id))
    .orderBy(asc(measureBodies.position));
  const funding = await db
    .select({ code: measureFunding.code, text: measureFunding.text, planned: measureFunding.planned })
    .from(measureFunding)
    .where(eq(measureFunding.measureId, m.id))
    .orderBy(asc(measureFunding.id));
  const targets = await db
    .select({
      id: indicators.id,
      unit: indicators.unit,
      baseline: indicators.baseline,
      target: indicators.target,
      cumulative: indicators.cumulative,
    })
    .from(indicators)
    .where(eq(indicators.measureId, m.id))
    .orderBy(asc(indicators.id));
  const [section] =
    m.sectionId === null
      ? []
      : await db
          .select({ id: sections.id, code: sections.code, title: sections.title })
          .from(sections)
          .where(eq(sections.id, m.sectionId));
  const [state] = await db.select().from(measureState).where(eq(measureState.measureId, m.id));
  return {
    id: m.id,
    programId: m.programId,
    section: section ?? null,
    position: m.position,
    number: m.number,
    task: m.task,
    action: m.action,
    deadline: { text: m.deadlineText, from: m.deadlineFrom, to: m.deadlineTo, repeat: m.repeat },
    result: m.result,
    cost: m.costAmount === null ? null : { amount: m.costAmount, text: m.costText ?? "" },
    bodies,
    funding,
    indicators: targets,
    state: state
      ? {
          status: state.status,
          percent: state.percent,
          done: state.done,
          firstOpenYear: state.firstOpenYear,
          spent: state.spent,
        }
      : { status: "not_started", percent: 0, done: false, firstOpenYear: null, spent: 0 },
    addedInVersion: m.addedInVersion,
    removedInVersion: m.removedInVersion,
    rowVersion: m.rowVersion,
  };
}
