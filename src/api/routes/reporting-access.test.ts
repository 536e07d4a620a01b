/**
 * Authorization matrix of the period, report, attachment and dashboard endpoints: every role ×
 * own / other territory (and, for executors, own / another organization), each with its exact status.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { createProgramFixture } from "../../../tests/setup/program-fixture.ts";
import { statusMatrix } from "../../../tests/setup/status-matrix.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld, ROOT } from "../../../tests/setup/world.ts";
import { quarterKey, quartersOfYears } from "../../domain/quarter.ts";
import { addAttachment } from "../../operations/reporting/add-attachment.ts";
import { openPeriod } from "../../operations/reporting/open-period.ts";
import { saveReport } from "../../operations/reporting/save-report.ts";
import { submitReport } from "../../operations/reporting/submit-report.ts";

const ACTORS = [
  "anonymous",
  "viewer-tk",
  "executor-tk",
  "executor-other-org",
  "executor-ca",
  "planner-tk",
  "planner-ca",
  "admin",
] as const;
type ActorKey = (typeof ACTORS)[number];
const READ = [401, 200, 200, 200, 403, 200, 403, 200];
const PUBLIC = [200, 200, 200, 200, 200, 200, 200, 200];
const MANAGE = [401, 403, 403, 403, 403, 200, 403, 200];
const WRITE = [401, 403, 201, 403, 403, 403, 403, 201];
const SUBMIT = [401, 403, 200, 403, 403, 403, 403, 200];
const REVIEW = [401, 403, 403, 403, 403, 200, 403, 200];

describe.each(testEngines())("reporting authorization matrix on %s", (engine) => {
  it("gives every role exactly the expected status on every endpoint", async () => {
    const { db, files } = await freshDatabase(engine);
    const world = await createWorld(db);
    const f = await createProgramFixture(db, world);
    const pub = await createProgramFixture(db, world, { published: true });
    const dataDir = mkdtempSync(join(tmpdir(), "access-"));
    const api = apiFor(db, { dataDir });
    const quarters = quartersOfYears(2026, 2028).map(quarterKey);
    const spare = await createProgramFixture(db, world);
    for (const q of quarters) {
      await openPeriod(db, ROOT, f.programId, q);
      await openPeriod(db, ROOT, spare.programId, q);
    }
    const m = f.measureIds as Record<string, number>;
    const s = spare.measureIds as Record<string, number>;
    const { propertyDept, mayorOffice } = world.organizations;
    // fresh (measure, period, body) slots so that one actor's success never changes another's case
    const slots = (ids: Record<string, number>, measureKeys: string[], organizationId: number) =>
      measureKeys.flatMap((k) =>
        quarters.map((period) => ({ measureId: ids[k] as number, period, organizationId })),
      );
    const own = ["m5", "m1", "m2", "m3"];
    const pools = {
      own: [...slots(m, own, propertyDept.id), ...slots(s, own, propertyDept.id)],
      other: slots(m, ["m4", "m3", "m6"], mayorOffice.id),
    };
    const slot = (actor: ActorKey) => {
      const next = (actor === "executor-other-org" ? pools.other : pools.own).shift();
      if (!next) throw new Error("out of slots");
      return next;
    };
    const content = { status: "in_progress" as const, percent: 10, delayReason: "x" };
    const draft = async (actor: ActorKey) =>
      (await saveReport(db, ROOT, { ...slot(actor), ...content })).report.id;
    const submitted = async (actor: ActorKey) => (await submitReport(db, ROOT, await draft(actor))).id;
    const sample = await submitted("executor-tk");
    const file = await addAttachment(db, files, ROOT, {
      reportId: await draft("executor-tk"),
      fileName: "a.txt",
      mimeType: "text/plain",
      bytes: new Uint8Array([65]),
    });

    type Client = Awaited<ReturnType<typeof api.as>>;
    const cases: [string, number[], (c: Client, a: ActorKey) => Promise<{ status: number }>][] = [
      ["GET periods", READ, (c) => c.get(`/api/v1/programs/${f.programId}/periods`)],
      ["GET periods (published)", PUBLIC, (c) => c.get(`/api/v1/programs/${pub.programId}/periods`)],
      ["POST period open", MANAGE, (c) => c.post(`/api/v1/programs/${pub.programId}/periods/2027-Q1/open`)],
      ["POST period close", MANAGE, (c) => c.post(`/api/v1/programs/${pub.programId}/periods/2027-Q2/close`)],
      ["GET program reports", READ, (c) => c.get(`/api/v1/programs/${f.programId}/reports`)],
      ["GET measure reports", READ, (c) => c.get(`/api/v1/measures/${m.m5}/reports`)],
      ["GET report", READ, (c) => c.get(`/api/v1/reports/${sample}`)],
      ["GET attachment", READ, (c) => c.get(`/api/v1/attachments/${file.id}`)],
      ["GET dashboard", READ, (c) => c.get(`/api/v1/programs/${f.programId}/dashboard`)],
      ["GET dashboard (published)", PUBLIC, (c) => c.get(`/api/v1/programs/${pub.programId}/dashboard`)],
      [
        "GET reporting rate",
        READ,
        (c) => c.get(`/api/v1/programs/${f.programId}/reporting-rate?period=2026-Q3`),
      ],
      [
        "PUT report",
        WRITE,
        (c, a) => {
          const t = slot(a);
          return c.put(`/api/v1/measures/${t.measureId}/reports/${t.period}`, {
            ...content,
            organizationId: t.organizationId,
          });
        },
      ],
      ["POST submit", SUBMIT, async (c, a) => c.post(`/api/v1/reports/${await draft(a)}/submit`)],
      [
        "POST batch submit",
        SUBMIT,
        async (c, a) => c.post("/api/v1/reports/batch", { ids: [await draft(a)], action: "submit" }),
      ],
      ["POST accept", REVIEW, async (c, a) => c.post(`/api/v1/reports/${await submitted(a)}/accept`)],
      [
        "POST return",
        REVIEW,
        async (c, a) => c.post(`/api/v1/reports/${await submitted(a)}/return`, { comment: "why" }),
      ],
      [
        "POST batch accept",
        REVIEW,
        async (c, a) => c.post("/api/v1/reports/batch", { ids: [await submitted(a)], action: "accept" }),
      ],
      [
        "POST attachment",
        WRITE,
        async (c, a) => {
          const body = new FormData();
          body.append("file", new File(["x"], "x.txt", { type: "text/plain" }));
          return c.post(`/api/v1/reports/${await draft(a)}/attachments`, body);
        },
      ],
    ];
    const clients = new Map<ActorKey, Client>();
    for (const a of ACTORS) {
      const login = a === "executor-other-org" ? "executor-tk" : a;
      clients.set(a, a === "anonymous" ? (api.anonymous() as Client) : await api.as(login));
    }
    const { got, want } = await statusMatrix(ACTORS, clients, cases);
    expect(got).toEqual(want);
  });
});
