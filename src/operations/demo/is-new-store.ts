import { count } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { programs, users } from "../../db/schema.ts";

/** True on a first start: the database has no users and no programs yet. */
export async function isNewStore(db: Db): Promise<boolean> {
  const [u] = await db.select({ n: count() }).from(users);
  const [p] = await db.select({ n: count() }).from(programs);
  return (u?.n ?? 0) === 0 && (p?.n ?? 0) === 0;
}
