/**
 * ONE authorization matrix over every endpoint of the API: every (method, path) the app serves
 * (its OpenAPI document and the plain routes) must have a row, and every row gives the exact status
 * of each actor. Writes send valid bodies, so a status says who may, not what is malformed; what a
 * success changes is made afresh for the next actor (a new draft, the current If-Match…).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { attachments, feedback, importSessions, measures, programs, users } from "../../src/db/schema.ts";
import { submitFeedback } from "../../src/operations/feedback/submit-feedback.ts";
import { getTerritoryIndicators } from "../../src/operations/indicators/get-territory-indicators.ts";
import { makeIndicatorTemplate } from "../../src/operations/indicators/make-indicator-template.ts";
import { savePlan } from "../../src/operations/programs/save-plan.ts";
import { addAttachment } from "../../src/operations/reporting/add-attachment.ts";
import { openPeriod } from "../../src/operations/reporting/open-period.ts";
import { saveReport } from "../../src/operations/reporting/save-report.ts";
import { submitReport } from "../../src/operations/reporting/submit-report.ts";
import { apiFor } from "../setup/api-client.ts";
import { smallPlan } from "../setup/seed-plan.ts";
import { statusMatrix } from "../setup/status-matrix.ts";
import { freshDatabase, testEngines } from "../setup/test-db.ts";
import { PASSWORD, ROOT } from "../setup/world.ts";
import { ACTORS, type ActorKey, createApiWorld } from "./api-world.ts";

const SEED_TEXT = readFileSync(new URL("../fixtures/seeds/tash-komur-2026.txt", import.meta.url));

//                anonymous viewer-tk executor-tk executor-mo planner-tk planner-ca admin-ca admin
const PUBLIC = [200, 200, 200, 200, 200, 200, 200, 200];
const SIGNED_IN = [401, 200, 200, 200, 200, 200, 200, 200];
const READ = [401, 200, 200, 200, 200, 403, 403, 200];
const MANAGE = [401, 403, 403, 403, 200, 403, 403, 200];
const MANAGE_NEW = [401, 403, 403, 403, 201, 403, 403, 201];
const WRITE = [401, 403, 201, 403, 403, 403, 403, 201];
const SUBMIT = [401, 403, 200, 403, 403, 403, 403, 200];
const ADMIN_TK = [401, 403, 403, 403, 403, 403, 403, 200];
const ADMIN_TK_NEW = [401, 403, 403, 403, 403, 403, 403, 201];
const ADMIN_TK_NO_CONTENT = [401, 403, 403, 403, 403, 403, 403, 204];
const ANY_ADMIN = [401, 403, 403, 403, 403, 403, 200, 200];
const LOGOUT = [204, 204, 204, 204, 204, 204, 204, 204];
const NO_CONTENT = LOGOUT;
const UPLOAD_OWNER = [401, 403, 200, 403, 403, 403, 403, 403];
const UPLOAD_OWNER_NO_CONTENT = [401, 403, 204, 403, 403, 403, 403, 403];
const TUS = { "tus-resumable": "1.0.0" };

const UNSUBSCRIBE_TOKEN = "matrix-unsubscribe-token-0123456789";

/** "GET /api/v1/programs/:id" → "GET /api/v1/programs/{id}" (a plain route's pattern too). */
const endpointOf = (method: string, path: string) =>
  `${method.toUpperCase()} ${path.replace(/:(\w+)(\{[^}]*\})?/g, "{$1}")}`;

