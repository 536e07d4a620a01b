/**
 * The world of the load checks: the test world (tests/setup/world.ts) plus a program of
 * Tash-Kömür whose measures are shared out between many bodies, its 2026-Q3 period open, and
 * executors of those bodies — each executor owning reports no other executor writes, so that
 * "the last acknowledged write is what the database holds" is a fair question.
 */
import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../src/db/connect.ts";
import { measureBodies, measures } from "../../src/db/schema.ts";
import type { Measure, Plan } from "../../src/domain/plan.ts";
import { savePlan } from "../../src/operations/programs/save-plan.ts";
import { openPeriod } from "../../src/operations/reporting/open-period.ts";
import { createOrganization } from "../../src/operations/territories/create-organization.ts";
import { createUser } from "../../src/operations/users/create-user.ts";
import { grantRole } from "../../src/operations/users/grant-role.ts";
import { createWorld, PASSWORD, ROOT } from "../setup/world.ts";

/** The quarter every executor reports on (TODAY of the app processes is 2026-09-30). */
export const LOAD_PERIOD = "2026-Q3";

/** A report an executor writes: one measure, on behalf of its body. */
export interface OwnedReport {
  measureId: number;
  organizationId: number;
}

/** A simulated executor: a login of its own and the reports only it writes. */
export interface Executor {
  login: string;
  password: string;
  reports: OwnedReport[];
}

/** How big the load world is. */
export interface LoadWorldSize {
  executors: number;
  bodies: number;
  measures: number;
}

const bodyName = (n: number) => `Жүктөм органы №${n + 1}`;

/** Measures of 2026 Q3–Q4, each led by one body with the next body as co-executor. */
export function loadPlan(
  size: Pick<LoadWorldSize, "bodies" | "measures">,
  title = "Жүктөм сыноосунун программасы 2026",
): Plan {
  const measure = (i: number): Measure => ({
    section: null,
    number: String(i + 1),
    task: `Милдет ${i + 1}`,
    action: `Көчө №${i + 1} асфальттоо`,
    deadline: { text: "2026-жылдын IV-кварталы", from: "2026-10-01", to: "2026-12-31", repeat: null },
    result: "Асфальт төшөлдү",
    responsible: [bodyName(i % size.bodies), bodyName((i + 1) % size.bodies)],
    funding: [{ code: "local", text: "ЖБ" }],
    cost: null,
    targets: [],
  });
  return {
    format: "plan/v1",
    title,
    territory: null,
    period: { from: 2026, to: 2026 },
    language: "ky",
    sections: [],
    measures: Array.from({ length: size.measures }, (_, i) => measure(i)),
    signatories: [],
  };
}

/**
 * Builds the world on a migrated, empty database. Every (measure, body) pair is one report;
 * a body's pairs are dealt round robin to its executors.
 */
export async function createLoadWorld(db: Db, size: LoadWorldSize) {
  const world = await createWorld(db);
  const territoryId = world.territories.tashKomur.id;
  const bodies: number[] = [];
  for (let n = 0; n < size.bodies; n++)
    bodies.push((await createOrganization(db, ROOT, { territoryId, name: bodyName(n) })).id);
  const saved = await savePlan(db, ROOT, { territoryId, plan: loadPlan(size), sourceName: "load" });
  await openPeriod(db, ROOT, saved.programId, LOAD_PERIOD);
  const pairs = await reportPairs(db, saved.programId);
  const executors: Executor[] = Array.from({ length: size.executors }, (_, i) => ({
    login: `load.executor.${i + 1}`,
    password: PASSWORD,
    reports: [],
  }));
  const perBody = size.executors / size.bodies;
  const dealt = new Map<number, number>();
  for (const pair of pairs) {
    const b = bodies.indexOf(pair.organizationId);
    const turn = dealt.get(b) ?? 0;
    dealt.set(b, turn + 1);
    executors[b + size.bodies * (turn % perBody)]?.reports.push(pair);
  }
  await Promise.all(
    executors.map(async (e, i) => {
      const organizationId = bodies[i % size.bodies] as number;
      const user = await createUser(db, ROOT, {
        login: e.login,
        displayName: e.login,
        password: e.password,
        organizationId,
      });
      await grantRole(db, ROOT, user.id, "executor", territoryId);
    }),
  );
  return {
    world,
    programId: saved.programId,
    executors,
    planner: { login: "planner-tk", password: PASSWORD },
  };
}

async function reportPairs(db: Db, programId: number): Promise<OwnedReport[]> {
  return db
    .select({ measureId: measureBodies.measureId, organizationId: measureBodies.organizationId })
    .from(measureBodies)
    .innerJoin(measures, eq(measures.id, measureBodies.measureId))
    .where(and(eq(measures.programId, programId), isNotNull(measureBodies.organizationId)))
    .orderBy(measureBodies.measureId, measureBodies.position) as Promise<OwnedReport[]>;
}
