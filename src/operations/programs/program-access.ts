import { eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { programs, territories } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";

/** A program row with the path of its territory. */
export type ProgramWithPath = typeof programs.$inferSelect & { territoryPath: string };

/** The program, or not_found. */
export async function loadProgram(db: Db, programId: number): Promise<ProgramWithPath> {
  const [row] = await db
    .select({ program: programs, territoryPath: territories.path })
    .from(programs)
    .innerJoin(territories, eq(territories.id, programs.territoryId))
    .where(eq(programs.id, programId));
  if (!row) throw new AppError("not_found", `program ${programId} not found`);
  return { ...row.program, territoryPath: row.territoryPath };
}

/** Refusal for an actor: 401 when nobody is signed in, else 403. */
export function refusal(actor: Actor, message: string): AppError {
  return actor.grants.length === 0 && actor.userId === null
    ? new AppError("unauthorized", "sign in first")
    : new AppError("forbidden", message);
}

/** A program the actor may read: program.read over its territory, or published (for anyone). */
export async function readableProgram(db: Db, actor: Actor, programId: number): Promise<ProgramWithPath> {
  const program = await loadProgram(db, programId);
  if (!program.published && !allows(actor, "program.read", program.territoryPath))
    throw refusal(actor, "reading this program needs a role over its territory");
  return program;
}

/** A program the actor may manage (program.manage over its territory). */
export async function managedProgram(db: Db, actor: Actor, programId: number): Promise<ProgramWithPath> {
  const program = await loadProgram(db, programId);
  if (!allows(actor, "program.manage", program.territoryPath))
    throw refusal(actor, "changing a program needs the planner role over its territory");
  return program;
}
