import { createRoute, z } from "@hono/zod-openapi";
import { AuditEntrySchema } from "../../domain/views.ts";
import { AUDITED, listAudit } from "../../operations/users/list-audit.ts";
import type { ApiApp } from "../context.ts";
import { requireUser } from "../session.ts";
import { errors, json, PageOf, PageQuery } from "./route-schemas.ts";

const list = createRoute({
  method: "get",
  path: "/api/v1/audit",
  tags: ["audit"],
  summary:
    "The audit trail of one thing, newest first (a measure's includes its state, reports and attachments; a program's its versions and periods; a user's their roles): planners and admins over a program's territory, admins for users, bodies, territories",
  request: {
    query: PageQuery.extend({
      entity: z.enum(AUDITED),
      entityId: z.coerce.number().int().positive().max(2147483647),
    }),
  },
  responses: {
    200: { description: "a page of audit entries", ...json(PageOf(AuditEntrySchema)) },
    ...errors(400, 401, 403, 404),
  },
});

/** The audit trail. */
export function auditRoutes(app: ApiApp): void {
  app.openapi(list, async (c) => {
    const actor = requireUser(c);
    const { page, pageSize, entity, entityId } = c.req.valid("query");
    const result = await listAudit(c.get("deps").db, actor, entity, entityId, { page, pageSize });
    const items = result.items.map((e) => ({ ...e, at: e.at.toISOString() }));
    return c.json({ ...result, items }, 200);
  });
}
