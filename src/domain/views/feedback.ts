/** What the API answers about citizens' feedback: the moderation queue of a program and one item. */
import { z } from "zod";

/** Where a question is in moderation: waiting, shown on the public page, or hidden with a reason. */
export const FeedbackStatus = z.enum(["pending", "published", "hidden"]);
export type FeedbackStatus = z.infer<typeof FeedbackStatus>;

/**
 * A question or comment as the program's planner sees it: the name and contact the author gave
 * (the contact is never public, the name only with `showName`), and whether the form's
 * proof-of-work was solved (`verified`; false when sent without JavaScript).
 */
export const FeedbackItemSchema = z
  .object({
    id: z.number().int(),
    programId: z.number().int(),
    measureId: z.number().int().nullable(),
    measureNumber: z.string().nullable(),
    measureAction: z.string().nullable(),
    body: z.string(),
    authorName: z.string().nullable(),
    contact: z.string().nullable(),
    showName: z.boolean(),
    status: FeedbackStatus,
    hiddenReason: z.string().nullable(),
    answer: z.string().nullable(),
    answeredAt: z.iso.datetime().nullable(),
    verified: z.boolean(),
    rowVersion: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "FeedbackItem" });
export type FeedbackItem = z.infer<typeof FeedbackItemSchema>;
