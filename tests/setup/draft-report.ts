/**
 * The common start of attachment and upload tests: a Tash-Kömür program (published or not) with
 * 2026-Q3 opened by planner-tk, and executor-tk's draft report on m5 (its body leads it), made
 * through the API the test then uses.
 */
import type { ApiDeps } from "../../src/api/context.ts";
import type { Db } from "../../src/db/connect.ts";
import { apiFor } from "./api-client.ts";
import { createProgramFixture } from "./program-fixture.ts";
import { createWorld } from "./world.ts";

export async function draftReportThroughApi(
  db: Db,
  options: { published?: boolean; deps?: Partial<ApiDeps>; report?: Record<string, unknown> } = {},
) {
  const world = await createWorld(db);
  const fixture = await createProgramFixture(db, world, { published: options.published ?? false });
  const api = apiFor(db, options.deps);
  const planner = await api.as("planner-tk");
  const executor = await api.as("executor-tk");
  await planner.post(`/api/v1/programs/${fixture.programId}/periods/2026-Q3/open`);
  const report = await executor.put<{ id: number }>(
    `/api/v1/measures/${fixture.measureIds.m5}/reports/2026-Q3`,
    { status: "in_progress", percent: 10, ...options.report },
  );
  if (report.status !== 201) throw new Error(`the draft report was refused: ${JSON.stringify(report.body)}`);
  return { world, fixture, api, planner, executor, reportId: report.body.id };
}