describe.each(testEngines())("authorization matrix of every endpoint on %s", (engine) => {
  it("gives every actor exactly the expected status on every endpoint, and misses none", async () => {
    const { db, files } = await freshDatabase(engine);
    const w = await createApiWorld(db);
    const dataDir = mkdtempSync(join(tmpdir(), "matrix-"));
    const api = apiFor(db, { dataDir });
    const tk = w.territories.tashKomur.id;
    const { propertyDept, mayorOffice } = w.organizations;
    const programId = w.programId;
    const quarters = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"];
    for (const q of quarters) await openPeriod(db, ROOT, programId, q);
    const small = smallPlan({ mayor: mayorOffice.name, property: propertyDept.name });
    const spare = await savePlan(db, ROOT, { territoryId: tk, plan: small, sourceName: "small" });

    // (measure, quarter, body) slots where a report may be written, each used once
    const slots = (organizationId: number) =>
      w
        .responsibleFor(organizationId)
        .flatMap((measureId) => quarters.map((period) => ({ measureId, period, organizationId })));
    const pools = { own: slots(propertyDept.id), mayor: slots(mayorOffice.id) };
    expect(pools.own.length).toBeGreaterThanOrEqual(16);
    const take = (pool: keyof typeof pools) => {
      const slot = pools[pool].shift();
      if (!slot) throw new Error(`out of ${pool} slots`);
      return slot;
    };
    const content = { status: "in_progress" as const, percent: 10, delayReason: "задержка" };
    const draft = async (pool: keyof typeof pools) =>
      (await saveReport(db, ROOT, { ...take(pool), ...content })).report.id;
    const submitted = async (pool: keyof typeof pools) =>
      (await submitReport(db, ROOT, await draft(pool))).id;
    // a fixture is kept while actors are refused and made anew after a success used it up
    const kept = new Map<string, unknown>();
    const fixture = async <T>(
      name: string,
      make: () => Promise<T> | T,
      use: (v: T) => Promise<{ status: number }>,
    ) => {
      if (!kept.has(name)) kept.set(name, await make());
      const result = await use(kept.get(name) as T);
      if (result.status < 300) kept.delete(name);
      return result;
    };
    let n = 0;
    const unique = () => ++n;
    const rowVersion = async (
      table: typeof measures | typeof programs | typeof users | typeof attachments,
      id: number,
    ) => {
      const [row] = await db.select({ v: table.rowVersion }).from(table).where(eq(table.id, id));
      return { "if-match": `"${row?.v}"` };
    };

    const sample = await submitted("own");
    const file = await addAttachment(db, files, ROOT, {
      reportId: await draft("own"),
      fileName: "a.txt",
      mimeType: "text/plain",
      bytes: new Uint8Array([65]),
    });
    const photo = await addAttachment(db, files, ROOT, {
      reportId: await draft("own"),
      fileName: "a.jpg",
      mimeType: "image/jpeg",
      bytes: new Uint8Array([66]),
    });
    const measureId = w.measureIds[20] as number;
    // a measure of the property department where the mayor's office is no body (parts' access)
    const propertyOnly = w
      .responsibleFor(propertyDept.id)
      .find((id) => !w.responsibleFor(mayorOffice.id).includes(id));
    expect(propertyOnly).toBeDefined();
    const target = w.users["target-tk"] as number;
    await db.update(users).set({ unsubscribeToken: UNSUBSCRIBE_TOKEN }).where(eq(users.id, target));
    const p = `/api/v1/programs/${programId}`;
    const tkCode = w.territories.tashKomur.code;
    const tkIndicators = `/api/v1/territories/${tkCode}/indicators`;

    // a 3-byte tus upload of executor-tk's to a fresh draft: its Location
    const sender = await api.as("executor-tk");
    const upload = async () => {
      const started = await sender.post(`/api/v1/reports/${await draft("own")}/uploads`, undefined, {
        ...TUS,
        "upload-length": "3",
      });
      return started.headers.get("location") as string;
    };

    // import sessions are the uploader's: planner-tk uploads them, others are refused but admins
    const seedUpload = () => {
      const form = new FormData();
      form.append("file", new File([SEED_TEXT], "tash-komur-2026.txt", { type: "text/plain" }));
      form.append("territoryId", String(tk));
      return form;
    };
    const uploader = await api.as("planner-tk");
    const newImportSession = async () =>
      ((await uploader.post("/api/v1/imports", seedUpload())).body as { sessionId: number }).sessionId;
    let sharedSession: number | null = null;
    const importSession = async () => {
      sharedSession ??= await newImportSession();
      return sharedSession;
    };

    type Client = ReturnType<typeof api.anonymous>;
    type Case = [string, number[], (c: Client, a: ActorKey) => Promise<{ status: number }>];
    // the citizens' portal: a published, approved program; its questions are moderated by its planner
    const portal = await savePlan(db, ROOT, {
      territoryId: tk,
      plan: small,
      sourceName: "portal",
      status: "approved",
    });
    await db.update(programs).set({ published: true }).where(eq(programs.id, portal.programId));
    const pp = `/public/programs/${portal.programId}`;
    const [portalMeasure] = await db
      .select({ id: measures.id })
      .from(measures)
      .where(eq(measures.programId, portal.programId));
    const question = await submitFeedback(
      db,
      { programId: portal.programId, body: "Суроо", showName: false },
      { address: "matrix", hmacKey: "matrix", now: new Date() },
    );
    const questionId = question.stored ? question.id : 0;
    const questionVersion = async () => {
      const [row] = await db
        .select({ v: feedback.rowVersion })
        .from(feedback)
        .where(eq(feedback.id, questionId));
      return { "if-match": `"${row?.v}"` };
    };
    const questionForm = () => {
      const form = new FormData();
      form.append("body", "Качан?");
      return form;
    };
    const ALL_404 = [404, 404, 404, 404, 404, 404, 404, 404];
    const ALL_303 = [303, 303, 303, 303, 303, 303, 303, 303];
    const portalCases: Case[] = [
      ["GET /public", PUBLIC, (c) => c.get("/public")],
      ["GET /robots.txt", PUBLIC, (c) => c.get("/robots.txt")],
      [
        "GET /public/territories/{code}",
        PUBLIC,
        (c) => c.get(`/public/territories/${w.territories.tashKomur.code}`),
      ],
      ["GET /public/programs/{id}", PUBLIC, (c) => c.get(pp)],
      [
        "GET /public/programs/{id}/measures/{measureId}",
        PUBLIC,
        (c) => c.get(`${pp}/measures/${portalMeasure?.id}`),
      ],
      ["GET /public/programs/{id}/history", PUBLIC, (c) => c.get(`${pp}/history`)],
      ["GET /public/programs/{id}/feedback/thanks", PUBLIC, (c) => c.get(`${pp}/feedback/thanks`)],
      ["GET /public/altcha", PUBLIC, (c) => c.get("/public/altcha")],
      // open data (src/api/routes/public-data.ts): anyone, published programs only
      ["GET /public/data", PUBLIC, (c) => c.get("/public/data")],
      ["GET /public/programs/{file}", PUBLIC, (c) => c.get(`${pp}.iati.xml`)],
      [
        "GET /public/territories/{code}/{file}",
        PUBLIC,
        (c) => c.get(`/public/territories/${w.territories.tashKomur.code}/programs.csv`),
      ],
      ["GET /public/photos/{id}", ALL_404, (c) => c.get("/public/photos/999999")],
      ["GET /public/*", ALL_404, (c) => c.get("/public/no-such-page")],
      [
        "POST /public/programs/{id}/feedback",
        ALL_303,
        (c) => c.post(`${pp}/feedback`, questionForm(), { "x-forwarded-for": `192.0.2.${unique()}` }),
      ],
      ["GET /api/v1/programs/{id}/versions/diff", READ, (c) => c.get(`${p}/versions/diff?from=1&to=1`)],
      [
        "GET /api/v1/programs/{id}/feedback",
        MANAGE,
        (c) => c.get(`/api/v1/programs/${portal.programId}/feedback`),
      ],
      [
        "PATCH /api/v1/feedback/{id}",
        MANAGE,
        async (c) =>
          c.patch(`/api/v1/feedback/${questionId}`, { action: "publish" }, await questionVersion()),
      ],
      ["GET /api/v1/programs/{id}/meetings", READ, (c) => c.get(`${p}/meetings`)],
      [
        "POST /api/v1/programs/{id}/meetings",
        MANAGE_NEW,
        (c) => c.post(`${p}/meetings`, { heldOn: "2026-08-12", place: "Мэрия", participants: 30 }),
      ],
    ];
    const cases: Case[] = [
      ["GET /api/openapi.json", PUBLIC, (c) => c.get("/api/openapi.json")],
      ["GET /api/docs", PUBLIC, (c) => c.get("/api/docs")],
      [
        "POST /api/v1/auth/login",
        PUBLIC,
        (c) => c.post("/api/v1/auth/login", { login: "viewer-tk", password: PASSWORD }),
      ],
      ["GET /api/v1/auth/me", SIGNED_IN, (c) => c.get("/api/v1/auth/me")],
      [
        "POST /api/v1/auth/logout",
        LOGOUT,
        async (_, a) => (a === "anonymous" ? api.anonymous() : await api.as(a)).post("/api/v1/auth/logout"),
      ],
      ["GET /api/v1/territories", SIGNED_IN, (c) => c.get("/api/v1/territories")],
      [
        "POST /api/v1/territories",
        ADMIN_TK_NEW,
        (c) => {
          const k = unique();
          return c.post("/api/v1/territories", {
            code: `41703410${String(k).padStart(6, "0")}`,
            parentId: tk,
            level: "aiyl_aimak",
            nameKy: `Айыл ${k}`,
            nameRu: `Село ${k}`,
          });
        },
      ],
      [
        "POST /api/v1/territories/import",
        ADMIN_TK,
        (c) => {
          const k = unique();
          const csv = `code,parent code,level,ky name,ru name,valid from,valid to,successor code\nLOCAL-TK-${k},${w.territories.tashKomur.code},aiyl_aimak,Айыл ${k},Село ${k},,,\n`;
          const form = new FormData();
          form.append("file", new File([csv], "register.csv", { type: "text/csv" }));
          return c.post("/api/v1/territories/import", form);
        },
      ],
      [
        "GET /api/v1/territories/{code}/rollup",
        [200, 200, 200, 200, 200, 403, 403, 200],
        (c) => c.get(`/api/v1/territories/${w.territories.tashKomur.code}/rollup?period=2026-Q3`),
      ],
      [
        "GET /api/v1/territories/{code}/report",
        READ,
        (c) => c.get(`/api/v1/territories/${w.territories.tashKomur.code}/report?period=2026-Q3&format=xlsx`),
      ],
      ["GET /api/v1/organizations", SIGNED_IN, (c) => c.get("/api/v1/organizations")],
      [
        "POST /api/v1/organizations",
        MANAGE_NEW,
        (c) => c.post("/api/v1/organizations", { territoryId: tk, name: `Мекеме ${unique()}` }),
      ],
      [
        "POST /api/v1/organizations/{id}/aliases",
        MANAGE_NEW,
        (c) => c.post(`/api/v1/organizations/${mayorOffice.id}/aliases`, { alias: `Мэрия ${unique()}` }),
      ],
      ["GET /api/v1/programs", PUBLIC, (c) => c.get("/api/v1/programs")],
      [
        "POST /api/v1/programs",
        MANAGE_NEW,
        (c) => c.post("/api/v1/programs", { territoryId: tk, plan: small }),
      ],
      ["GET /api/v1/programs/{id}", READ, (c) => c.get(p)],
      [
        "PATCH /api/v1/programs/{id}",
        MANAGE,
        async (c, a) => c.patch(p, { title: `Программа (${a})` }, await rowVersion(programs, programId)),
      ],
      ["GET /api/v1/programs/{id}/versions", READ, (c) => c.get(`${p}/versions`)],
      ["GET /api/v1/programs/{id}/versions/{number}", READ, (c) => c.get(`${p}/versions/1`)],
      ["GET /api/v1/programs/{id}/export", READ, (c) => c.get(`${p}/export?format=json`)],
      ["GET /api/v1/programs/{id}/{file}", READ, (c) => c.get(`${p}/export.csv`)],
      ["POST /api/v1/imports", MANAGE_NEW, (c) => c.post("/api/v1/imports", seedUpload())],
      ["GET /api/v1/imports/{id}", MANAGE, async (c) => c.get(`/api/v1/imports/${await importSession()}`)],
      [
        "PATCH /api/v1/imports/{id}",
        MANAGE,
        async (c, a) => {
          const id = await importSession();
          const [row] = await db
            .select({ v: importSessions.rowVersion })
            .from(importSessions)
            .where(eq(importSessions.id, id));
          return c.patch(
            `/api/v1/imports/${id}`,
            { measures: [{ index: 0, action: `Иш-чара (${a})` }] },
            { "if-match": `"${row?.v}"` },
          );
        },
      ],
      [
        "POST /api/v1/imports/{id}/save",
        MANAGE_NEW,
        (c) =>
          fixture(
            "import-session",
            () => newImportSession(),
            (id) => c.post(`/api/v1/imports/${id}/save`, {}),
          ),
      ],
      ["GET /api/v1/programs/{id}/measures", READ, (c) => c.get(`${p}/measures`)],
      ["GET /api/v1/measures/{id}", READ, (c) => c.get(`/api/v1/measures/${measureId}`)],
      [
        "PATCH /api/v1/measures/{id}",
        MANAGE,
        async (c, a) =>
          c.patch(
            `/api/v1/measures/${measureId}`,
            { result: `Натыйжа (${a})` },
            await rowVersion(measures, measureId),
          ),
      ],
      ["GET /api/v1/programs/{id}/periods", READ, (c) => c.get(`${p}/periods`)],
      [
        "POST /api/v1/programs/{id}/periods/{period}/open",
        MANAGE,
        (c) => c.post(`/api/v1/programs/${spare.programId}/periods/2025-Q1/open`),
      ],
      [
        "POST /api/v1/programs/{id}/periods/{period}/close",
        MANAGE,
        (c) => c.post(`/api/v1/programs/${spare.programId}/periods/2025-Q2/close`),
      ],
      ["GET /api/v1/programs/{id}/reports", READ, (c) => c.get(`${p}/reports`)],
      ["GET /api/v1/measures/{id}/reports", READ, (c) => c.get(`/api/v1/measures/${measureId}/reports`)],
      [
        "PUT /api/v1/measures/{id}/reports/{period}",
        WRITE,
        (c) =>
          fixture(
            "put",
            () => take("own"),
            (s) =>
              c.put(`/api/v1/measures/${s.measureId}/reports/${s.period}`, {
                ...content,
                organizationId: s.organizationId,
              }),
          ),
      ],
      ["GET /api/v1/reports/{id}", READ, (c) => c.get(`/api/v1/reports/${sample}`)],
      // co-executors' parts: the measure's bodies (not another body's executor), planners, viewers
      [
        "GET /api/v1/measures/{id}/reports/{period}/parts",
        [401, 200, 200, 403, 200, 403, 403, 200],
        (c) => c.get(`/api/v1/measures/${propertyOnly}/reports/2026-Q3/parts`),
      ],
      [
        "POST /api/v1/reports/{id}/submit",
        SUBMIT,
        (c) =>
          fixture(
            "submit",
            () => draft("own"),
            (id) => c.post(`/api/v1/reports/${id}/submit`),
          ),
      ],
      [
        "POST /api/v1/reports/{id}/accept",
        MANAGE,
        (c) =>
          fixture(
            "accept",
            () => submitted("mayor"),
            (id) => c.post(`/api/v1/reports/${id}/accept`),
          ),
      ],
      [
        "POST /api/v1/reports/{id}/return",
        MANAGE,
        (c) =>
          fixture(
            "return",
            () => submitted("mayor"),
            (id) => c.post(`/api/v1/reports/${id}/return`, { comment: "толуктаңыз" }),
          ),
      ],
      [
        "POST /api/v1/reports/batch",
        SUBMIT,
        (c) =>
          fixture(
            "batch-submit",
            () => draft("own"),
            (id) => c.post("/api/v1/reports/batch", { ids: [id], action: "submit" }),
          ),
      ],
      [
        "POST /api/v1/reports/batch (accept)",
        MANAGE,
        (c) =>
          fixture(
            "batch-accept",
            () => submitted("mayor"),
            (id) => c.post("/api/v1/reports/batch", { ids: [id], action: "accept" }),
          ),
      ],
      [
        "POST /api/v1/reports/{id}/attachments",
        WRITE,
        (c) =>
          fixture(
            "attach",
            () => draft("own"),
            (id) => {
              const form = new FormData();
              form.append("file", new File(["акт"], "акт.txt", { type: "text/plain" }));
              return c.post(`/api/v1/reports/${id}/attachments`, form);
            },
          ),
      ],
      ["GET /api/v1/attachments/{id}", READ, (c) => c.get(`/api/v1/attachments/${file.id}`)],
      // resumable uploads (tus): starting one needs what attaching needs; an upload is its sender's alone
      [
        "POST /api/v1/reports/{id}/uploads",
        WRITE,
        (c) =>
          fixture(
            "upload-start",
            () => draft("own"),
            (id) => c.post(`/api/v1/reports/${id}/uploads`, undefined, { ...TUS, "upload-length": "3" }),
          ),
      ],
      ["GET /api/v1/uploads/{uploadId} (HEAD)", UPLOAD_OWNER, async (c) => c.head(await upload(), TUS)],
      [
        "PATCH /api/v1/uploads/{uploadId}",
        UPLOAD_OWNER_NO_CONTENT,
        (c) =>
          fixture("upload-patch", upload, (url) =>
            c.patch(url, new Uint8Array([1]), {
              ...TUS,
              "upload-offset": "0",
              "content-type": "application/offset+octet-stream",
            }),
          ),
      ],
      [
        "DELETE /api/v1/uploads/{uploadId}",
        UPLOAD_OWNER_NO_CONTENT,
        (c) => fixture("upload-cancel", upload, (url) => c.delete(url, TUS)),
      ],
      ["OPTIONS /api/v1/uploads", NO_CONTENT, (c) => c.options("/api/v1/uploads")],
      // a photo shown on the public portal or not: the program's planner only
      [
        "PATCH /api/v1/attachments/{id}",
        MANAGE,
        async (c) =>
          c.patch(
            `/api/v1/attachments/${photo.id}`,
            { public: true },
            await rowVersion(attachments, photo.id),
          ),
      ],
      [
        "GET /api/v1/programs/{id}/reports/official",
        READ,
        (c) => c.get(`${p}/reports/official?period=2026-Q3&format=xlsx`),
      ],
      ["GET /api/v1/programs/{id}/dashboard", READ, (c) => c.get(`${p}/dashboard`)],
      ["GET /api/v1/programs/{id}/reporting-rate", READ, (c) => c.get(`${p}/reporting-rate?period=2026-Q3`)],
      ["GET /api/v1/users", ANY_ADMIN, (c) => c.get("/api/v1/users")],
      [
        "POST /api/v1/users",
        ADMIN_TK_NEW,
        (c) =>
          c.post("/api/v1/users", {
            login: `new-user-${unique()}`,
            displayName: "Жаңы колдонуучу",
            password: "password-456",
            organizationId: mayorOffice.id,
            locale: "ru",
          }),
      ],
      ["GET /api/v1/users/{id}", ADMIN_TK, (c) => c.get(`/api/v1/users/${target}`)],
      [
        "PATCH /api/v1/users/{id}",
        ADMIN_TK,
        async (c, a) =>
          c.patch(
            `/api/v1/users/${target}`,
            { displayName: `Target (${a})` },
            await rowVersion(users, target),
          ),
      ],
      [
        "POST /api/v1/users/{id}/roles",
        ADMIN_TK,
        (c) => c.post(`/api/v1/users/${target}/roles`, { role: "viewer", territoryId: tk }),
      ],
      [
        "POST /api/v1/users/{id}/roles/revoke",
        ADMIN_TK,
        (c) => c.post(`/api/v1/users/${target}/roles/revoke`, { role: "viewer", territoryId: tk }),
      ],
      [
        "POST /api/v1/users/{id}/password",
        ADMIN_TK_NO_CONTENT,
        (c) => c.post(`/api/v1/users/${target}/password`, { password: "password-789" }),
      ],
      ["GET /api/v1/audit", MANAGE, (c) => c.get(`/api/v1/audit?entity=measure&entityId=${measureId}`)],
      ...portalCases,
      // socio-economic indicators of Tash-Kömür (read: a role over it; write: its planner)
      ["GET /api/v1/indicators", SIGNED_IN, (c) => c.get("/api/v1/indicators")],
      ["GET /api/v1/territories/{code}/indicators", READ, (c) => c.get(`${tkIndicators}?year=2026`)],
      [
        "PUT /api/v1/territories/{code}/indicators",
        MANAGE,
        async (c) => {
          const { version } = await getTerritoryIndicators(db, ROOT, { code: tkCode, year: 2026 });
          const actuals = [
            { indicator: "tourists", year: 2026, quarter: 1, value: unique(), source: "test" },
          ];
          return c.put(tkIndicators, { actuals }, { "if-match": `"${version}"` });
        },
      ],
      [
        "GET /api/v1/territories/{code}/indicators/{indicator}/ranking",
        READ,
        (c) => c.get(`${tkIndicators}/poverty_rate/ranking?year=2026`),
      ],
      [
        "GET /api/v1/territories/{code}/indicators/template",
        READ,
        (c) => c.get(`${tkIndicators}/template?year=2026`),
      ],
      [
        "POST /api/v1/indicators/import",
        MANAGE,
        async (c) => {
          const template = await makeIndicatorTemplate(db, ROOT, {
            code: tkCode,
            year: 2026,
            quarter: 0,
            language: "ky",
          });
          const book = new ExcelJS.Workbook();
          await book.xlsx.load(template.bytes as unknown as ArrayBuffer);
          (book.worksheets[0] as ExcelJS.Worksheet).getCell("C3").value = unique();
          const form = new FormData();
          form.append("file", new File([await book.xlsx.writeBuffer()], "tk.xlsx"));
          return c.post("/api/v1/indicators/import", form);
        },
      ],
      [
        "PUT /api/v1/measures/{id}/indicators",
        MANAGE,
        (c) => c.put(`/api/v1/measures/${measureId}/indicators`, { indicators: ["population"] }),
      ],
      // reminders and the outbox (issue 11)
      ["GET /api/v1/notifications", SIGNED_IN, (c) => c.get("/api/v1/notifications")],
      ["POST /api/v1/notifications/read", SIGNED_IN, (c) => c.post("/api/v1/notifications/read", {})],
      [
        "GET /api/v1/users/{id}/notification-settings",
        ADMIN_TK,
        (c) => c.get(`/api/v1/users/${target}/notification-settings`),
      ],
      [
        "PATCH /api/v1/users/{id}/notification-settings",
        ADMIN_TK,
        async (c) =>
          c.patch(
            `/api/v1/users/${target}/notification-settings`,
            { email: "target@example.kg", notifyFrequency: "weekly" },
            await rowVersion(users, target),
          ),
      ],
      [
        "POST /api/v1/programs/{id}/periods/{period}/reminders",
        MANAGE,
        (c) => c.post(`${p}/periods/2026-Q3/reminders`, { organizationId: propertyDept.id }),
      ],
      ["GET /api/v1/outbox", ANY_ADMIN, (c) => c.get("/api/v1/outbox")],
      // the link of a reminder e-mail: the token is the proof, nobody signs in
      ["GET /unsubscribe/{token}", PUBLIC, (c) => c.get(`/unsubscribe/${UNSUBSCRIBE_TOKEN}`)],
    ];

    // every endpoint the app serves has a row, and every row is an endpoint
    const served = new Set(
      api.app.routes.filter((r) => r.method !== "ALL").map((r) => endpointOf(r.method, r.path)),
    );
    const doc = (await api.anonymous().get("/api/openapi.json")).body as { paths: Record<string, object> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => endpointOf(method, path)),
    );
    // Hono answers HEAD with the GET route of the path: a documented HEAD is served by that GET
    const isServed = (e: string) =>
      served.has(e) || (e.startsWith("HEAD ") && served.has(`GET ${e.slice(5)}`));
    expect(documented.filter((e) => !isServed(e))).toEqual([]);
    const rows = new Set(cases.map(([name]) => name.replace(/ \(.*\)$/, "")));
    expect([...served].filter((e) => !rows.has(e)).sort()).toEqual([]);
    expect([...rows].filter((e) => !served.has(e)).sort()).toEqual([]);

    const clients = new Map<ActorKey, Client>();
    for (const a of ACTORS) clients.set(a, a === "anonymous" ? api.anonymous() : await api.as(a));
    const { got, want } = await statusMatrix(ACTORS, clients, cases);
    expect(got).toEqual(want);
  }, 120_000);
});
