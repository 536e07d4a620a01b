import { createRoute, z } from "@hono/zod-openapi";
import { deleteCookie, getCookie } from "hono/cookie";
import { isAppError } from "../../domain/errors.ts";
import { MeSchema, SignedInSchema } from "../../domain/views.ts";
import {
  checkRateLimit,
  clearAttempts,
  type RateLimit,
  recordAttempt,
} from "../../operations/shared/rate-limits.ts";
import { logIn, logOut } from "../../operations/users/sessions.ts";
import type { ApiApp } from "../context.ts";
import { ErrorSchema } from "../errors.ts";
import { requireUser, SESSION_COOKIE, setSessionCookie } from "../session.ts";

const LoginSchema = z
  .object({ login: z.string().min(1).max(100), password: z.string().min(1).max(200) })
  .strict()
  .openapi("Login");
const json = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });

const login = createRoute({
  method: "post",
  path: "/api/v1/auth/login",
  tags: ["auth"],
  summary: "Sign in; sets the session cookie and returns the CSRF token for writes",
  request: { body: { ...json(LoginSchema), required: true } },
  responses: {
    200: { description: "signed in", ...json(SignedInSchema) },
    401: { description: "wrong login or password", ...json(ErrorSchema) },
    429: { description: "too many failed attempts", ...json(ErrorSchema) },
  },
});
const logout = createRoute({
  method: "post",
  path: "/api/v1/auth/logout",
  tags: ["auth"],
  summary: "Sign out",
  responses: { 204: { description: "signed out" } },
});
const me = createRoute({
  method: "get",
  path: "/api/v1/auth/me",
  tags: ["auth"],
  summary: "The signed-in user, their roles and CSRF token",
  responses: {
    200: { description: "the user", ...json(MeSchema) },
    401: { description: "not signed in", ...json(ErrorSchema) },
  },
});

/** Failed logins allowed per login and address, counted in the database for every process. */
const FAILED_LOGINS: RateLimit = { limit: 10, windowMs: 15 * 60_000 };

/** Sign in, sign out, who am I; failed logins are limited per login and address. */
export function authRoutes(app: ApiApp): void {
  app.openapi(login, async (c) => {
    const body = c.req.valid("json");
    const db = c.get("deps").db;
    const key = `login:${body.login.toLowerCase()}|${c.req.header("x-forwarded-for") ?? "local"}`;
    const now = new Date();
    await checkRateLimit(db, key, FAILED_LOGINS, now);
    try {
      const session = await logIn(db, body.login, body.password, now);
      await clearAttempts(db, key);
      setSessionCookie(c, session.token, session.expiresAt);
      return c.json({ csrfToken: session.csrfToken, userId: session.userId }, 200);
    } catch (error) {
      if (isAppError(error, "unauthorized")) await recordAttempt(db, key, FAILED_LOGINS, now);
      throw error;
    }
  });
  app.openapi(logout, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await logOut(c.get("deps").db, token);
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.body(null, 204);
  });
  app.openapi(me, async (c) => {
    const actor = requireUser(c);
    const grants = actor.grants.map((g) => ({ role: g.role, territoryId: g.territoryId }));
    const csrfToken = c.get("session")?.csrfToken ?? "";
    return c.json(
      { userId: actor.userId as number, organizationId: actor.organizationId, grants, csrfToken },
      200,
    );
  });
}
