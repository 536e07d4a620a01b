/**
 * What this device keeps of one user for working offline — the API answers the service worker
 * cached (vite.config.ts) and the queue of unsent reports — and its forgetting: on signing out,
 * and when someone else signs in on the same device, so no user ever reads another's data.
 */
import { clearQueue, queuedReports } from "./outbox-queue.ts";

/** The Cache Storage name of the cached API answers; vite.config.ts gives the service worker the same. */
export const API_CACHE = "my-reports-api";

const OWNER_KEY = "offline:owner";

/** Forgets the cached API answers, the unsent reports and the unfinished uploads of this device. */
export async function forgetOfflineData(): Promise<void> {
  await clearQueue();
  if (typeof caches !== "undefined") await caches.delete(API_CACHE).catch(() => false);
  try {
    localStorage.removeItem(OWNER_KEY);
    // tus-js-client's resume entries ("tus::<fingerprint>::…") name the user's files
    for (const key of Object.keys(localStorage)) if (key.startsWith("tus::")) localStorage.removeItem(key);
  } catch {
    // storage blocked: nothing was kept under it either
  }
}

/** Makes the signed-in user the owner of the offline data, forgetting another user's first. */
export async function claimOfflineData(userId: number): Promise<void> {
  let owner: string | null = null;
  try {
    owner = localStorage.getItem(OWNER_KEY);
  } catch {
    owner = null;
  }
  if (owner === String(userId)) return;
  await forgetOfflineData();
  try {
    localStorage.setItem(OWNER_KEY, String(userId));
  } catch {
    // storage blocked: the data is forgotten at every start instead
  }
}

/**
 * Before signing out: asks when reports still wait to be sent (they would be lost), then forgets the
 * offline data; false when the user chose to stay.
 */
export async function signOutForgetting(
  t: (key: string, options: { count: number }) => string,
): Promise<boolean> {
  const waiting = queuedReports().length;
  if (waiting > 0 && !window.confirm(t("myReports:signOutWarning", { count: waiting }))) return false;
  await forgetOfflineData();
  return true;
}
