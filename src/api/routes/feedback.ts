import { createRoute, z } from "@hono/zod-openapi";
import { FeedbackItemSchema, FeedbackStatus } from "../../domain/views/feedback.ts";
import { listFeedback } from "../../operations/feedback/list-feedback.ts";
import { moderateFeedback } from "../../operations/feedback/moderate-feedback.ts";
import type { ApiApp } from "../context.ts";
import { requireUser } from "../session.ts";
import {
  errors,
  IdParams,
  IfMatchHeader,
  ifMatchOf,
  json,
  PageOf,
  PageQuery,
  tagged,
} from "./route-schemas.ts";

const tags = ["feedback"];

const Moderation = z
  .discriminatedUnion("action", [
    z.object({ action: z.literal("publish") }).strict(),
    z.object({ action: z.literal("hide"), reason: z.string().min(1).max(2000) }).strict(),
    z.object({ action: z.literal("answer"), answer: z.string().min(1).max(10_000) }).strict(),
  ])
  .openapi("FeedbackModeration");

const list = createRoute({
  method: "get",
  path: "/api/v1/programs/{id}/feedback",
  tags,
  summary: "Citizens' questions on a program and its measures, oldest first (the planner's moderation queue)",
  request: { params: IdParams, query: PageQuery.extend({ status: FeedbackStatus.optional() }) },
  responses: {
    200: { description: "a page of questions", ...json(PageOf(FeedbackItemSchema)) },
    ...errors(400, 401, 403, 404),
  },
});
const moderate = createRoute({
  method: "patch",
  path: "/api/v1/feedback/{id}",
  tags,
  summary:
    "Publish, hide (with a reason) or answer a question officially (answering publishes); needs If-Match",
  request: { params: IdParams, headers: IfMatchHeader, body: { ...json(Moderation), required: true } },
  responses: {
    200: { description: "the question", ...json(FeedbackItemSchema) },
    ...errors(400, 401, 403, 404, 409),
  },
});

/** The moderation queue of citizens' questions. */
export function feedbackRoutes(app: ApiApp): void {
  app.openapi(list, async (c) => {
    const actor = requireUser(c);
    const { page, pageSize, status } = c.req.valid("query");
    const result = await listFeedback(
      c.get("deps").db,
      actor,
      c.req.valid("param").id,
      { status },
      { page, pageSize },
    );
    return c.json(result, 200);
  });
  app.openapi(moderate, async (c) => {
    const actor = requireUser(c);
    const ifMatch = ifMatchOf(c);
    const item = await moderateFeedback(
      c.get("deps").db,
      actor,
      c.req.valid("param").id,
      c.req.valid("json"),
      ifMatch,
      new Date(),
    );
    return c.json(tagged(c, item), 200);
  });
}
