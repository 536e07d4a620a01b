import { createRoute, z } from "@hono/zod-openapi";
import { UserSchema } from "../../domain/views.ts";
import { createUser } from "../../operations/users/create-user.ts";
import { getUser } from "../../operations/users/get-user.ts";
import { listUsers } from "../../operations/users/list-users.ts";
import { updateUser } from "../../operations/users/update-user.ts";
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
  QueryBool,
  tagged,
} from "./route-schemas.ts";

const Locale = z.enum(["ky", "ru", "en"]);
// Unknown fields are refused (400) rather than dropped: a misspelt field must not look saved.
const NewUser = z
  .object({
    login: z.string().min(3).max(64),
    displayName: z.string().min(1).max(200),
    password: z.string().min(8).max(200),
    organizationId: z.number().int().positive().nullable(),
    locale: Locale.optional(),
  })
  .strict()
  .openapi("NewUser");
const UserPatch = z
  .object({
    displayName: z.string().min(1).max(200).optional(),
    active: z.boolean().optional(),
    locale: Locale.optional(),
  })
  .strict()
  .openapi("UserPatch");
const tags = ["users"];

const list = createRoute({
  method: "get",
  path: "/api/v1/users",
  tags,
  summary: "Users of the organizations in the territories you administer, with their roles",
  request: {
    query: PageQuery.extend({
      q: z.string().max(200).optional(),
      organizationId: z.coerce.number().int().positive().optional(),
      active: QueryBool.optional(),
    }),
  },
  responses: {
    200: { description: "a page of users", ...json(PageOf(UserSchema)) },
    ...errors(400, 401, 403),
  },
});
const create = createRoute({
  method: "post",
  path: "/api/v1/users",
  tags,
  summary: "Add a user to an organization (admin over its territory); roles are granted separately",
  request: { body: { ...json(NewUser), required: true } },
  responses: {
    201: { description: "the user", ...json(UserSchema) },
    ...errors(400, 401, 403, 404, 409),
  },
});
const get = createRoute({
  method: "get",
  path: "/api/v1/users/{id}",
  tags,
  summary: "A user with their roles (admin over their organization, or the user); ETag is its row version",
  request: { params: IdParams },
  responses: { 200: { description: "the user", ...json(UserSchema) }, ...errors(401, 403, 404) },
});
const patch = createRoute({
  method: "patch",
  path: "/api/v1/users/{id}",
  tags,
  summary: "Edit name, language, active (admins; a user their own name and language); needs If-Match",
  request: { params: IdParams, headers: IfMatchHeader, body: { ...json(UserPatch), required: true } },
  responses: {
    200: { description: "the user", ...json(UserSchema) },
    ...errors(400, 401, 403, 404, 409),
  },
});

/** Users: list, add, read, edit. */
export function userRoutes(app: ApiApp): void {
  app.openapi(list, async (c) => {
    const actor = requireUser(c);
    const { page, pageSize, ...filters } = c.req.valid("query");
    return c.json(await listUsers(c.get("deps").db, actor, filters, { page, pageSize }), 200);
  });
  app.openapi(create, async (c) => {
    const actor = requireUser(c);
    const { db } = c.get("deps");
    const created = await createUser(db, actor, c.req.valid("json"));
    const user = await getUser(db, actor, created.id);
    return c.json(tagged(c, user), 201);
  });
  app.openapi(get, async (c) => {
    const actor = requireUser(c);
    const user = await getUser(c.get("deps").db, actor, c.req.valid("param").id);
    return c.json(tagged(c, user), 200);
  });
  app.openapi(patch, async (c) => {
    const actor = requireUser(c);
    const { db } = c.get("deps");
    const { id } = c.req.valid("param");
    await updateUser(db, actor, id, c.req.valid("json"), ifMatchOf(c));
    const user = await getUser(db, actor, id);
    return c.json(tagged(c, user), 200);
  });
}
