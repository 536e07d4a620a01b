/**
 * How every portal page is answered: HTML, gzip when the browser takes it (a phone on 3G), an
 * ETag of the content with 304 on If-None-Match, a short public cache, and no cookie read or set.
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { Context } from "hono";
import { isAppError } from "../../domain/errors.ts";
import { type PortalLang, portalLangOf } from "../../domain/portal-link.ts";
import { messageHtml } from "../../operations/public/render-public-pages.ts";

/** Pages change when a report is accepted or a question answered: a minute of caching is enough. */
export const PUBLIC_CACHE = "public, max-age=60";

/** The page's language from ?lang= (Kyrgyz when absent or unknown). */
export function langOf(c: Context): PortalLang {
  return portalLangOf(c.req.query("lang"));
}

/** Sends a page (or 304 when the browser has this very page). */
export function sendPage(c: Context, body: string, status: 200 | 400 | 404 | 429 = 200): Response {
  // Weak: the same page is sent gzipped or not, byte-different but the same page.
  const etag = `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers: Record<string, string> = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": status === 200 ? PUBLIC_CACHE : "no-store",
    vary: "Accept-Encoding",
    "x-content-type-options": "nosniff",
  };
  if (status === 200) headers.etag = etag;
  if (status === 200 && matches(c.req.header("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  if (/\bgzip\b/.test(c.req.header("accept-encoding") ?? "")) {
    headers["content-encoding"] = "gzip";
    return new Response(gzipSync(body), { status, headers });
  }
  return new Response(body, { status, headers });
}

/** True when If-None-Match names this ETag (weak or strong) or is "*": the client has it. */
export function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (t: string) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => t.trim() === "*" || strip(t) === strip(etag));
}

/** Runs a page's work; a missing or unpublished thing is the portal's own 404 page. */
export async function pageOrNotFound(c: Context, work: () => Promise<string>): Promise<Response> {
  try {
    return sendPage(c, await work());
  } catch (error) {
    if (isAppError(error, "not_found")) return sendPage(c, messageHtml(langOf(c), "notFound"), 404);
    throw error;
  }
}
