/**
 * Every answer of the API has a declared shape: the OpenAPI document names no empty or loose
 * object as a 2xx JSON body, and real answers parse with the schemas of src/domain/views.ts
 * without a key the schema does not declare.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { describe, expect, expectTypeOf, it } from "vitest";
import { apiFor } from "../../tests/setup/api-client.ts";
import { createProgramFixture } from "../../tests/setup/program-fixture.ts";
import { worldWithSmallPlan } from "../../tests/setup/seed-plan.ts";
import { freshDatabase, testEngines } from "../../tests/setup/test-db.ts";
import type { PlanDiff } from "../domain/plan-diff.ts";
import {
  AuditEntrySchema,
  DashboardSchema,
  type ImportWarningSchema,
  MeasureDetailSchema,
  MeasureListItemSchema,
  MeasureReportRowSchema,
  MeSchema,
  OrganizationSchema,
  PeriodSchema,
  type PlanDiffSchema,
  ProgramListItemSchema,
  ProgramSchema,
  ProgramVersionItemSchema,
  ProgramVersionSchema,
  pageOf,
  ReportingRateSchema,
  ReportRowSchema,
  ReportSchema,
  TerritoryNodeSchema,
  UserSchema,
} from "../domain/views.ts";
import type { ImportWarning } from "../importers/import-plan.ts";
import { json } from "./routes/route-schemas.ts";

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  prefixItems?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Operation = { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> };
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

/** Where in a schema an object declares no property at all (`{}` or a loose object), by path. */
function shapeless(doc: Doc, schema: Schema | undefined, at: string, seen = new Set<string>()): string[] {
  if (!schema) return [`${at}: no schema`];
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return [];
    const name = schema.$ref.replace("#/components/schemas/", "");
    return shapeless(
      doc,
      doc.components?.schemas?.[name],
      `${at} → ${name}`,
      new Set([...seen, schema.$ref]),
    );
  }
  const isObject = schema.type === "object" || (Array.isArray(schema.type) && schema.type.includes("object"));
  // a record (additionalProperties with a schema of its own) declares its values; `{}` or true does not
  const record =
    typeof schema.additionalProperties === "object" && Object.keys(schema.additionalProperties).length > 0;
  const own =
    isObject && Object.keys(schema.properties ?? {}).length === 0 && !record
      ? [`${at}: an object with no properties`]
      : [];
  const children: [string, Schema | undefined][] = [
    ...Object.entries(schema.properties ?? {}).map(([k, v]): [string, Schema] => [`.${k}`, v]),
    ["[]", schema.items],
    ...(schema.prefixItems ?? []).map((v, i): [string, Schema] => [`[${i}]`, v]),
    ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])].map(
      (v): [string, Schema] => ["|", v],
    ),
  ];
  if (record) children.push(["{}", schema.additionalProperties as Schema]);
  return [
    ...own,
    ...children.flatMap(([key, child]) => (child ? shapeless(doc, child, `${at}${key}`, seen) : [])),
  ];
}

/** The 2xx JSON answers of the document: "GET /path 200" → schema. */
function jsonAnswers(doc: Doc): [string, Schema | undefined][] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).flatMap(([method, op]) =>
      Object.entries(op.responses ?? {})
        .filter(([status, r]) => status.startsWith("2") && r.content?.["application/json"])
        .map(([status, r]): [string, Schema | undefined] => [
          `${method.toUpperCase()} ${path} ${status}`,
          r.content?.["application/json"]?.schema,
        ]),
    ),
  );
}

describe("the shapes of the answers", () => {
  it("the domain's schemas infer the types the operations and importers use", () => {
    expectTypeOf<z.infer<typeof PlanDiffSchema>>().toEqualTypeOf<PlanDiff>();
    expectTypeOf<z.infer<typeof ImportWarningSchema>>().toEqualTypeOf<ImportWarning>();
  });

  it("the check catches the old AnyObject (z.looseObject({})), at the top and nested", () => {
    const app = new OpenAPIHono();
    const answer = (path: string, schema: z.ZodType) =>
      createRoute({ method: "get", path, responses: { 200: { description: "x", ...json(schema) } } });
    app.openapi(answer("/loose", z.looseObject({})), (c) => c.json({}, 200));
    app.openapi(answer("/nested", z.object({ page: pageOf(z.looseObject({})) })), (c) =>
      c.json({ page: { items: [], total: 0, page: 1, pageSize: 1 } }, 200),
    );
    app.openapi(answer("/record", z.record(z.string(), z.number())), (c) => c.json({}, 200));
    const doc = app.getOpenAPI31Document({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
    }) as unknown as Doc;
    expect(jsonAnswers(doc).flatMap(([name, schema]) => shapeless(doc, schema, name))).toEqual([
      "GET /loose 200: an object with no properties",
      "GET /nested 200.page.items[]: an object with no properties",
    ]);
  });
});

