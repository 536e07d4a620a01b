import { createRoute, z } from "@hono/zod-openapi";
import { isoDate } from "../../domain/quarter.ts";
import {
  ManualReminderSchema,
  NotificationListSchema,
  NotificationSettingsSchema,
} from "../../domain/views.ts";
import { listNotifications, markNotificationsRead } from "../../operations/notify/list-notifications.ts";
import {
  getNotificationSettings,
  updateNotificationSettings,
} from "../../operations/notify/notification-settings.ts";
import { sendManualReminder } from "../../operations/notify/send-manual-reminder.ts";
import type { ApiApp } from "../context.ts";
import { requireUser } from "../session.ts";
import { IdParam, PeriodKey } from "./report-schemas.ts";
import { errors, IdParams, IfMatchHeader, ifMatchOf, json, tagged } from "./route-schemas.ts";

const tags = ["notifications"];

const list = createRoute({
  method: "get",
  path: "/api/v1/notifications",
  tags,
  summary: "Your bell: the latest 50 items (reports due or overdue, reminders) and the unread count",
  responses: { 200: { description: "your items", ...json(NotificationListSchema) }, ...errors(401) },
});

const ReadBody = z
  .object({ ids: z.array(z.number().int().positive()).max(500).optional() })
  .strict()
  .openapi("NotificationsRead");
const read = createRoute({
  method: "post",
  path: "/api/v1/notifications/read",
  tags,
  summary: "Mark your items read: those named in `ids`, or all of them",
  request: { body: { ...json(ReadBody), required: true } },
  responses: { 200: { description: "your items", ...json(NotificationListSchema) }, ...errors(400, 401) },
});

const getSettings = createRoute({
  method: "get",
  path: "/api/v1/users/{id}/notification-settings",
  tags,
  summary: "A user's reminder e-mail and frequency (the user, or an admin over their organization); ETag",
  request: { params: IdParams },
  responses: {
    200: { description: "the settings", ...json(NotificationSettingsSchema) },
    ...errors(401, 403, 404),
  },
});

const SettingsPatch = z
  .object({
    email: z.email().max(254).nullable().optional(),
    notifyFrequency: z.enum(["off", "daily", "weekly"]).optional(),
    bodyHead: z.boolean().optional(),
  })
  .strict()
  .openapi("NotificationSettingsPatch");
const putSettings = createRoute({
  method: "patch",
  path: "/api/v1/users/{id}/notification-settings",
  tags,
  summary: "Change e-mail and frequency (the user or an admin), head of the body (admins); needs If-Match",
  request: { params: IdParams, headers: IfMatchHeader, body: { ...json(SettingsPatch), required: true } },
  responses: {
    200: { description: "the settings", ...json(NotificationSettingsSchema) },
    ...errors(400, 401, 403, 404, 409),
  },
});

const remind = createRoute({
  method: "post",
  path: "/api/v1/programs/{id}/periods/{period}/reminders",
  tags,
  summary:
    "Remind one body of its reports still owed for an open period (planner over the program's territory); once a day per body",
  request: {
    params: IdParam.extend({ period: PeriodKey }),
    body: {
      ...json(z.object({ organizationId: z.number().int().positive() }).strict().openapi("ReminderRequest")),
      required: true,
    },
  },
  responses: {
    200: { description: "who was told", ...json(ManualReminderSchema) },
    ...errors(400, 401, 403, 404, 409),
  },
});

/** The bell, reminder settings and reminders sent by hand. */
export function notificationRoutes(app: ApiApp): void {
  app.openapi(list, async (c) => c.json(await listNotifications(c.get("deps").db, requireUser(c)), 200));
  app.openapi(read, async (c) => {
    const actor = requireUser(c);
    const { ids } = c.req.valid("json");
    return c.json(await markNotificationsRead(c.get("deps").db, actor, ids, new Date()), 200);
  });
  app.openapi(getSettings, async (c) => {
    const actor = requireUser(c);
    const settings = await getNotificationSettings(c.get("deps").db, actor, c.req.valid("param").id);
    return c.json(tagged(c, settings), 200);
  });
  app.openapi(putSettings, async (c) => {
    const actor = requireUser(c);
    const { db } = c.get("deps");
    const { id } = c.req.valid("param");
    const settings = await updateNotificationSettings(db, actor, id, c.req.valid("json"), ifMatchOf(c));
    return c.json(tagged(c, settings), 200);
  });
  app.openapi(remind, async (c) => {
    const { db, today, appUrl } = c.get("deps");
    const { id, period } = c.req.valid("param");
    const input = {
      programId: id,
      period,
      organizationId: c.req.valid("json").organizationId,
      today: isoDate(today()),
      appUrl: appUrl ?? "http://localhost:3000",
    };
    return c.json(await sendManualReminder(db, c.get("actor"), input), 200);
  });
}
