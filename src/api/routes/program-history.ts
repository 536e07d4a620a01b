import { createRoute, z } from "@hono/zod-openapi";
import { VersionDiffSchema } from "../../domain/views/public.ts";
import { diffProgramVersions } from "../../operations/programs/diff-program-versions.ts";
import type { ApiApp } from "../context.ts";
import { requireUser } from "../session.ts";
import { errors, IdParams, json } from "./route-schemas.ts";

const Version = z.coerce.number().int().positive().max(1_000_000);

const diff = createRoute({
  method: "get",
  path: "/api/v1/programs/{id}/versions/diff",
  tags: ["programs"],
  summary: "The difference between two versions: measures added, removed and changed field by field",
  request: { params: IdParams, query: z.object({ from: Version, to: Version }) },
  responses: {
    200: { description: "the diff", ...json(VersionDiffSchema) },
    ...errors(400, 401, 403, 404),
  },
});

/** A program's plan history; added before the program routes so "diff" is not read as a version number. */
export function programHistoryRoutes(app: ApiApp): void {
  app.openapi(diff, async (c) => {
    const actor = requireUser(c);
    const { from, to } = c.req.valid("query");
    return c.json(await diffProgramVersions(c.get("deps").db, actor, c.req.valid("param").id, from, to), 200);
  });
}
