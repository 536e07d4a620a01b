/**
 * The proof-of-work of the public feedback form, compatible with ALTCHA's open protocol
 * (altcha.org, "Server Integration"): the server hands out a challenge — SHA-256 of a salt and a
 * secret number, signed with an HMAC — and the browser finds the number by trying 0, 1, 2 … A
 * person's phone spends a second on it; a spam script pays the same for every message. Pure: the
 * caller supplies the key, the randomness and the time; Web Crypto runs in browsers and Node alike.
 */

/** What the browser receives (GET /public/altcha): the ALTCHA challenge JSON. */
export interface AltchaChallenge {
  algorithm: "SHA-256";
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

/** What the browser sends back, base64 JSON in the form field `altcha`. */
export interface AltchaPayload {
  algorithm: string;
  challenge: string;
  number: number;
  salt: string;
  signature: string;
}

/** Small enough for a cheap phone (≤ 50 000 hashes, about a second), large enough to cost a script. */
export const ALTCHA_MAX_NUMBER = 50_000;

const encoder = new TextEncoder();
const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, "0")).join("");

/** Hex SHA-256 of a text. */
export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", encoder.encode(text)));
}

/** Hex HMAC-SHA-256 of a text under a key. */
export async function hmacHex(key: string, text: string): Promise<string> {
  const k = await crypto.subtle.importKey(
    "raw",
    encoder.encode(key),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return hex(await crypto.subtle.sign("HMAC", k, encoder.encode(text)));
}

/**
 * A challenge for the secret `number` (0…maxnumber) with a random `salt`; it expires at `expires`
 * (carried in the salt as `?expires=<unix seconds>`, as ALTCHA does, so it is signed with it).
 */
export async function createChallenge(input: {
  hmacKey: string;
  salt: string;
  number: number;
  expires: Date;
  maxnumber?: number;
}): Promise<AltchaChallenge> {
  const salt = `${input.salt}?expires=${Math.floor(input.expires.getTime() / 1000)}`;
  const challenge = await sha256Hex(salt + String(input.number));
  return {
    algorithm: "SHA-256",
    challenge,
    maxnumber: input.maxnumber ?? ALTCHA_MAX_NUMBER,
    salt,
    signature: await hmacHex(input.hmacKey, challenge),
  };
}

/** The payload in the form field, or null when it is not one (missing, not base64 JSON). */
export function parsePayload(field: string | null | undefined): AltchaPayload | null {
  if (!field) return null;
  try {
    const value = JSON.parse(atob(field)) as Partial<AltchaPayload>;
    const ok =
      typeof value.algorithm === "string" &&
      typeof value.challenge === "string" &&
      typeof value.number === "number" &&
      typeof value.salt === "string" &&
      typeof value.signature === "string";
    return ok ? (value as AltchaPayload) : null;
  } catch {
    return null;
  }
}

/** The expiry a salt carries, or null when it carries none. */
function expiresOf(salt: string): Date | null {
  const query = salt.split("?")[1];
  const seconds = Number(new URLSearchParams(query ?? "").get("expires"));
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : null;
}

/**
 * True when the payload solves a challenge this server signed and it has not expired at `now`.
 * (That it is not used twice is the caller's: it needs storage.)
 */
export async function verifySolution(payload: AltchaPayload, hmacKey: string, now: Date): Promise<boolean> {
  if (payload.algorithm !== "SHA-256") return false;
  const expires = expiresOf(payload.salt);
  if (!expires || expires.getTime() <= now.getTime()) return false;
  if ((await sha256Hex(payload.salt + String(payload.number))) !== payload.challenge) return false;
  return (await hmacHex(hmacKey, payload.challenge)) === payload.signature;
}

/** Finds the number of a challenge by trying each in turn (the browser's work; tests use it too). */
export async function solveChallenge(challenge: AltchaChallenge): Promise<number | null> {
  for (let n = 0; n <= challenge.maxnumber; n++)
    if ((await sha256Hex(challenge.salt + String(n))) === challenge.challenge) return n;
  return null;
}
