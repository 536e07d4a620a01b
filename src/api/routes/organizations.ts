import { createRoute, z } from "@hono/zod-openapi";
import {
  CreatedOrganizationSchema,
  OrganizationAliasSchema,
  OrganizationSchema,
} from "../../domain/views.ts";
import { addOrganizationAlias } from "../../operations/territories/add-organization-alias.ts";
import { createOrganization } from "../../operations/territories/create-organization.ts";
import { listOrganizations } from "../../operations/territories/list-organizations.ts";
import type { ApiApp } from "../context.ts";
import { requireUser } from "../session.ts";
import { errors, IdParams, json, PageOf, PageQuery } from "./route-schemas.ts";

const NewOrganization = z
  .object({
    territoryId: z.number().int().positive(),
    name: z.string().min(1).max(500),
    nameRu: z.string().max(500).nullable().optional(),
    shortName: z.string().max(100).nullable().optional(),
    partner: z.boolean().optional(),
    aliases: z.array(z.string().min(1).max(500)).max(50).optional(),
  })
  .strict()
  .openapi("NewOrganization");
const tags = ["organizations"];

const list = createRoute({
  method: "get",
  path: "/api/v1/organizations",
  tags,
  summary: "Bodies with aliases; territoryId gives those a plan of that territory can name",
  request: {
    query: PageQuery.extend({
      territoryId: z.coerce.number().int().positive().optional(),
      q: z.string().max(200).optional(),
    }),
  },
  responses: {
    200: { description: "a page of bodies", ...json(PageOf(OrganizationSchema)) },
    ...errors(400, 401, 404),
  },
});
const create = createRoute({
  method: "post",
  path: "/api/v1/organizations",
  tags,
  summary: "Add a body to a territory (admin or planner over it)",
  request: { body: { ...json(NewOrganization), required: true } },
  responses: {
    201: { description: "the body", ...json(CreatedOrganizationSchema) },
    ...errors(400, 401, 403, 404),
  },
});
const alias = createRoute({
  method: "post",
  path: "/api/v1/organizations/{id}/aliases",
  tags,
  summary: "Teach a body a name plans use; links unmatched measure bodies of that name",
  request: {
    params: IdParams,
    body: { ...json(z.object({ alias: z.string().min(1).max(500) }).strict()), required: true },
  },
  responses: {
    201: { description: "added", ...json(OrganizationAliasSchema) },
    ...errors(400, 401, 403, 404),
  },
});

/** Bodies: list, add, add an alias. */
export function organizationRoutes(app: ApiApp): void {
  app.openapi(list, async (c) => {
    const actor = requireUser(c);
    const { page, pageSize, ...filters } = c.req.valid("query");
    return c.json(await listOrganizations(c.get("deps").db, actor, filters, { page, pageSize }), 200);
  });
  app.openapi(create, async (c) => {
    const actor = requireUser(c);
    return c.json(await createOrganization(c.get("deps").db, actor, c.req.valid("json")), 201);
  });
  app.openapi(alias, async (c) => {
    const actor = requireUser(c);
    const result = await addOrganizationAlias(
      c.get("deps").db,
      actor,
      c.req.valid("param").id,
      c.req.valid("json").alias,
    );
    return c.json(result, 201);
  });
}
