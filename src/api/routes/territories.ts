import { createRoute, z } from "@hono/zod-openapi";
import { listTerritories } from "../../operations/list-territories.ts";
import type { ApiApp } from "../context.ts";
import { requireUser } from "../session.ts";
import { errors, json, PageOf } from "./route-schemas.ts";

const Territory = z
  .object({
    id: z.number().int(),
    parentId: z.number().int().nullable(),
    code: z.string(),
    level: z.string(),
    nameKy: z.string(),
    nameRu: z.string(),
    path: z.string(),
    depth: z.number().int(),
  })
  .openapi("Territory");

const list = createRoute({
  method: "get",
  path: "/api/v1/territories",
  tags: ["territories"],
  summary: "The territory tree in pre-order (parentId, depth); anyone signed in",
  request: {
    query: z.object({
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(5000).default(1000),
    }),
  },
  responses: {
    200: { description: "a page of territories", ...json(PageOf(Territory)) },
    ...errors(400, 401),
  },
});

/** The territory tree. */
export function territoryRoutes(app: ApiApp): void {
  app.openapi(list, async (c) => {
    const actor = requireUser(c);
    return c.json(await listTerritories(c.get("deps").db, actor, c.req.valid("query")), 200);
  });
}
