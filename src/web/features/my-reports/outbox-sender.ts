/**
 * Sends the queued report input (outbox-queue.ts) one report at a time: save with If-Match, then
 * submit when asked. A dropped connection stops the pass and retries later (back online at once,
 * else after 15 s, doubling to 2 min); a refusal keeps the input and shows its reason; a 409 whose
 * server version differs from the one the input was made on becomes a conflict the user resolves —
 * never overwritten silently.
 */
import { useSyncExternalStore } from "react";
import { api, isApiError } from "../../lib/api-client.ts";
import { batchReports, etagOf, fetchParts, type Report, saveReport } from "./api.ts";
import {
  loadQueue,
  putQueued,
  type QueuedReport,
  queuedReport,
  queuedReports,
  removeQueued,
} from "./outbox-queue.ts";

const sentListeners = new Set<(report: Report) => void>();
const sendingListeners = new Set<() => void>();
let sendingKey: string | null = null;
let running: Promise<void> | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let retryDelay = 15_000;

/** Calls `listener` with the server's report each time a queued report arrived; returns the unsubscribe. */
export function onReportSent(listener: (report: Report) => void): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

function setSending(key: string | null): void {
  sendingKey = key;
  for (const l of sendingListeners) l();
}

/** True while this report's input is on its way to the server. */
export function useSending(key: string): boolean {
  return useSyncExternalStore(
    (l) => {
      sendingListeners.add(l);
      return () => sendingListeners.delete(l);
    },
    () => sendingKey === key,
    () => false,
  );
}

/** Sends every waiting report now (one pass at a time; a pass started meanwhile joins it). */
export function sendQueue(): Promise<void> {
  running ??= sendAll().finally(() => {
    running = null;
  });
  return running;
}

async function sendAll(): Promise<void> {
  await loadQueue();
  for (;;) {
    const entry = queuedReports().find((e) => e.state === "waiting");
    if (!entry) return;
    setSending(entry.key);
    const sent = await sendOne(entry).finally(() => setSending(null));
    if (!sent) return scheduleRetry();
    retryDelay = 15_000;
  }
}

function scheduleRetry(): void {
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = setTimeout(() => void sendQueue(), retryDelay);
  retryDelay = Math.min(retryDelay * 2, 120_000);
}

function arrived(report: Report): void {
  for (const l of sentListeners) l(report);
}

/** Sends one entry; false when the connection dropped (the entry stays waiting). */
async function sendOne(entry: QueuedReport): Promise<boolean> {
  try {
    const saved = await saveReport(entry.measureId, entry.period, entry.input, entry.etag);
    const now = queuedReport(entry.key);
    const rebased = now && { ...now, etag: etagOf(saved.rowVersion), reportId: saved.id };
    if (rebased && now.revision !== entry.revision) {
      // typed on while this was on its way: the newer input goes next, on our own new version
      await putQueued(rebased);
    } else if (rebased && entry.submit) {
      await putQueued(rebased); // a submit dropped half-way retries on the saved version
      const { items } = await batchReports([saved.id], "submit");
      await removeQueued(entry.key);
      arrived(items[0] ?? saved);
      return true;
    } else await removeQueued(entry.key);
    arrived(saved);
    return true;
  } catch (error) {
    if (isApiError(error, "network")) return false;
    // the entry as it is now: a save that went through before a refused submit moved its ETag on
    const current = queuedReport(entry.key) ?? entry;
    const theirs = await serverVersion(current).catch(() => null);
    const changedElsewhere = theirs !== null && theirs.etag !== current.etag;
    const refused =
      isApiError(error, "conflict") || (isApiError(error, "invalid_input") && current.etag === null);
    if (changedElsewhere && refused) await putQueued({ ...current, state: "conflict", theirs });
    else await putQueued({ ...current, state: "error", error: isApiError(error) ? error.code : "internal" });
    return true;
  }
}

/** The server's current version of the entry's report, or null when there is none. */
async function serverVersion(entry: QueuedReport): Promise<{ report: Report; etag: string | null } | null> {
  if (entry.reportId !== null) {
    const { data, etag } = await api.getTagged<Report>(`/reports/${entry.reportId}`);
    return { report: data, etag };
  }
  // created elsewhere while this device was offline: find it among the measure's parts
  const parts = await fetchParts(entry.measureId, entry.period);
  const report = parts.parts.find((p) => p.organizationId === entry.organizationId)?.report ?? null;
  return report && { report, etag: etagOf(report.rowVersion) };
}

/** Keeps my input over theirs: sent again on their version (If-Match = their ETag). */
export async function keepMine(entry: QueuedReport): Promise<void> {
  const { theirs } = entry;
  await putQueued({
    ...entry,
    state: "waiting",
    theirs: undefined,
    error: undefined,
    etag: theirs?.etag ?? entry.etag,
    reportId: theirs?.report.id ?? entry.reportId,
  });
  await sendQueue();
}

/** Takes their version: my queued input is dropped. */
export async function takeTheirs(entry: QueuedReport): Promise<void> {
  await removeQueued(entry.key);
  if (entry.theirs) arrived(entry.theirs.report);
}

let started = false;

/** Starts sending: now, whenever the connection returns, and on the retry timer. */
export function startOutboxSender(): void {
  if (started || typeof window === "undefined") return;
  started = true;
  window.addEventListener("online", () => {
    retryDelay = 15_000;
    void sendQueue();
  });
  void sendQueue();
}
