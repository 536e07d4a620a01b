/** The people reminders may go to: active users with their e-mail preferences and role grants. */
import { eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { territories, userRoles, users } from "../../db/schema.ts";
import type { RoleGrant } from "../../domain/access.ts";
import type { ReminderPerson } from "../../domain/reminders-digest.ts";

/** Every active user as the reminder schedule sees them (optionally only these ids). */
export async function loadReminderPeople(
  db: Db,
  only?: (p: ReminderPerson) => boolean,
): Promise<ReminderPerson[]> {
  const [rows, grants] = await Promise.all([
    db.select().from(users).where(eq(users.active, true)).orderBy(users.id),
    db
      .select({
        userId: userRoles.userId,
        role: userRoles.role,
        territoryId: userRoles.territoryId,
        territoryPath: territories.path,
      })
      .from(userRoles)
      .innerJoin(territories, eq(territories.id, userRoles.territoryId)),
  ]);
  const byUser = new Map<number, RoleGrant[]>();
  for (const { userId, ...grant } of grants) byUser.set(userId, [...(byUser.get(userId) ?? []), grant]);
  const people = rows.map(
    (u): ReminderPerson => ({
      userId: u.id,
      displayName: u.displayName,
      email: u.email,
      locale: u.locale,
      frequency: u.notifyFrequency,
      organizationId: u.organizationId,
      bodyHead: u.bodyHead,
      grants: byUser.get(u.id) ?? [],
    }),
  );
  return only ? people.filter(only) : people;
}
