/**
 * The demo's generated programs: one per territory of GENERATED_PROGRAM_TERRITORIES, made from the
 * seed plans' rows (generate-demo-plan.ts), saved by the oblast's planner, approved and published,
 * with accepted reports in the last two past quarters and a few submitted ones in today's, all
 * through the operations a user's clicks go through (so measure_state is what they make it).
 */
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { measureBodies, measureFunding, measures, territories } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import type { Plan } from "../../domain/plan.ts";
import {
  compareQuarters,
  isoDate,
  type Quarter,
  quarterEnd,
  quarterKey,
  quarterOf,
} from "../../domain/quarter.ts";
import { reachesDeadline } from "../../domain/report-workflow.ts";
import { savePlan } from "../programs/save-plan.ts";
import { batchReports } from "../reporting/batch-reports.ts";
import { closePeriod } from "../reporting/close-period.ts";
import { openPeriod } from "../reporting/open-period.ts";
import { saveReport } from "../reporting/save-report.ts";
import { createOrganization } from "../territories/create-organization.ts";
import { GENERATED_PROGRAM_TERRITORIES, generatedBodies } from "./demo-areas.ts";
import { generateDemoPlan, randomInt, seededRandom } from "./generate-demo-plan.ts";

/** Who does what on the generated programs. */
export interface GeneratedProgramsInput {
  seeds: Plan[];
  /** The admin who adds bodies and writes reports in the bodies' name. */
  admin: Actor;
  /** The planner over a territory's oblast (saves, approves, opens periods, accepts). */
  plannerOf: (territoryPath: string) => Actor;
  approve: (actor: Actor, programId: number) => Promise<void>;
  today: Date;
}

/** How many programs, measures and reports the generated part of the demo wrote. */
export interface GeneratedSummary {
  programs: number;
  measures: number;
  accepted: number;
  submitted: number;
}

// One seed for the whole demo: the same generated programs on every first start.
const SEED = 20260415;

/** Saves, approves and reports on a generated program in each demo territory that gets one. */
export async function loadGeneratedPrograms(
  db: Db,
  input: GeneratedProgramsInput,
): Promise<GeneratedSummary> {
  const random = seededRandom(SEED);
  const summary: GeneratedSummary = { programs: 0, measures: 0, accepted: 0, submitted: 0 };
  for (const code of GENERATED_PROGRAM_TERRITORIES) {
    const [territory] = await db.select().from(territories).where(eq(territories.code, code));
    if (!territory) continue;
    const names = generatedBodies(territory.level, territory.nameKy);
    for (const name of names) await createOrganization(db, input.admin, { territoryId: territory.id, name });
    const from = randomInt(random, 2025, 2026);
    const plan = generateDemoPlan(
      input.seeds,
      {
        territoryName: territory.nameKy,
        bodies: names,
        from,
        to: from + 2,
        measures: randomInt(random, 6, 12),
      },
      random,
    );
    const planner = input.plannerOf(territory.path);
    const saved = await savePlan(db, planner, { territoryId: territory.id, plan, sourceName: "demo" });
    await input.approve(planner, saved.programId);
    const written = await reportOn(db, input, planner, saved.programId, plan, random);
    summary.programs++;
    summary.measures += plan.measures.length;
    summary.accepted += written.accepted;
    summary.submitted += written.submitted;
  }
  return summary;
}

type LeadRow = {
  id: number;
  organizationId: number;
  deadlineTo: string | null;
  repeat: "yearly" | "ongoing" | null;
};

/** The program's current measures with their lead body, in plan order. */
async function leadsOf(db: Db, programId: number): Promise<LeadRow[]> {
  const rows = await db
    .select({
      id: measures.id,
      organizationId: measureBodies.organizationId,
      deadlineTo: measures.deadlineTo,
      repeat: measures.repeat,
    })
    .from(measures)
    .innerJoin(measureBodies, and(eq(measureBodies.measureId, measures.id), eq(measureBodies.role, "lead")))
    .where(and(eq(measures.programId, programId), isNull(measures.removedInVersion)))
    .orderBy(asc(measures.position));
  return rows.filter((r): r is LeadRow => r.organizationId !== null);
}

