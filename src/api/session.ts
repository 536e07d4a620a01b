import type { MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { ANONYMOUS } from "../domain/access.ts";
import { AppError } from "../domain/errors.ts";
import { sessionActor } from "../operations/users/sessions.ts";
import type { ApiEnv } from "./context.ts";

export const SESSION_COOKIE = "sid";
export const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Reads the session cookie into the request's actor (anonymous without one). A browser session
 * writes only with the CSRF token it got at login in the X-CSRF-Token header: a cookie alone,
 * which another site can make the browser send, never authorizes a write.
 */
export function sessionMiddleware(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const deps = c.get("deps");
    c.set("actor", ANONYMOUS);
    c.set("session", null);
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const found = await sessionActor(deps.db, token, new Date());
      if (found) {
        c.set("actor", found.actor);
        c.set("session", { id: found.sessionId, csrfToken: found.csrfToken });
        if (!SAFE_METHODS.has(c.req.method) && c.req.header(CSRF_HEADER) !== found.csrfToken)
          throw new AppError("forbidden", "missing or wrong CSRF token (X-CSRF-Token header)");
      } else {
        deleteCookie(c, SESSION_COOKIE, { path: "/" });
      }
    }
    await next();
  };
}

/** Sets the http-only, SameSite session cookie. */
export function setSessionCookie(
  c: Parameters<MiddlewareHandler<ApiEnv>>[0],
  token: string,
  expires: Date,
): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: c.get("deps").secureCookies === true,
    path: "/",
    expires,
  });
}

/** A signed-in actor, or a 401 for an anonymous request. */
export function requireUser(c: Parameters<MiddlewareHandler<ApiEnv>>[0]) {
  const actor = c.get("actor");
  if (actor.userId === null) throw new AppError("unauthorized", "sign in first");
  return actor;
}
