/** Citizens' questions: spam protection (honeypot, proof-of-work, rate limits), notifications, moderation. */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createPortalWorld } from "../../../tests/setup/portal-world.ts";
import { actorOf } from "../../../tests/setup/seed-plan.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { auditLog, feedback, notifications, users } from "../../db/schema.ts";
import { createChallenge, solveChallenge } from "../../domain/altcha.ts";
import { listFeedback } from "./list-feedback.ts";
import { moderateFeedback } from "./moderate-feedback.ts";
import { submitFeedback } from "./submit-feedback.ts";

const KEY = "test-hmac-key";
const NOW = new Date("2026-09-30T10:15:00Z");
const sender = (address: string, now = NOW) => ({ address, hmacKey: KEY, now });

/** A solved challenge as the page's script sends it. */
async function solvedPayload(now = NOW): Promise<string> {
  const challenge = await createChallenge({
    hmacKey: KEY,
    salt: `salt-${Math.random()}`,
    number: 123,
    expires: new Date(now.getTime() + 5 * 60_000),
    maxnumber: 1000,
  });
  const number = await solveChallenge(challenge);
  expect(number).toBe(123);
  return btoa(JSON.stringify({ ...challenge, number }));
}

describe.each(testEngines())("citizens' feedback (%s)", (engine) => {
  it("stores a question pending, notifies planners and the measure's body, and keeps the proof in the audit row", async () => {
    const { db } = await freshDatabase(engine);
    const w = await createPortalWorld(db);
    const measureId = w.measureIds[1] as number; // lead: the property department
    const result = await submitFeedback(
      db,
      {
        programId: w.programId,
        measureId,
        body: " Качан? ",
        contact: "+996 555",
        showName: false,
        altcha: await solvedPayload(),
      },
      sender("10.0.0.1"),
    );
    expect(result).toMatchObject({ stored: true, verified: true });
    const [row] = await db.select().from(feedback);
    expect(row).toMatchObject({ status: "pending", body: "Качан?", contact: "+996 555", measureId });
    // planner-tk (planner over Tash-Kömür) and executor-tk (a user of the property department)
    const notified = await db
      .select({ login: users.login, code: notifications.code, link: notifications.link })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .orderBy(users.login);
    expect(notified).toEqual([
      { login: "executor-tk", code: "feedback_received", link: `/programs/${w.programId}/feedback` },
      { login: "planner-tk", code: "feedback_received", link: `/programs/${w.programId}/feedback` },
    ]);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entity, "feedback"));
    expect(audit?.after).toMatchObject({ verified: true });
    expect(JSON.stringify(audit?.after)).not.toContain("+996 555");
  });

  it("drops a filled honeypot silently, refuses drafts and foreign measures", async () => {
    const { db } = await freshDatabase(engine);
    const w = await createPortalWorld(db);
    const spam = await submitFeedback(
      db,
      { programId: w.programId, body: "buy", showName: false, website: "http://spam" },
      sender("10.0.0.2"),
    );
    expect(spam).toEqual({ stored: false });
    expect(await db.select().from(feedback)).toEqual([]);
    await expect(
      submitFeedback(db, { programId: w.draftId, body: "?", showName: false }, sender("10.0.0.2")),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      submitFeedback(
        db,
        { programId: w.programId, measureId: 999_999, body: "?", showName: false },
        sender("10.0.0.2"),
      ),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("lets a sender without proof-of-work send 2 an hour, with proof 5, and counts a solved challenge once", async () => {
    const { db } = await freshDatabase(engine);
    const w = await createPortalWorld(db);
    const ask = (address: string, altcha?: string, now = NOW) =>
      submitFeedback(
        db,
        { programId: w.programId, body: "Суроо", showName: false, altcha },
        sender(address, now),
      );
    await ask("10.0.0.3");
    await ask("10.0.0.3");
    await expect(ask("10.0.0.3")).rejects.toMatchObject({ code: "rate_limited" });
    // another sender is not affected
    await expect(ask("10.0.0.4")).resolves.toMatchObject({ stored: true, verified: false });
    // with a solved challenge each time: 5 in the hour, the 6th refused
    for (let i = 0; i < 5; i++)
      await expect(ask("10.0.0.5", await solvedPayload())).resolves.toMatchObject({ verified: true });
    await expect(ask("10.0.0.5", await solvedPayload())).rejects.toMatchObject({ code: "rate_limited" });
    // a replayed solution is no proof: that sender's first message counts as unverified
    const once = await solvedPayload();
    await expect(ask("10.0.0.6", once)).resolves.toMatchObject({ verified: true });
    await expect(ask("10.0.0.7", once)).resolves.toMatchObject({ verified: false });
    // an expired one neither: its expiry is 5 minutes after NOW
    const late = new Date(NOW.getTime() + 6 * 60_000);
    await expect(ask("10.0.0.8", await solvedPayload(), late)).resolves.toMatchObject({ verified: false });
  });

  it("refuses the 31st question on a program in an hour, from any senders", async () => {
    const { db } = await freshDatabase(engine);
    const w = await createPortalWorld(db);
    for (let i = 0; i < 30; i++)
      await submitFeedback(
        db,
        { programId: w.programId, body: `Суроо ${i}`, showName: false },
        sender(`10.1.${i}.1`),
      );
    await expect(
      submitFeedback(db, { programId: w.programId, body: "31", showName: false }, sender("10.2.0.1")),
    ).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("moderates: publish, hide with a reason, answer (publishes); If-Match; planners of the territory only", async () => {
    const { db } = await freshDatabase(engine);
    const w = await createPortalWorld(db);
    const planner = await actorOf(db, "planner-tk");
    const result = await submitFeedback(
      db,
      { programId: w.programId, body: "?", showName: false },
      sender("1.1.1.1"),
    );
    if (!result.stored) throw new Error("not stored");
    const id = result.id;
    const hidden = await moderateFeedback(db, planner, id, { action: "hide", reason: "спам" }, 1, NOW);
    expect(hidden).toMatchObject({ status: "hidden", hiddenReason: "спам", rowVersion: 2, verified: false });
    await expect(
      moderateFeedback(db, planner, id, { action: "hide", reason: " " }, 2, NOW),
    ).rejects.toMatchObject({
      code: "invalid_input",
    });
    await expect(moderateFeedback(db, planner, id, { action: "publish" }, 1, NOW)).rejects.toMatchObject({
      code: "conflict",
    });
    const published = await moderateFeedback(db, planner, id, { action: "publish" }, 2, NOW);
    expect(published).toMatchObject({ status: "published", hiddenReason: null, answer: null });
    const answered = await moderateFeedback(db, planner, id, { action: "answer", answer: "Жооп" }, 3, NOW);
    expect(answered).toMatchObject({ status: "published", answer: "Жооп", rowVersion: 4 });
    for (const login of ["planner-ca", "executor-tk", "viewer-tk"])
      await expect(
        moderateFeedback(db, await actorOf(db, login), id, { action: "publish" }, 4, NOW),
      ).rejects.toMatchObject({ code: "forbidden" });
    const actions = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "feedback"), eq(auditLog.entityId, String(id))))
      .orderBy(auditLog.id);
    expect(actions.map((a) => a.action)).toEqual(["create", "hide", "publish", "answer"]);
    const queue = await listFeedback(
      db,
      planner,
      w.programId,
      { status: "published" },
      { page: 1, pageSize: 50 },
    );
    expect(queue.total).toBe(1);
    await expect(
      listFeedback(db, await actorOf(db, "planner-ca"), w.programId, {}, { page: 1, pageSize: 50 }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
