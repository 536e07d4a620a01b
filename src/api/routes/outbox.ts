import { createRoute, z } from "@hono/zod-openapi";
import { OutboxMessageSchema } from "../../domain/views.ts";
import { listOutbox } from "../../operations/notify/list-outbox.ts";
import type { ApiApp } from "../context.ts";
import { requireUser } from "../session.ts";
import { errors, json, PageOf, PageQuery } from "./route-schemas.ts";

const list = createRoute({
  method: "get",
  path: "/api/v1/outbox",
  tags: ["notifications"],
  summary:
    "Messages of the outbox to users of the territories you administer, newest first (without SMTP_URL they are read here)",
  request: {
    query: PageQuery.extend({ status: z.enum(["pending", "sending", "sent", "failed"]).optional() }),
  },
  responses: {
    200: { description: "a page of messages", ...json(PageOf(OutboxMessageSchema)) },
    ...errors(400, 401, 403),
  },
});

/** The outbox, for admins. */
export function outboxRoutes(app: ApiApp): void {
  app.openapi(list, async (c) => {
    const actor = requireUser(c);
    const { page, pageSize, status } = c.req.valid("query");
    const filter = status === undefined ? {} : { status };
    return c.json(await listOutbox(c.get("deps").db, actor, filter, { page, pageSize }), 200);
  });
}