describe.each(testEngines())("the OpenAPI document and real answers on %s", (engine) => {
  it("declares every 2xx JSON answer with properties: no empty or loose object left", async () => {
    const { db } = await freshDatabase(engine);
    const doc = (await apiFor(db).anonymous().get<Doc>("/api/openapi.json")).body;
    const answers = jsonAnswers(doc);
    expect(answers.length).toBeGreaterThan(30);
    const declaresNothing = answers.filter(([, schema]) => schema && Object.keys(schema).length === 0);
    expect(declaresNothing.map(([name]) => name)).toEqual([]);
    expect(answers.flatMap(([name, schema]) => shapeless(doc, schema, name))).toEqual([]);
  });

  it("answers what its schemas declare, key for key", async () => {
    const { db } = await freshDatabase(engine);
    const { world, programId } = await worldWithSmallPlan(db);
    // a program with reports, overdue measures and bodies to report, for the reporting answers
    const f = await createProgramFixture(db, world);
    const api = apiFor(db);
    const [admin, planner, executor] = [
      await api.as("admin"),
      await api.as("planner-tk"),
      await api.as("executor-tk"),
    ];
    await planner.post(`/api/v1/programs/${f.programId}/periods/2026-Q3/open`);
    const m2 = f.measureIds.m2 as number;
    const report = await executor.put<{ id: number }>(`/api/v1/measures/${m2}/reports/2026-Q3`, {
      status: "in_progress",
      percent: 60,
      delayReason: "contractor late",
      spending: [{ code: "republican", amount: 400_000 }],
    });
    expect(report.status).toBe(201);
    const measures = await admin.get<{ items: { id: number }[] }>(`/api/v1/programs/${programId}/measures`);
    const measureId = measures.body.items[0]?.id;
    const user = world.users["executor-tk"] as number;
    const exact: [string, z.ZodType][] = [
      ["/api/v1/programs", pageOf(ProgramListItemSchema)],
      [`/api/v1/programs/${programId}`, ProgramSchema],
      [`/api/v1/programs/${programId}/versions`, pageOf(ProgramVersionItemSchema)],
      [`/api/v1/programs/${programId}/measures`, pageOf(MeasureListItemSchema)],
      [`/api/v1/measures/${measureId}`, MeasureDetailSchema],
      [`/api/v1/programs/${f.programId}/periods`, pageOf(PeriodSchema)],
      [`/api/v1/programs/${f.programId}/dashboard?period=2026-Q3`, DashboardSchema],
      [`/api/v1/programs/${f.programId}/reporting-rate?period=2026-Q3`, ReportingRateSchema],
      [`/api/v1/programs/${f.programId}/reports`, pageOf(ReportRowSchema)],
      [`/api/v1/measures/${m2}/reports`, pageOf(MeasureReportRowSchema)],
      [`/api/v1/reports/${report.body.id}`, ReportSchema],
      [`/api/v1/audit?entity=measure&entityId=${m2}`, pageOf(AuditEntrySchema)],
      ["/api/v1/organizations", pageOf(OrganizationSchema)],
      ["/api/v1/territories", pageOf(TerritoryNodeSchema)],
      ["/api/v1/users", pageOf(UserSchema)],
      [`/api/v1/users/${user}`, UserSchema],
      ["/api/v1/auth/me", MeSchema],
    ];
    for (const [path, schema] of exact) {
      const res = await admin.get(path);
      expect(res.status, path).toBe(200);
      const parsed = schema.safeParse(res.body);
      expect(parsed.error?.issues, path).toBeUndefined();
      // z.object drops keys it does not declare: equal means the answer has none
      expect(parsed.data, path).toEqual(res.body);
    }
    const dashboard = DashboardSchema.parse(
      (await admin.get(`/api/v1/programs/${f.programId}/dashboard`)).body,
    );
    expect([dashboard.overdue.length, dashboard.reportingRate.bodies.length].every((n) => n > 0)).toBe(true);
    const version = await admin.get(`/api/v1/programs/${programId}/versions/1`);
    expect(ProgramVersionSchema.safeParse(version.body).error?.issues).toBeUndefined();
  });
});
