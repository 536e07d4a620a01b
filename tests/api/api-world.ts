/**
 * The world of the API-wide tests: the test world, two more users (an executor of the mayor's office
 * and an admin of Chong-Alai), a user to manage, and the Tash-Kömür seed plan saved as a program.
 */
import { asc, eq } from "drizzle-orm";
import type { Db } from "../../src/db/connect.ts";
import { measureBodies, measures } from "../../src/db/schema.ts";
import { savePlan } from "../../src/operations/programs/save-plan.ts";
import { createUser } from "../../src/operations/users/create-user.ts";
import { grantRole } from "../../src/operations/users/grant-role.ts";
import { seedPlan } from "../setup/seed-plan.ts";
import { createWorld, PASSWORD, ROOT } from "../setup/world.ts";

/** The actors every endpoint is tried with, in the order of the matrix's columns. */
export const ACTORS = [
  "anonymous",
  "viewer-tk",
  "executor-tk",
  "executor-mo",
  "planner-tk",
  "planner-ca",
  "admin-ca",
  "admin",
] as const;
export type ActorKey = (typeof ACTORS)[number];

/** Creates the world and saves the seed plan in Tash-Kömür; returns the ids the tests use. */
export async function createApiWorld(db: Db) {
  const world = await createWorld(db);
  const { tashKomur, chongAlai } = world.territories;
  const { mayorOffice, districtAdmin } = world.organizations;
  const add = async (login: string, organizationId: number) =>
    (await createUser(db, ROOT, { login, displayName: login, password: PASSWORD, organizationId })).id;
  const executorMo = await add("executor-mo", mayorOffice.id);
  await grantRole(db, ROOT, executorMo, "executor", tashKomur.id);
  const adminCa = await add("admin-ca", districtAdmin.id);
  await grantRole(db, ROOT, adminCa, "admin", chongAlai.id);
  const target = await add("target-tk", mayorOffice.id);
  const saved = await savePlan(db, ROOT, {
    territoryId: tashKomur.id,
    plan: await seedPlan(),
    sourceName: "tash-komur-2026.txt",
  });
  const rows = await db
    .select({ id: measures.id })
    .from(measures)
    .where(eq(measures.programId, saved.programId))
    .orderBy(asc(measures.position));
  const measureIds = rows.map((r) => r.id);
  const bodies = await db.select().from(measureBodies);
  /** Measures of the program where an organization is a responsible body (lead or co). */
  const responsibleFor = (organizationId: number) =>
    measureIds.filter((id) => bodies.some((b) => b.measureId === id && b.organizationId === organizationId));
  return {
    ...world,
    users: { ...world.users, "executor-mo": executorMo, "admin-ca": adminCa, "target-tk": target },
    programId: saved.programId,
    measureIds,
    responsibleFor,
  };
}

export type ApiWorld = Awaited<ReturnType<typeof createApiWorld>>;
