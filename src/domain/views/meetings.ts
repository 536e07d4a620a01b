/** What the API answers about meetings with residents. */
import { z } from "zod";

/** A meeting with residents about a program: date, place, how many came, what they asked, which measures. */
export const MeetingSchema = z
  .object({
    id: z.number().int(),
    programId: z.number().int(),
    heldOn: z.iso.date(),
    place: z.string(),
    participants: z.number().int(),
    questions: z.string(),
    measureIds: z.array(z.number().int()),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Meeting" });
export type Meeting = z.infer<typeof MeetingSchema>;
