import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { feedback, measures } from "../../db/schema.ts";
import { ANONYMOUS } from "../../domain/access.ts";
import { hmacHex, parsePayload, verifySolution } from "../../domain/altcha.ts";
import { AppError } from "../../domain/errors.ts";
import { loadPublicProgram } from "../public/public-program-access.ts";
import { attemptsInWindow, checkRateLimit, recordAttempt } from "../shared/rate-limits.ts";
import { write } from "../shared/write.ts";
import {
  CHALLENGE_LIFETIME_MS,
  PER_PROGRAM,
  PER_SENDER_UNVERIFIED,
  PER_SENDER_VERIFIED,
} from "./feedback-limits.ts";
import { notifyFeedback } from "./notify-feedback.ts";

/** What the public form sends. */
export interface FeedbackForm {
  programId: number;
  measureId?: number | null | undefined;
  body: string;
  authorName?: string | null | undefined;
  contact?: string | null | undefined;
  showName: boolean;
  /** The honeypot: a field people never see; anything in it means a script filled the form. */
  website?: string | null | undefined;
  /** The ALTCHA payload (base64 JSON) the page's script put in the form; absent without JavaScript. */
  altcha?: string | null | undefined;
}

/** Who sent it and the server's secret and clock. */
export interface SenderContext {
  /** The sender's address; only its keyed hash is kept (in rate_limits). */
  address: string;
  hmacKey: string;
  now: Date;
}

/** What became of a question: stored for moderation (with the id), or quietly dropped as spam. */
export type Submitted = { stored: true; id: number; verified: boolean } | { stored: false };

/**
 * Takes a citizen's question on a published program (or one of its current measures) into the
 * moderation queue, notifying who answers it, in one transaction with its audit row. A filled
 * honeypot is dropped without a word (the script learns nothing); a solved, unused proof-of-work
 * makes it "verified" with a larger allowance per sender; rate limits refuse with rate_limited.
 */
export async function submitFeedback(db: Db, form: FeedbackForm, sender: SenderContext): Promise<Submitted> {
  await loadPublicProgram(db, form.programId);
  if (form.measureId != null) await assertCurrentMeasure(db, form.programId, form.measureId);
  if (form.website?.trim()) return { stored: false };
  const verified = await provedWork(db, form.altcha, sender);
  const senderKey = `feedback:sender:${await hmacHex(sender.hmacKey, sender.address)}`;
  const programKey = `feedback:program:${form.programId}`;
  const perSender = verified ? PER_SENDER_VERIFIED : PER_SENDER_UNVERIFIED;
  await checkRateLimit(db, senderKey, perSender, sender.now);
  await checkRateLimit(db, programKey, PER_PROGRAM, sender.now);
  await recordAttempt(db, senderKey, perSender, sender.now);
  await recordAttempt(db, programKey, PER_PROGRAM, sender.now);
  const values = {
    programId: form.programId,
    measureId: form.measureId ?? null,
    body: form.body.trim(),
    authorName: form.authorName?.trim() || null,
    contact: form.contact?.trim() || null,
    showName: form.showName && Boolean(form.authorName?.trim()),
  };
  return write(db, ANONYMOUS, async (tx, audit) => {
    const [row] = await tx.insert(feedback).values(values).returning({ id: feedback.id });
    const id = (row as { id: number }).id;
    // The audit row keeps the proof's outcome: feedback has no column for it (docs/decisions/012).
    const { contact: _, ...shown } = values;
    await audit({ action: "create", entity: "feedback", entityId: id, after: { ...shown, verified } });
    await notifyFeedback(tx, { id, programId: form.programId, measureId: values.measureId });
    return { stored: true, id, verified };
  });
}

async function assertCurrentMeasure(db: Db, programId: number, measureId: number): Promise<void> {
  const [m] = await db
    .select({ id: measures.id })
    .from(measures)
    .where(
      and(eq(measures.id, measureId), eq(measures.programId, programId), isNull(measures.removedInVersion)),
    );
  if (!m) throw new AppError("not_found", `program ${programId} has no measure ${measureId}`);
}

/** True when the form carries a solved challenge of ours, unexpired and not used before (then used up). */
async function provedWork(db: Db, field: string | null | undefined, sender: SenderContext): Promise<boolean> {
  const payload = parsePayload(field);
  if (!payload || !(await verifySolution(payload, sender.hmacKey, sender.now))) return false;
  // Any trace of an earlier use (this window or, fading, the one before) spans the challenge's lifetime.
  const once = { limit: 1, windowMs: CHALLENGE_LIFETIME_MS };
  const key = `altcha:${payload.challenge}`;
  if ((await attemptsInWindow(db, key, once, sender.now)) > 0) return false;
  await recordAttempt(db, key, once, sender.now);
  return true;
}
