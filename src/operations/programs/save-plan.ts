/**
 * Saving an imported plan: a new program (version 1), or a new version of a program whose measures
 * are aligned with the stored ones so that a measure that stays keeps its id and its reports.
 */
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { measureState, measures, programs, programVersions, territories } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { type Measure, type Plan, PlanSchema } from "../../domain/plan.ts";
import { diffFromEmpty, diffPlans } from "../../domain/plan-diff.ts";
import type { SavedPlan } from "../../domain/views.ts";
import { insertBodies, insertFunding, insertIndicators, measureColumns } from "../measures/measure-rows.ts";
import { refreshProgramSummary } from "../shared/program-summary.ts";
import { type Audit, write } from "../shared/write.ts";
import { type BodyMatch, matchBodies } from "./match-bodies.ts";
import { loadProgram, refusal } from "./program-access.ts";
import { loadStoredPlan } from "./program-plan.ts";
import { syncSections } from "./save-plan-sections.ts";
import { updateAlignedMeasures } from "./save-plan-update.ts";

/** What to save: the plan, where it is for, and the program it amends (absent for a new one). */
export interface SavePlanInput {
  territoryId: number;
  plan: Plan;
  sourceName: string;
  programId?: number;
  status?: "draft" | "approved" | "archived";
}

/** The saved program's id and version, the diff from the previous version and unknown bodies. */
export type { SavedPlan };

/** Saves an imported plan as a new program or a new version of one, in one transaction. */
export async function savePlan(db: Db, actor: Actor, input: SavePlanInput): Promise<SavedPlan> {
  const parsed = PlanSchema.safeParse(input.plan);
  if (!parsed.success)
    throw new AppError("invalid_input", "the plan is not valid plan/v1", parsed.error.issues);
  const plan = parsed.data;
  const [territory] = await db.select().from(territories).where(eq(territories.id, input.territoryId));
  if (!territory) throw new AppError("not_found", `territory ${input.territoryId} not found`);
  if (!allows(actor, "program.manage", territory.path))
    throw refusal(actor, "saving a program needs the planner role over its territory");
  const bodies = await matchBodies(
    db,
    territory.path,
    plan.measures.flatMap((m) => m.responsible),
  );
  return write(db, actor, async (tx, audit) => {
    const saved =
      input.programId === undefined
        ? await createProgram(tx, audit, input, plan, bodies)
        : await amendProgram(tx, audit, input, input.programId, plan, bodies);
    await refreshProgramSummary(tx, saved.programId);
    await tx.insert(programVersions).values({
      programId: saved.programId,
      number: saved.version,
      sourceName: input.sourceName,
      plan,
      diff: saved.diff,
      createdBy: actor.userId,
    });
    await audit({
      action: "create",
      entity: "program_version",
      entityId: `${saved.programId}/${saved.version}`,
      after: { sourceName: input.sourceName, diff: saved.diff },
    });
    return { ...saved, unmatchedBodies: bodies.unmatched };
  });
}

async function createProgram(tx: Db, audit: Audit, input: SavePlanInput, plan: Plan, bodies: BodyMatch) {
  const [row] = await tx
    .insert(programs)
    .values({
      territoryId: input.territoryId,
      title: plan.title,
      periodFrom: plan.period.from,
      periodTo: plan.period.to,
      language: plan.language,
      status: input.status ?? "draft",
      currentVersion: 1,
    })
    .returning();
  const program = row as typeof programs.$inferSelect;
  const sectionIds = await syncSections(tx, program.id, plan);
  await insertMeasures(
    tx,
    program.id,
    1,
    plan,
    plan.measures.map((m, i) => ({ m, position: i })),
    sectionIds,
    bodies,
  );
  await audit({ action: "create", entity: "program", entityId: program.id, after: program });
  return { programId: program.id, version: 1, diff: diffFromEmpty(plan) };
}

async function amendProgram(
  tx: Db,
  audit: Audit,
  input: SavePlanInput,
  programId: number,
  plan: Plan,
  bodies: BodyMatch,
) {
  // Lock the program so two versions saved at once cannot take the same number.
  await tx.select({ id: programs.id }).from(programs).where(eq(programs.id, programId)).for("update");
  const program = await loadProgram(tx, programId);
  if (program.territoryId !== input.territoryId)
    throw new AppError(
      "invalid_input",
      `program ${programId} is not a program of territory ${input.territoryId}`,
    );
  const version = program.currentVersion + 1;
  const stored = await loadStoredPlan(tx, program);
  const diff = diffPlans(stored.plan, plan);
  const sectionIds = await syncSections(tx, programId, plan);
  await updateAlignedMeasures(tx, audit, { stored, plan, diff, sectionIds, bodies });
  const removedIds = diff.removed.map((r) => stored.measureIds[r.index] as number);
  if (removedIds.length > 0)
    await tx.update(measures).set({ removedInVersion: version }).where(inArray(measures.id, removedIds));
  for (const [i, r] of diff.removed.entries())
    await audit({ action: "remove", entity: "measure", entityId: removedIds[i] ?? null, before: r.measure });
  const added = diff.added.map((r) => ({ m: r.measure, position: r.index }));
  await insertMeasures(tx, programId, version, plan, added, sectionIds, bodies);
  const [after] = await tx
    .update(programs)
    .set({
      title: plan.title,
      periodFrom: plan.period.from,
      periodTo: plan.period.to,
      language: plan.language,
      currentVersion: version,
      ...(input.status ? { status: input.status } : {}),
      rowVersion: program.rowVersion + 1,
      updatedAt: new Date(),
    })
    .where(eq(programs.id, programId))
    .returning();
  const { territoryPath: _, ...before } = program;
  await audit({ action: "update", entity: "program", entityId: programId, before, after });
  return { programId, version, diff };
}

/** Inserts new measures with their bodies, funding, indicators and a fresh state row. */
async function insertMeasures(
  tx: Db,
  programId: number,
  version: number,
  plan: Plan,
  rows: { m: Measure; position: number }[],
  sectionIds: Map<string, number>,
  bodies: BodyMatch,
) {
  if (rows.length === 0) return;
  const inserted = await tx
    .insert(measures)
    .values(
      rows.map(({ m, position }) => ({
        programId,
        sectionId: m.section === null ? null : (sectionIds.get(m.section) ?? null),
        position,
        addedInVersion: version,
        ...measureColumns(m),
      })),
    )
    .returning({ id: measures.id, position: measures.position });
  const idAt = new Map(inserted.map((r) => [r.position, r.id]));
  const entries = rows.map(({ m, position }) => ({ measureId: idAt.get(position) as number, m }));
  await insertBodies(
    tx,
    entries.map(({ measureId, m }) => ({
      measureId,
      bodies: m.responsible.map((name) => ({ name, organizationId: bodies.matched.get(name) ?? null })),
    })),
  );
  await insertFunding(
    tx,
    entries.map(({ measureId, m }) => ({ measureId, funding: m.funding })),
  );
  await insertIndicators(
    tx,
    entries.map(({ measureId, m }) => ({ measureId, targets: m.targets })),
  );
  await tx.insert(measureState).values(
    entries.map(({ measureId, m }) => ({
      measureId,
      programId,
      percent: 0,
      status: "not_started",
      firstOpenYear: m.deadline.repeat === "yearly" ? firstYear(m, plan) : null,
    })),
  );
}

/** The first year a yearly measure is due: the year its deadline starts, else the program's first. */
function firstYear(m: Measure, plan: Plan): number {
  return m.deadline.from ? Number(m.deadline.from.slice(0, 4)) : plan.period.from;
}
