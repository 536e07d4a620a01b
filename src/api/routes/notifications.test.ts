/**
 * The bell, reminder settings, the reminder a planner sends by hand, the outbox and the unsubscribe
 * link, through HTTP on the hand-built case of tests/setup/reminder-world.ts (today: 6 Oct 2026,
 * one day after Q3 was due).
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { createReminderWorld } from "../../../tests/setup/reminder-world.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { auditLog, users } from "../../db/schema.ts";
import {
  ManualReminderSchema,
  NotificationListSchema,
  NotificationSettingsSchema,
  OutboxMessageSchema,
  pageOf,
} from "../../domain/views.ts";

const APP = "https://plans.example.kg";

describe.each(testEngines())("reminders over HTTP on %s", (engine) => {
  it("a planner reminds one body; its people see it in the bell and the outbox; once a day", async () => {
    const { db } = await freshDatabase(engine);
    const w = await createReminderWorld(db);
    const api = apiFor(db, { today: () => new Date("2026-10-06T00:00:00Z"), appUrl: APP });
    const planner = await api.as("planner-tk");
    const path = `/api/v1/programs/${w.programs.a}/periods/2026-Q3/reminders`;
    const body = { organizationId: w.world.organizations.propertyDept.id };
    const sent = await planner.post(path, body);
    // the property department owes A1 (as co-executor) and A2 in program A; told: executor-tk and its head
    expect(sent).toMatchObject({
      status: 200,
      body: { period: "2026-Q3", reports: 2, people: 2, queued: 2 },
    });
    expect(ManualReminderSchema.parse(sent.body)).toEqual(sent.body);
    expect((await planner.post(path, body)).body).toMatchObject({ reports: 2, people: 0, queued: 0 });
    // an executor may not remind anyone
    expect((await (await api.as("executor-tk")).post(path, body)).status).toBe(403);

    const executor = await api.as("executor-tk");
    const bell = await executor.get("/api/v1/notifications");
    expect(bell.status).toBe(200);
    expect(NotificationListSchema.parse(bell.body)).toEqual(bell.body);
    expect(bell.body).toMatchObject({
      unread: 1,
      items: [
        {
          code: "reports_overdue",
          params: { program: "Шаар программасы", count: 2, overdue: 2 },
          link: "/my-reports",
          read: false,
        },
      ],
    });
    const read = await executor.post("/api/v1/notifications/read", {});
    expect(read.body).toMatchObject({ unread: 0, items: [{ read: true }] });

    const outbox = await (await api.as("admin")).get("/api/v1/outbox");
    expect(pageOf(OutboxMessageSchema).parse(outbox.body)).toEqual(outbox.body);
    const messages = (outbox.body as { items: { recipient: string; subject: string; bodyText: string }[] })
      .items;
    expect(messages.map((m) => m.recipient).sort()).toEqual(["executor-tk@example.kg", "head-pd@example.kg"]);
    const english = messages.find((m) => m.recipient === "executor-tk@example.kg");
    expect(english?.bodyText).toContain("planner-tk sent you a reminder.");
    expect(english?.bodyText).toContain(`${APP}/measures/${w.measures.a2}`);
    expect((await executor.get("/api/v1/outbox")).status).toBe(403);
  }, 60_000);

  it("a person sets their e-mail and frequency with If-Match; only admins name the head of a body", async () => {
    const { db } = await freshDatabase(engine);
    const w = await createReminderWorld(db);
    const api = apiFor(db);
    const me = w.users["executor-tk"] as number;
    const executor = await api.as("executor-tk");
    const url = `/api/v1/users/${me}/notification-settings`;
    const got = await executor.get(url);
    expect(NotificationSettingsSchema.parse(got.body)).toEqual(got.body);
    expect(got.body).toMatchObject({
      email: "executor-tk@example.kg",
      notifyFrequency: "daily",
      bodyHead: false,
    });
    const etag = got.headers.get("etag") as string;
    expect((await executor.patch(url, { notifyFrequency: "weekly" })).status).toBe(400); // no If-Match
    expect((await executor.patch(url, { bodyHead: true }, { "if-match": etag })).status).toBe(403);
    expect((await executor.patch(url, { email: "not an address" }, { "if-match": etag })).status).toBe(400);
    const changed = await executor.patch(
      url,
      { notifyFrequency: "weekly", email: "me@example.kg" },
      { "if-match": etag },
    );
    expect(changed.body).toMatchObject({ notifyFrequency: "weekly", email: "me@example.kg" });
    expect((await executor.patch(url, { notifyFrequency: "off" }, { "if-match": etag })).status).toBe(409);
    const admin = await api.as("admin");
    const head = await admin.patch(
      url,
      { bodyHead: true },
      { "if-match": changed.headers.get("etag") as string },
    );
    expect(head.body).toMatchObject({ bodyHead: true, notifyFrequency: "weekly" });
    // another user's settings: 403 for a non-admin
    expect((await executor.get(`/api/v1/users/${w.users["planner-tk"]}/notification-settings`)).status).toBe(
      403,
    );
  }, 60_000);

  it("the unsubscribe link works without signing in and answers in the person's language", async () => {
    const { db } = await freshDatabase(engine);
    const w = await createReminderWorld(db);
    const me = w.users["exec-mo"] as number; // reads Russian
    await db.update(users).set({ unsubscribeToken: "tok-exec-mo-0123456789abcdef" }).where(eq(users.id, me));
    const api = apiFor(db);
    const page = await api.anonymous().get("/unsubscribe/tok-exec-mo-0123456789abcdef");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(page.body).toContain("Вы отписались от напоминаний.");
    const [row] = await db.select().from(users).where(eq(users.id, me));
    expect(row?.notifyFrequency).toBe("off");
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, "unsubscribe"));
    expect(audit.map((a) => [a.entityId, a.after])).toEqual([[String(me), { notifyFrequency: "off" }]]);
    const unknown = await api.anonymous().get("/unsubscribe/no-such-token-0123456789");
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain("Бул шилтеме жараксыз");
    expect(unknown.body).toContain("This link is not valid");
  }, 60_000);
});
