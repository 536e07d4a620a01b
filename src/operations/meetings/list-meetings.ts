import { desc, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { residentMeetings } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import type { Meeting } from "../../domain/views/meetings.ts";
import { readableProgram } from "../programs/program-access.ts";
import { meetingOf } from "./record-meeting.ts";

/** The meetings with residents about a program the actor may read, latest first. */
export async function listMeetings(db: Db, actor: Actor, programId: number): Promise<Meeting[]> {
  await readableProgram(db, actor, programId);
  const rows = await db
    .select()
    .from(residentMeetings)
    .where(eq(residentMeetings.programId, programId))
    .orderBy(desc(residentMeetings.heldOn), desc(residentMeetings.id));
  return rows.map(meetingOf);
}
