/**
 * The spam limits of the public feedback form, counted in the rate_limits table so every server
 * process shares them (fixed windows, src/operations/shared/rate-limits.ts). A sender whose
 * browser solved the proof-of-work may send more than one whose browser did not (no JavaScript,
 * or a script); a program takes a bounded number of new questions an hour from everyone together.
 */
import type { RateLimit } from "../shared/rate-limits.ts";

const HOUR = 60 * 60_000;

/** Per sender (a keyed hash of the address), when the proof-of-work was solved. */
export const PER_SENDER_VERIFIED: RateLimit = { limit: 5, windowMs: HOUR };
/** Per sender without a solved proof-of-work: sent without JavaScript, or by a script. */
export const PER_SENDER_UNVERIFIED: RateLimit = { limit: 2, windowMs: HOUR };
/** Per program, from all senders together. */
export const PER_PROGRAM: RateLimit = { limit: 30, windowMs: HOUR };
/** A solved challenge counts once; it lives this long (its expiry is inside it). */
export const CHALLENGE_LIFETIME_MS = 10 * 60_000;
