import { createRoute, z } from "@hono/zod-openapi";
import { createTerritory } from "../../operations/territories/create-territory.ts";
import { listTerritories } from "../../operations/territories/list-territories.ts";
import type { ApiApp } from "../context.ts";
import { requireUser } from "../session.ts";
import { AnyObject, errors, json, PageOf } from "./route-schemas.ts";

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

const NewTerritory = z
  .object({
    code: z.string().min(1).max(30),
    parentId: z.number().int().positive(),
    level: z.enum(["oblast", "district", "city", "aiyl_aimak", "city_district"]),
    nameKy: z.string().min(1).max(300),
    nameRu: z.string().min(1).max(300),
    validFrom: z.iso.date().nullable().optional(),
  })
  .strict()
  .openapi("NewTerritory");
const create = createRoute({
  method: "post",
  path: "/api/v1/territories",
  tags: ["territories"],
  summary: "Add a territory under a parent (admin over the parent); the republic is made by the CLI",
  request: { body: { ...json(NewTerritory), required: true } },
  responses: {
    201: { description: "the territory", ...json(AnyObject) },
    ...errors(400, 401, 403, 404, 409),
  },
});

/** The territory tree; adding a territory. */
export function territoryRoutes(app: ApiApp): void {
  app.openapi(list, async (c) => {
    const actor = requireUser(c);
    return c.json(await listTerritories(c.get("deps").db, actor, c.req.valid("query")), 200);
  });
  app.openapi(create, async (c) => {
    const actor = requireUser(c);
    return c.json(await createTerritory(c.get("deps").db, actor, c.req.valid("json")), 201);
  });
}
