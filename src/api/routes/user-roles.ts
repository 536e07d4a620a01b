import { createRoute, z } from "@hono/zod-openapi";
import { RoleChangeSchema } from "../../domain/views.ts";
import { grantRole, revokeRole } from "../../operations/users/grant-role.ts";
import { setPassword } from "../../operations/users/set-password.ts";
import type { ApiApp } from "../context.ts";
import { requireUser } from "../session.ts";
import { errors, IdParams, json } from "./route-schemas.ts";

const RoleGrant = z
  .object({
    role: z.enum(["admin", "planner", "executor", "viewer"]),
    territoryId: z.number().int().positive(),
  })
  .strict()
  .openapi("RoleGrant");
const tags = ["users"];

const role = (action: "grant" | "revoke") =>
  createRoute({
    method: "post",
    path: action === "grant" ? "/api/v1/users/{id}/roles" : "/api/v1/users/{id}/roles/revoke",
    tags,
    summary:
      action === "grant"
        ? "Grant a role over a territory subtree (admin over that territory); granting it again changes nothing"
        : "Take a role away (admin over its territory); a role the user does not have changes nothing",
    request: { params: IdParams, body: { ...json(RoleGrant), required: true } },
    responses: {
      200: { description: "done", ...json(RoleChangeSchema) },
      ...errors(400, 401, 403, 404),
    },
  });
const password = createRoute({
  method: "post",
  path: "/api/v1/users/{id}/password",
  tags,
  summary: "Set a new password (your own, or an admin's reset); ends the user's sessions",
  request: {
    params: IdParams,
    body: { ...json(z.object({ password: z.string().min(8).max(200) }).strict()), required: true },
  },
  responses: { 204: { description: "changed" }, ...errors(400, 401, 403, 404) },
});

/** A user's roles and password. */
export function userRoleRoutes(app: ApiApp): void {
  for (const action of ["grant", "revoke"] as const)
    app.openapi(role(action), async (c) => {
      const actor = requireUser(c);
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const run = action === "grant" ? grantRole : revokeRole;
      await run(c.get("deps").db, actor, id, body.role, body.territoryId);
      return c.json({ userId: id, ...body }, 200);
    });
  app.openapi(password, async (c) => {
    const actor = requireUser(c);
    await setPassword(c.get("deps").db, actor, c.req.valid("param").id, c.req.valid("json").password);
    return c.body(null, 204);
  });
}
