import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { measures, residentMeetings } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import type { Meeting } from "../../domain/views/meetings.ts";
import { managedProgram } from "../programs/program-access.ts";
import { write } from "../shared/write.ts";

/** What a planner records about a meeting with residents. */
export interface MeetingInput {
  heldOn: string;
  place: string;
  participants: number;
  questions: string;
  measureIds: number[];
}

/**
 * Records a meeting with residents about a program (program.manage over its territory); the
 * linked measures must be current measures of the program. One transaction with its audit row.
 */
export async function recordMeeting(
  db: Db,
  actor: Actor,
  programId: number,
  input: MeetingInput,
): Promise<Meeting> {
  await managedProgram(db, actor, programId);
  const measureIds = [...new Set(input.measureIds)];
  if (measureIds.length > 0) {
    const found = await db
      .select({ id: measures.id })
      .from(measures)
      .where(
        and(
          eq(measures.programId, programId),
          isNull(measures.removedInVersion),
          inArray(measures.id, measureIds),
        ),
      );
    const missing = measureIds.filter((id) => !found.some((f) => f.id === id));
    if (missing.length > 0)
      throw new AppError(
        "invalid_input",
        `measures ${missing.join(", ")} are not current measures of this program`,
      );
  }
  return write(db, actor, async (tx, audit) => {
    const [row] = await tx
      .insert(residentMeetings)
      .values({ ...input, measureIds, place: input.place.trim(), programId, createdBy: actor.userId })
      .returning();
    const meeting = meetingOf(row as typeof residentMeetings.$inferSelect);
    await audit({ action: "create", entity: "resident_meeting", entityId: meeting.id, after: meeting });
    return meeting;
  });
}

/** A meeting row as the API answers it. */
export function meetingOf(row: typeof residentMeetings.$inferSelect): Meeting {
  return {
    id: row.id,
    programId: row.programId,
    heldOn: row.heldOn,
    place: row.place,
    participants: row.participants,
    questions: row.questions,
    measureIds: row.measureIds as number[],
    createdAt: row.createdAt.toISOString(),
  };
}
