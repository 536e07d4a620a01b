/**
 * The portal's question form: POST /public/programs/{id}/feedback (a plain HTML form; 303 to a
 * thank-you page), the proof-of-work challenge it solves with JavaScript (GET /public/altcha), and
 * the thank-you page. Spam rules are in submitFeedback; here only the form's shape.
 */
import { randomBytes, randomInt } from "node:crypto";
import { z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { createChallenge } from "../../domain/altcha.ts";
import { isAppError } from "../../domain/errors.ts";
import { portalHref, QUESTION_MAX } from "../../domain/portal-link.ts";
import { CHALLENGE_LIFETIME_MS } from "../../operations/feedback/feedback-limits.ts";
import { submitFeedback } from "../../operations/feedback/submit-feedback.ts";
import { messageHtml } from "../../operations/public/render-public-pages.ts";
import type { ApiApp } from "../context.ts";
import { ID, idParam } from "./public-pages.ts";
import { langOf, sendPage } from "./public-respond.ts";

/**
 * The key challenges are signed with. Several server processes must share it (ALTCHA_HMAC_KEY);
 * without it each process makes its own, and a challenge solved on one is unverified on another.
 */
const HMAC_KEY = process.env.ALTCHA_HMAC_KEY || randomBytes(32).toString("hex");

const optionalText = z
  .string()
  .max(200)
  .optional()
  .transform((v) => v?.trim() || null);
const FeedbackFormSchema = z.object({
  body: z.string().trim().min(1).max(QUESTION_MAX),
  measureId: z
    .string()
    .regex(/^[0-9]{1,9}$/)
    .optional()
    .transform((v) => (v === undefined ? null : Number(v))),
  authorName: optionalText,
  contact: optionalText,
  showName: z.string().optional().transform(Boolean),
  website: z.string().max(1000).optional(),
  altcha: z.string().max(4000).optional(),
});

/** The sender's address as the proxy in front of the server tells it (as the login throttle reads it). */
const addressOf = (header: string | undefined) => header?.split(",")[0]?.trim() || "local";

/** The form, its challenge and its thank-you page. */
export function publicFeedbackRoutes(app: ApiApp): void {
  app.get("/public/altcha", async (c) => {
    const expires = new Date(Date.now() + CHALLENGE_LIFETIME_MS);
    const challenge = await createChallenge({
      hmacKey: HMAC_KEY,
      salt: randomBytes(12).toString("hex"),
      number: randomInt(0, 50_001),
      expires,
    });
    c.header("cache-control", "no-store");
    return c.json(challenge, 200);
  });
  app.get(`/public/programs/:id${ID}/feedback/thanks`, (c) =>
    sendPage(c, messageHtml(langOf(c), "thanks", `/public/programs/${c.req.param("id")}`)),
  );
  app.post(
    `/public/programs/:id${ID}/feedback`,
    bodyLimit({ maxSize: 64 * 1024, onError: (c) => sendPage(c, messageHtml(langOf(c), "invalid"), 400) }),
    async (c) => {
      const lang = langOf(c);
      const back = `/public/programs/${c.req.param("id")}`;
      const form = FeedbackFormSchema.safeParse(await c.req.parseBody());
      if (!form.success) return sendPage(c, messageHtml(lang, "invalid", back), 400);
      const sender = {
        address: addressOf(c.req.header("x-forwarded-for")),
        hmacKey: HMAC_KEY,
        now: new Date(),
      };
      try {
        await submitFeedback(c.get("deps").db, { ...form.data, programId: idParam(c) }, sender);
      } catch (error) {
        if (isAppError(error, "rate_limited")) return sendPage(c, messageHtml(lang, "tooMany", back), 429);
        if (isAppError(error, "not_found")) return sendPage(c, messageHtml(lang, "notFound"), 404);
        throw error;
      }
      return c.redirect(portalHref(`${back}/feedback/thanks`, lang), 303);
    },
  );
}
