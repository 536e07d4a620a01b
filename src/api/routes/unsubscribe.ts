import { unsubscribeByLink } from "../../operations/notify/unsubscribe.ts";
import type { ApiApp } from "../context.ts";

/**
 * GET /unsubscribe/{token}: the link of every reminder e-mail. It works without signing in (the
 * token is the proof), turns the person's reminders off and answers a small page in their
 * language; an unknown token answers 404 with the page in all three languages.
 */
export function unsubscribeRoutes(app: ApiApp): void {
  app.get("/unsubscribe/:token", async (c) => {
    const { status, html } = await unsubscribeByLink(c.get("deps").db, c.req.param("token"));
    c.header("Cache-Control", "no-store");
    c.header("Referrer-Policy", "no-referrer");
    return c.html(html, status);
  });
}