/**
 * The last two past quarters: about a third of the measures reported, all accepted, progress growing
 * (done when the quarter reaches the deadline, most of the time; else late with a reason).
 * Today's quarter: open, with one measure's report submitted and awaiting review.
 */
async function reportOn(
  db: Db,
  input: GeneratedProgramsInput,
  planner: Actor,
  programId: number,
  plan: Plan,
  random: () => number,
) {
  const current = quarterOf(isoDate(input.today));
  const quarters: Quarter[] = [];
  for (let y = plan.period.from; y <= plan.period.to; y++)
    for (let q = 1; q <= 4; q++) quarters.push({ year: y, quarter: q });
  const past = quarters.filter((q) => compareQuarters(q, current) < 0).slice(-2);
  const leads = await leadsOf(db, programId);
  const reported = leads.filter(() => random() < 0.35);
  const percent = new Map<number, number>();
  let accepted = 0;
  for (const q of past) {
    const key = quarterKey(q);
    await openPeriod(db, planner, programId, key);
    const ids: number[] = [];
    for (const m of reported) {
      if (percent.get(m.id) === 100) continue;
      const due = reachesDeadline({
        deadlineTo: m.deadlineTo,
        repeat: m.repeat,
        periodEnd: quarterEnd(q),
        quarter: q.quarter,
      });
      const grown = Math.min(90, (percent.get(m.id) ?? 0) + 5 * randomInt(random, 3, 9));
      const done = due ? random() < 0.7 : grown >= 90 && random() < 0.3;
      percent.set(m.id, done ? 100 : grown);
      ids.push(await writeReport(db, input.admin, m, key, done ? 100 : grown, due && !done));
    }
    if (ids.length > 0) {
      await batchReports(db, input.admin, { ids, action: "submit" });
      await batchReports(db, planner, { ids, action: "accept" });
      accepted += ids.length;
    }
    await closePeriod(db, planner, programId, key);
  }
  if (!quarters.some((q) => compareQuarters(q, current) === 0)) return { accepted, submitted: 0 };
  await openPeriod(db, planner, programId, quarterKey(current));
  const waiting = leads.filter((m) => percent.get(m.id) !== 100).slice(0, 1);
  const ids: number[] = [];
  for (const m of waiting) {
    const due = reachesDeadline({
      deadlineTo: m.deadlineTo,
      repeat: m.repeat,
      periodEnd: quarterEnd(current),
      quarter: current.quarter,
    });
    ids.push(
      await writeReport(
        db,
        input.admin,
        m,
        quarterKey(current),
        Math.min(90, (percent.get(m.id) ?? 0) + 20),
        due,
      ),
    );
  }
  if (ids.length > 0) await batchReports(db, input.admin, { ids, action: "submit" });
  return { accepted, submitted: ids.length };
}

/** One report in the lead body's name: status by percent, spending in proportion to the plan. */
async function writeReport(db: Db, admin: Actor, m: LeadRow, period: string, percent: number, late: boolean) {
  const [funding] = await db
    .select()
    .from(measureFunding)
    .where(eq(measureFunding.measureId, m.id))
    .orderBy(asc(measureFunding.id));
  const done = percent === 100;
  const { report } = await saveReport(db, admin, {
    measureId: m.id,
    period,
    organizationId: m.organizationId,
    status: done ? "done" : "in_progress",
    percent,
    doneText: done ? "Иш-чара толук аткарылды." : `Иш-чара аткарылууда: ${percent}% аткарылды.`,
    delayReason: late ? "Каржылоо кечигип келди; иш кийинки чейректе бүтөт." : "",
    spending:
      funding?.planned != null
        ? [{ code: funding.code, amount: Math.round((funding.planned * percent) / 4) / 100 }]
        : [],
  });
  return report.id;
}
