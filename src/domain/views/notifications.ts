/** What the API answers about a person's bell, the outbox, reminder settings and manual reminders. */
import { z } from "zod";

/** The message codes of bell items; the web app has a string for each in ky / ru / en. */
export const NOTIFICATION_CODES = ["reports_due", "reports_overdue", "reminder_sent"] as const;

/** One item of the bell: a code with params, the screen it links to, read or not. */
export const NotificationSchema = z
  .object({
    id: z.number().int(),
    code: z.string().meta({ description: `one of ${NOTIFICATION_CODES.join(", ")}` }),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    link: z.string().meta({ description: "the path of the screen, e.g. /review?program=1&period=2026-Q3" }),
    createdAt: z.iso.datetime(),
    read: z.boolean(),
  })
  .meta({ id: "Notification" });
export type NotificationItem = z.infer<typeof NotificationSchema>;

/** The signed-in person's latest bell items and how many are unread. */
export const NotificationListSchema = z
  .object({ items: z.array(NotificationSchema), unread: z.number().int() })
  .meta({ id: "NotificationList" });
export type NotificationList = z.infer<typeof NotificationListSchema>;

/** A message of the outbox as admins read it. */
export const OutboxMessageSchema = z
  .object({
    id: z.number().int(),
    channel: z.string(),
    recipient: z.string(),
    userId: z.number().int().nullable(),
    subject: z.string(),
    bodyText: z.string(),
    status: z.enum(["pending", "sending", "sent", "failed"]),
    attempts: z.number().int(),
    nextAttemptAt: z.iso.datetime(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "OutboxMessage" });
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>;

/** A person's reminder settings; `bodyHead` (gets escalations of the body) is set by admins. */
export const NotificationSettingsSchema = z
  .object({
    userId: z.number().int(),
    email: z.string().nullable(),
    notifyFrequency: z.enum(["off", "daily", "weekly"]),
    bodyHead: z.boolean(),
    rowVersion: z.number().int(),
  })
  .meta({ id: "NotificationSettings" });
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;

/**
 * What a reminder sent by hand did: the reports it names, the people told now (bell) and the
 * e-mails queued now — both 0 when it was sent already today.
 */
export const ManualReminderSchema = z
  .object({
    organizationId: z.number().int(),
    period: z.string(),
    reports: z.number().int(),
    people: z.number().int(),
    queued: z.number().int(),
  })
  .meta({ id: "ManualReminder" });
export type ManualReminder = z.infer<typeof ManualReminderSchema>;
