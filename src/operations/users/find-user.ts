import { eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { users } from "../../db/schema.ts";
import { AppError } from "../../domain/errors.ts";

/** The id, login and name of the user with a login (logins are stored in lower case). */
export async function findUserByLogin(db: Db, login: string) {
  const [user] = await db
    .select({ id: users.id, login: users.login, displayName: users.displayName })
    .from(users)
    .where(eq(users.login, login.trim().toLowerCase()));
  if (!user) throw new AppError("not_found", `no user with login ${login}`);
  return user;
}
