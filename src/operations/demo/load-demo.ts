import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { and, asc, count, eq, inArray, isNull } from "drizzle-orm";
import type { AttachmentStore } from "../../db/attachment-store.ts";
import type { Db } from "../../db/connect.ts";
import { measureBodies, measures, programs, territories, users } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import type { Plan } from "../../domain/plan.ts";
import { isoDate } from "../../domain/quarter.ts";
import { importPlan } from "../../importers/import-plan.ts";
import { savePlan } from "../programs/save-plan.ts";
import { updateProgram } from "../programs/update-program.ts";
import { createOrganization } from "../territories/create-organization.ts";
import { createTerritory } from "../territories/create-territory.ts";
import { importTerritories } from "../territories/import-territories.ts";
import { createUser } from "../users/create-user.ts";
import { grantRole } from "../users/grant-role.ts";
import { actorOfUser } from "../users/sessions.ts";
import { DEMO_AIYL_AIMAKS, REGISTER_FILE } from "./demo-areas.ts";
import {
  DEMO_BODIES,
  DEMO_PLANS,
  DEMO_TERRITORIES,
  DEMO_USERS,
  REPORTED_MEASURES,
} from "./load-demo-data.ts";
import { loadDemoIndicators } from "./load-demo-indicators.ts";
import { type GeneratedSummary, loadGeneratedPrograms } from "./load-demo-programs.ts";
import { type DemoReports, writeDemoReports } from "./load-demo-reports.ts";

/** The folder the demo's plan documents ship in. */
export const DEMO_DIR = fileURLToPath(new URL("../../../demo/", import.meta.url));
const ROOT_DIR = fileURLToPath(new URL("../../../", import.meta.url));

/** What the demo loaded, for the CLI to print. */
export interface DemoSummary {
  users: { login: string; password: string; role: string; territory: string }[];
  programs: { id: number; title: string; measures: number; unmatchedBodies: string[] }[];
  reports: DemoReports;
  generated: GeneratedSummary;
}

/**
 * Loads the demo: the national register (republic, oblasts, districts), the demo's city and aiyl
 * aimaks, bodies, users of every role, the two seed plans saved, approved and
 * published, closed periods for the quarters before `today` and an open one for today's, with
 * accepted, returned, draft and submitted reports written through the reporting operations (so
 * the measures' state is what those operations make it), then generated programs in districts and
 * aiyl aimaks of two oblasts (load-demo-programs.ts). Same `today`, same data. Refuses a
 * database that already has programs or any demo login, before writing anything.
 */
