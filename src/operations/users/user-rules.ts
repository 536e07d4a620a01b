import { eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { territories } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";

const MIN_PASSWORD = 8;

/** Refuses a password too short to keep. */
export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD)
    throw new AppError("invalid_input", `the password must have at least ${MIN_PASSWORD} characters`);
}

async function territoryPath(db: Db, territoryId: number): Promise<string> {
  const [t] = await db
    .select({ path: territories.path })
    .from(territories)
    .where(eq(territories.id, territoryId));
  if (!t) throw new AppError("not_found", `territory ${territoryId} not found`);
  return t.path;
}

/** Refuses unless the actor is an admin over the territory. */
export async function requireAdminOver(db: Db, actor: Actor, territoryId: number): Promise<void> {
  if (!allows(actor, "admin.manage", await territoryPath(db, territoryId)))
    throw new AppError("forbidden", "managing users of this territory needs the admin role over it");
}
