import { createHash, randomBytes } from "node:crypto";
import { verify } from "@node-rs/argon2";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { sessions, territories, userRoles, users } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { jsonOf } from "../shared/progress-sql.ts";

const SESSION_DAYS = 14;

/** The stored form of a session token: its SHA-256, so a leaked table opens no session. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Checks a login and password and opens a session; the same error for a wrong login or password. */
export async function logIn(db: Db, login: string, password: string, now: Date) {
  const [user] = await db.select().from(users).where(eq(users.login, login.trim().toLowerCase()));
  const ok = user?.active === true && (await verify(user.passwordHash, password).catch(() => false));
  if (!user || !ok) throw new AppError("unauthorized", "wrong login or password");
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId: user.id, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt, userId: user.id };
}

/** Ends a session. */
export async function logOut(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/**
 * The actor and CSRF token of a live session, or null for an unknown or expired token. Every
 * signed-in request starts here, so the session, its user and the user's grants (in the order they
 * were granted: the first is where screens start) are one statement.
 */
export async function sessionActor(db: Db, token: string, now: Date) {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      user: { id: users.id, login: users.login, organizationId: users.organizationId },
      grants: sql<Grant[] | string>`(select coalesce(json_agg(json_build_object('role', r.role,
          'territoryId', r.territory_id, 'territoryPath', t.path) order by r.id), '[]')
        from ${userRoles} r join ${territories} t on t.id = r.territory_id where r.user_id = ${users.id})`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now), eq(users.active, true)),
    );
  if (!row) return null;
  const grants = jsonOf<Grant[]>(row.grants) ?? [];
  return { sessionId: row.sessionId, csrfToken: row.csrfToken, actor: actorOf(row.user, grants) };
}

type Grant = Actor["grants"][number];

function actorOf(user: { id: number; login: string; organizationId: number | null }, grants: Grant[]): Actor {
  return {
    userId: user.id,
    label: `user:${user.id} (${user.login})`,
    organizationId: user.organizationId,
    grants,
  };
}

/** The actor a user acts as: their organization and every role grant with its territory path. */
export async function actorOfUser(
  db: Db,
  user: { id: number; login: string; organizationId: number | null },
): Promise<Actor> {
  const grants = await db
    .select({ role: userRoles.role, territoryId: userRoles.territoryId, territoryPath: territories.path })
    .from(userRoles)
    .innerJoin(territories, eq(territories.id, userRoles.territoryId))
    .where(eq(userRoles.userId, user.id))
    .orderBy(userRoles.id);
  return actorOf(user, grants);
}
