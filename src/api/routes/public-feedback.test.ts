/**
 * The portal's question form without JavaScript, the planner's moderation and meetings through the
 * API, and the plan history of a hand-made two-version program — on both engines.
 */
import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { createPortalWorld } from "../../../tests/setup/portal-world.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { ROOT } from "../../../tests/setup/world.ts";
import type { Measure } from "../../domain/plan.ts";
import { savePlan } from "../../operations/programs/save-plan.ts";

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe.each(testEngines())("questions, meetings and history over HTTP (%s)", (engine) => {
  it("takes a question by a plain form POST, shows it once answered, the name with consent, never the contact", async () => {
    const { db } = await freshDatabase(engine);
    const w = await createPortalWorld(db);
    const api = apiFor(db, { dataDir: w.dataDir });
    const post = (fields: Record<string, string>, lang = "") =>
      api.app.request(`/public/programs/${w.programId}/feedback${lang}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "192.0.2.7" },
        body: form(fields),
      });
    const sent = await post(
      {
        body: "Көпүрө качан бүтөт?",
        authorName: "Айгүл",
        contact: "aigul@example.kg",
        showName: "1",
        measureId: String(w.measureIds[1]),
      },
      "?lang=ru",
    );
    expect(sent.status).toBe(303);
    expect(sent.headers.get("location")).toBe(`/public/programs/${w.programId}/feedback/thanks?lang=ru`);
    const thanks = await api.app.request(sent.headers.get("location") as string);
    expect(await thanks.text()).toContain("Спасибо! Вопрос отправлен на модерацию.");
    await post({ body: "Анонимдүү суроо", authorName: "Бакыт", contact: "0700", website: "" });
    expect((await post({ body: "" })).status).toBe(400);

    const page = async () => (await api.app.request(`/public/programs/${w.programId}`)).text();
    expect(await page()).not.toContain("Көпүрө качан бүтөт?"); // pending: not shown

    const planner = await api.as("planner-tk");
    const queue = await planner.get<{
      items: { id: number; rowVersion: number; contact: string; verified: boolean }[];
    }>(`/api/v1/programs/${w.programId}/feedback?status=pending`);
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((i) => [i.contact, i.verified])).toEqual([
      ["aigul@example.kg", false],
      ["0700", false],
    ]);
    const [first, second] = queue.body.items as [(typeof queue.body.items)[0], (typeof queue.body.items)[0]];
    const url = (id: number) => `/api/v1/feedback/${id}`;
    expect((await planner.patch(url(first.id), { action: "publish" })).status).toBe(400); // no If-Match
    const answered = await planner.patch(
      url(first.id),
      { action: "answer", answer: "Жооп: 2026-жылдын аягында" },
      { "if-match": '"1"' },
    );
    expect(answered.status).toBe(200);
    expect(answered.headers.get("etag")).toBe('"2"');
    expect((await planner.patch(url(first.id), { action: "publish" }, { "if-match": '"1"' })).status).toBe(
      409,
    );
    expect((await planner.patch(url(second.id), { action: "publish" }, { "if-match": '"1"' })).status).toBe(
      200,
    );

    const html = await page();
    expect(html).toContain("Көпүрө качан бүтөт?");
    expect(html).toContain("Жооп: 2026-жылдын аягында");
    expect(html).toContain("Айгүл"); // consented
    expect(html).toContain("Анонимдүү суроо");
    expect(html).not.toContain("Бакыт"); // no consent
    for (const contact of ["aigul@example.kg", "0700"]) expect(html).not.toContain(contact);
    const measure = await api.app.request(`/public/programs/${w.programId}/measures/${w.measureIds[1]}`);
    expect(await measure.text()).toContain("Жооп: 2026-жылдын аягында");
  });

  it("hands out an ALTCHA challenge that is never cached", async () => {
    const { db } = await freshDatabase(engine);
    const api = apiFor(db);
    const res = await api
      .anonymous()
      .get<{ algorithm: string; maxnumber: number; salt: string }>("/public/altcha");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.body).toMatchObject({ algorithm: "SHA-256", maxnumber: 50_000 });
    expect(res.body.salt).toMatch(/\?expires=\d+$/);
  });

  it("records meetings with residents (planner), lists them (readers) and shows them publicly", async () => {
    const { db } = await freshDatabase(engine);
    const w = await createPortalWorld(db);
    const api = apiFor(db, { dataDir: w.dataDir });
    const planner = await api.as("planner-tk");
    const body = {
      heldOn: "2026-08-12",
      place: "Маданият үйү",
      participants: 48,
      questions: "Суу түтүгү",
      measureIds: [w.measureIds[0]],
    };
    const made = await planner.post(`/api/v1/programs/${w.programId}/meetings`, body);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject(body);
    const wrong = await planner.post(`/api/v1/programs/${w.programId}/meetings`, {
      ...body,
      measureIds: [999_999],
    });
    expect(wrong.status).toBe(400);
    expect(
      (await (await api.as("viewer-tk")).post(`/api/v1/programs/${w.programId}/meetings`, body)).status,
    ).toBe(403);
    const list = await (await api.as("viewer-tk")).get<unknown[]>(`/api/v1/programs/${w.programId}/meetings`);
    expect(list.body).toHaveLength(1);
    const html = await (await api.app.request(`/public/programs/${w.programId}`)).text();
    expect(html).toContain("12.08.2026");
    expect(html).toContain("Маданият үйү");
    expect(html).toContain("48");
  });

  it("diffs two versions of a hand-made program: one added, one removed, one changed in two fields", async () => {
    const { db } = await freshDatabase(engine);
    const w = await createPortalWorld(db);
    const api = apiFor(db, { dataDir: w.dataDir });
    // version 2: measure 1's deadline and result change, measure 5 is dropped, a new one is added
    const extra: Measure = {
      ...(w.plan.measures[0] as Measure),
      number: "7",
      action: "Жаңы бала бакча куруу",
    };
    const measures = w.plan.measures
      .map((m, i) =>
        i === 1
          ? { ...m, result: "Эки көпүрө", deadline: { ...m.deadline, text: "2026-жылдын IV-кварталы" } }
          : m,
      )
      .filter((_, i) => i !== 5);
    await savePlan(db, ROOT, {
      territoryId: w.world.territories.tashKomur.id,
      programId: w.programId,
      plan: { ...w.plan, measures: [...measures, extra] },
      sourceName: "v2",
    });
    const viewer = await api.as("viewer-tk");
    type Diff = {
      from: number;
      to: number;
      diff: {
        added: { measure: Measure }[];
        removed: { measure: Measure }[];
        changed: { fields: string[] }[];
      };
    };
    const diff = await viewer.get<Diff>(`/api/v1/programs/${w.programId}/versions/diff?from=1&to=2`);
    expect(diff.status).toBe(200);
    expect(diff.body.diff.added.map((r) => r.measure.action)).toEqual(["Жаңы бала бакча куруу"]);
    expect(diff.body.diff.removed.map((r) => r.measure.action)).toEqual(["Ооруканага жабдуу сатып алуу"]);
    expect(diff.body.diff.changed.map((c) => c.fields)).toEqual([["deadline", "result"]]);
    expect((await viewer.get(`/api/v1/programs/${w.programId}/versions/diff?from=1&to=9`)).status).toBe(404);
    expect(
      (await api.anonymous().get(`/api/v1/programs/${w.programId}/versions/diff?from=1&to=2`)).status,
    ).toBe(401);
    // the same on the public page, by default the current version against the one before
    const html = await (await api.app.request(`/public/programs/${w.programId}/history`)).text();
    expect(html).toContain("Жаңы бала бакча куруу");
    expect(html).toContain("<del>Аткарылат</del>");
    expect(html).toContain("<ins>Эки көпүрө</ins>");
    expect(html).toContain("<ins>2026-жылдын IV-кварталы</ins>");
    expect(html).toContain("2-версия");
  });
});