export async function loadDemo(
  db: Db,
  files: AttachmentStore,
  today: Date,
  actor: Actor,
): Promise<DemoSummary> {
  const [existing] = await db.select({ n: count() }).from(programs);
  if ((existing?.n ?? 0) > 0)
    throw new AppError(
      "conflict",
      "the database already has programs; the demo loads only into one without programs",
    );
  const taken = await db
    .select({ login: users.login })
    .from(users)
    .where(
      inArray(
        users.login,
        DEMO_USERS.map((u) => u.login),
      ),
    );
  if (taken.length > 0)
    throw new AppError(
      "conflict",
      `the demo logins ${taken.map((u) => u.login).join(", ")} are taken; load the demo into a new database`,
    );
  const territoryIds = await demoTerritories(db, actor);
  const bodyIds = new Map<string, number>();
  for (const { key, territory, ...body } of DEMO_BODIES) {
    const org = await createOrganization(db, actor, {
      territoryId: territoryIds.get(territory) as number,
      ...body,
    });
    bodyIds.set(key, org.id);
  }
  const actors = new Map<string, Actor>();
  for (const u of DEMO_USERS) {
    const user = await createUser(db, actor, {
      login: u.login,
      displayName: u.displayName,
      password: u.password,
      organizationId: u.body === null ? null : (bodyIds.get(u.body) as number),
    });
    await grantRole(db, actor, user.id, u.role, territoryIds.get(u.territory) as number);
    actors.set(u.login, await actorOfUser(db, user));
  }
  const summary: DemoSummary = {
    users: DEMO_USERS.map((u) => ({
      login: u.login,
      password: u.password,
      role: u.role,
      territory: u.territory,
    })),
    programs: [],
    reports: { accepted: 0, returned: 0, draft: 0, submitted: 0, attachments: 0, periods: 0 },
    generated: { programs: 0, measures: 0, accepted: 0, submitted: 0 },
  };
  const seeds: Plan[] = [];
  for (const demo of DEMO_PLANS) {
    const planner = actors.get(demo.planner) as Actor;
    const executor = actors.get(demo.executor) as Actor;
    const { plan } = await importPlan(await readFile(`${DEMO_DIR}${demo.file}`), demo.file, { today });
    seeds.push(plan);
    const saved = await savePlan(db, planner, {
      territoryId: territoryIds.get(demo.territory) as number,
      plan,
      sourceName: demo.file,
    });
    await approveAndPublish(db, planner, saved.programId, demo.approvalNumber, demo.approvalDate);
    summary.programs.push({
      id: saved.programId,
      title: plan.title,
      measures: plan.measures.length,
      unmatchedBodies: saved.unmatchedBodies,
    });
    const led = await measuresLedBy(db, saved.programId, executor.organizationId as number);
    const written = await writeDemoReports(db, {
      programId: saved.programId,
      measures: led,
      planner,
      executor,
      files,
      today,
    });
    for (const key of Object.keys(written) as (keyof DemoReports)[]) summary.reports[key] += written[key];
  }
  summary.generated = await loadGeneratedPrograms(db, {
    seeds,
    admin: actor,
    plannerOf: (path) => plannerOver(actors, path),
    // A local council's session and decision number, as approvals are written ("5-2").
    approve: (planner, id) =>
      approveAndPublish(db, planner, id, `${(id % 7) + 3}-${(id % 4) + 1}`, isoDate(today)),
    today,
  });
  // the territories' socio-economic figures for 2024–2026 (issue 10, item 4)
  await loadDemoIndicators(db, actor, today);
  return summary;
}

/**
 * The register's republic, oblasts and districts (re-loading it changes nothing, so a server set
 * up by hand keeps what it has), then the demo's city and aiyl aimaks, which the register lacks.
 */
async function demoTerritories(db: Db, actor: Actor): Promise<Map<string, number>> {
  await importTerritories(db, actor, await readFile(`${ROOT_DIR}${REGISTER_FILE}`, "utf8"));
  const ids = new Map((await db.select().from(territories)).map((t) => [t.code, t.id]));
  for (const { parent, ...t } of [...DEMO_TERRITORIES, ...DEMO_AIYL_AIMAKS]) {
    if (ids.has(t.code)) continue;
    const created = await createTerritory(db, actor, {
      ...t,
      parentId: parent === null ? null : (ids.get(parent) as number),
    });
    ids.set(t.code, created.id);
  }
  return ids;
}

/** The planner who works on a territory's programs: the oblast's own planner, else the national one. */
function plannerOver(actors: Map<string, Actor>, path: string): Actor {
  const oblast = actors.get("planner.osh") as Actor;
  const covered = oblast.grants.some((g) => path.startsWith(g.territoryPath));
  return covered ? oblast : (actors.get("planner.kg") as Actor);
}

/** Records the approval document, approves the program and puts it on the public page. */
async function approveAndPublish(db: Db, actor: Actor, programId: number, number: string, date: string) {
  const [program] = await db
    .select({ rowVersion: programs.rowVersion })
    .from(programs)
    .where(eq(programs.id, programId));
  const patch = { status: "approved" as const, published: true, approvalNumber: number, approvalDate: date };
  await updateProgram(db, actor, programId, patch, program?.rowVersion ?? 1);
}

/** The measures a body leads, in plan order: the first ones get the demo's reports. */
async function measuresLedBy(db: Db, programId: number, organizationId: number) {
  const rows = await db
    .selectDistinct({ id: measures.id, position: measures.position })
    .from(measures)
    .innerJoin(measureBodies, eq(measureBodies.measureId, measures.id))
    .where(
      and(
        eq(measures.programId, programId),
        isNull(measures.removedInVersion),
        eq(measureBodies.organizationId, organizationId),
        eq(measureBodies.role, "lead"),
      ),
    )
    .orderBy(asc(measures.position))
    .limit(REPORTED_MEASURES + 1);
  return rows.map((r) => r.id);
}
