import { eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { territories } from "../../db/schema.ts";
import { AppError } from "../../domain/errors.ts";

/** A territory named by its id (the API) or by its official code (the command line). */
export type TerritoryKey = { id: number } | { code: string };

/** A stored territory. */
export type Territory = typeof territories.$inferSelect;

/** The territory with an id or a code, or a not_found error naming it. */
export async function findTerritory(db: Db, key: TerritoryKey): Promise<Territory> {
  const where = "id" in key ? eq(territories.id, key.id) : eq(territories.code, key.code);
  const [territory] = await db.select().from(territories).where(where);
  if (territory) return territory;
  if ("id" in key) throw new AppError("not_found", `territory ${key.id} not found`);
  throw new AppError(
    "not_found",
    `no territory with code ${key.code} (add it with: territory add ${key.code} …)`,
  );
}
