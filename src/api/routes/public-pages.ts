/**
 * The citizens' portal: server-rendered pages under /public (outside /api/v1), readable without
 * JavaScript and without cookies, for anyone. Ids are digits only, so other files under
 * /public/programs/ (open-data downloads) have their own routes.
 */
import type { Context } from "hono";
import { AppError, isAppError } from "../../domain/errors.ts";
import { isoDate } from "../../domain/quarter.ts";
import { getPublicPhoto } from "../../operations/public/get-public-photo.ts";
import {
  historyHtml,
  measureHtml,
  messageHtml,
  programHtml,
  territoryHtml,
  treeHtml,
} from "../../operations/public/render-public-pages.ts";
import type { ApiApp, ApiEnv } from "../context.ts";
import { langOf, PUBLIC_CACHE, pageOrNotFound, sendPage } from "./public-respond.ts";

/** A path id: digits (the router's pattern), within the database's integer range (else not found). */
export const ID = "{[0-9]+}";
export function idParam(c: Context, name = "id"): number {
  const n = Number(c.req.param(name));
  if (!Number.isSafeInteger(n) || n > 2_147_483_647)
    throw new AppError("not_found", `no ${name} ${c.req.param(name)}`);
  return n;
}

/** A version number from ?from= / ?to=, when it is one. */
function versionOf(value: string | undefined): number | undefined {
  return value && /^[0-9]{1,6}$/.test(value) ? Number(value) : undefined;
}

// Search engines may read the portal and nothing else (the app's screens need a sign-in anyway).
const ROBOTS = "User-agent: *\nAllow: /public\nDisallow: /\n";

/** The portal's pages: territory tree → territory → program → measure, plan history, photos; robots.txt. */
export function publicPageRoutes(app: ApiApp): void {
  const db = (c: Context<ApiEnv>) => c.get("deps").db;
  const id = idParam;
  app.get("/robots.txt", (c) => c.text(ROBOTS, 200, { "cache-control": PUBLIC_CACHE }));
  app.get("/public", (c) => pageOrNotFound(c, () => treeHtml(db(c), langOf(c))));
  app.get("/public/territories/:code", (c) =>
    pageOrNotFound(c, () => territoryHtml(db(c), langOf(c), c.req.param("code"))),
  );
  app.get(`/public/programs/:id${ID}`, (c) =>
    pageOrNotFound(c, () => programHtml(db(c), langOf(c), id(c), isoDate(c.get("deps").today()))),
  );
  app.get(`/public/programs/:id${ID}/measures/:measureId${ID}`, (c) =>
    pageOrNotFound(c, () => measureHtml(db(c), langOf(c), id(c), id(c, "measureId"))),
  );
  app.get(`/public/programs/:id${ID}/history`, (c) =>
    pageOrNotFound(c, () => {
      const wanted = { from: versionOf(c.req.query("from")), to: versionOf(c.req.query("to")) };
      return historyHtml(db(c), langOf(c), id(c), wanted);
    }),
  );
  app.get(`/public/photos/:id${ID}`, async (c) => {
    const { deps } = c.var;
    // Not a public photo: the portal's 404 page; a store that fails is an error, not a 404.
    const photo = await Promise.resolve()
      .then(() => getPublicPhoto(deps.db, deps.files, id(c)))
      .catch((error) => {
        if (isAppError(error)) return null;
        throw error;
      });
    if (!photo) return sendPage(c, messageHtml(langOf(c), "notFound"), 404);
    return c.body(new Uint8Array(photo.bytes), 200, {
      "content-type": photo.mimeType,
      "cache-control": PUBLIC_CACHE,
      etag: `"${photo.sha256}"`,
      "x-content-type-options": "nosniff",
    });
  });
}

/** Anything else under /public is the portal's own 404 page, never the web app; added after every other route. */
export function publicNotFoundRoute(app: ApiApp): void {
  app.get("/public/*", (c) => sendPage(c, messageHtml(langOf(c), "notFound"), 404));
}
