import { eq } from "drizzle-orm";
import type { Db } from "../db/connect.ts";
import { territories, users } from "../db/schema.ts";
import { ROLES, type Role } from "../domain/access.ts";
import { AppError } from "../domain/errors.ts";

/** The territory with a code, or a user error naming the code. */
export async function territoryByCode(db: Db, code: string) {
  const [territory] = await db.select().from(territories).where(eq(territories.code, code));
  if (!territory)
    throw new AppError("not_found", `no territory with code ${code} (add it with: territory add ${code} …)`);
  return territory;
}

/** The user with a login (logins are stored in lower case). */
export async function userByLogin(db: Db, login: string) {
  const [user] = await db.select().from(users).where(eq(users.login, login.trim().toLowerCase()));
  if (!user) throw new AppError("not_found", `no user with login ${login}`);
  return user;
}

/** A role name as typed, checked. */
export function parseRole(text: string): Role {
  if (!(ROLES as readonly string[]).includes(text))
    throw new AppError("invalid_input", `unknown role "${text}"; one of ${ROLES.join(", ")}`);
  return text as Role;
}

/** A positive integer id as typed, checked. */
export function parseId(text: string, what: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0)
    throw new AppError("invalid_input", `${what} must be a number, not "${text}"`);
  return id;
}
