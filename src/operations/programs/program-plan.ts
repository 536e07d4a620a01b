/**
 * The current state of a program as a plan/v1 document, read back from its rows: what a new
 * version is compared with and what the JSON export gives.
 */
import { and, asc, desc, eq, gte, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import {
  indicators,
  measureBodies,
  measureFunding,
  measures,
  programVersions,
  sections,
} from "../../db/schema.ts";
import type { Funding, Measure, Plan, Signatory } from "../../domain/plan.ts";
import type { ProgramWithPath } from "./program-access.ts";

/** A program's current plan with the row ids behind its measures and sections (same order). */
export interface StoredPlan {
  plan: Plan;
  measureIds: number[];
  sectionIds: number[];
}

/** Reads the current (not removed) measures and the sections of the current version into plan/v1. */
export async function loadStoredPlan(db: Db, program: ProgramWithPath): Promise<StoredPlan> {
  const sectionRows = await db
    .select()
    .from(sections)
    .where(and(eq(sections.programId, program.id), gte(sections.position, 0)))
    .orderBy(asc(sections.position));
  const planId = new Map(sectionRows.map((s, i) => [s.id, `s${i + 1}`]));
  const measureRows = await db
    .select()
    .from(measures)
    .where(and(eq(measures.programId, program.id), isNull(measures.removedInVersion)))
    .orderBy(asc(measures.position));
  const ids = measureRows.map((m) => m.id);
  const children = await loadChildren(db, ids);
  const [version] = await db
    .select({ plan: programVersions.plan })
    .from(programVersions)
    .where(eq(programVersions.programId, program.id))
    .orderBy(desc(programVersions.number))
    .limit(1);
  const stored = (version?.plan ?? {}) as { territory?: string | null; signatories?: Signatory[] };
  const plan: Plan = {
    format: "plan/v1",
    title: program.title,
    territory: stored.territory ?? null,
    period: { from: program.periodFrom, to: program.periodTo },
    language: program.language,
    sections: sectionRows.map((s) => ({
      id: planId.get(s.id) as string,
      code: s.code,
      title: s.title,
      parent: s.parentId === null ? null : (planId.get(s.parentId) ?? null),
    })),
    measures: measureRows.map(
      (m): Measure => ({
        section: m.sectionId === null ? null : (planId.get(m.sectionId) ?? null),
        number: m.number,
        task: m.task,
        action: m.action,
        deadline: { text: m.deadlineText, from: m.deadlineFrom, to: m.deadlineTo, repeat: m.repeat },
        result: m.result,
        responsible: children.bodies.get(m.id) ?? [],
        funding: children.funding.get(m.id) ?? [],
        cost:
          m.costAmount === null ? null : { amount: m.costAmount, currency: "KGS", text: m.costText ?? "" },
        targets: children.targets.get(m.id) ?? [],
      }),
    ),
    signatories: stored.signatories ?? [],
  };
  return { plan, measureIds: ids, sectionIds: sectionRows.map((s) => s.id) };
}

/** Bodies (in position order), funding and targets of measures, by measure id. */
async function loadChildren(db: Db, ids: number[]) {
  const bodies = new Map<number, string[]>();
  const funding = new Map<number, Funding[]>();
  const targets = new Map<number, Measure["targets"]>();
  if (ids.length === 0) return { bodies, funding, targets };
  const push = <T>(map: Map<number, T[]>, id: number, item: T) => map.set(id, [...(map.get(id) ?? []), item]);
  for (const b of await db
    .select()
    .from(measureBodies)
    .where(inArray(measureBodies.measureId, ids))
    .orderBy(asc(measureBodies.position)))
    push(bodies, b.measureId, b.name);
  for (const f of await db
    .select()
    .from(measureFunding)
    .where(inArray(measureFunding.measureId, ids))
    .orderBy(asc(measureFunding.id)))
    push(funding, f.measureId, {
      code: f.code as Funding["code"],
      text: f.text,
      ...(f.planned === null ? {} : { amount: f.planned }),
    });
  for (const t of await db
    .select()
    .from(indicators)
    .where(inArray(indicators.measureId, ids))
    .orderBy(asc(indicators.id)))
    push(targets, t.measureId, { value: t.target, unit: t.unit });
  return { bodies, funding, targets };
}
