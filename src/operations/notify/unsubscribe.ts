/**
 * The unsubscribe link of every reminder e-mail: its token turns the person's reminders off without
 * signing in (one audit row); an unknown token changes nothing. Answers the person's language so
 * the page can greet them in it.
 */
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { users } from "../../db/schema.ts";
import { unsubscribePage } from "../../reports/mail/unsubscribe-page.ts";
import { write } from "../shared/write.ts";

/** Turns reminders off for the token's owner; their language, or null for an unknown token. */
export async function unsubscribe(db: Db, token: string): Promise<"ky" | "ru" | "en" | null> {
  if (token.length < 16) return null;
  const [user] = await db.select().from(users).where(eq(users.unsubscribeToken, token));
  if (!user) return null;
  if (user.notifyFrequency === "off") return user.locale;
  const actor = {
    userId: user.id,
    label: `unsubscribe:${user.id} (${user.login})`,
    organizationId: null,
    grants: [],
  };
  await write(db, actor, async (tx, audit) => {
    await tx
      .update(users)
      .set({ notifyFrequency: "off", rowVersion: sql`${users.rowVersion} + 1` })
      .where(eq(users.id, user.id));
    await audit({
      action: "unsubscribe",
      entity: "user",
      entityId: user.id,
      before: { notifyFrequency: user.notifyFrequency },
      after: { notifyFrequency: "off" },
    });
  });
  return user.locale;
}

/** The unsubscribe link's answer: 200 and "you have unsubscribed", or 404 for an unknown token. */
export async function unsubscribeByLink(db: Db, token: string): Promise<{ status: 200 | 404; html: string }> {
  const lang = await unsubscribe(db, token);
  return { status: lang === null ? 404 : 200, html: unsubscribePage(lang) };
}
