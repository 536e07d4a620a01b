/**
 * Report input not yet on the server, kept in IndexedDB so that a weak connection, a reload or a
 * closed tab loses nothing (offline included): one entry per measure and period, written on every
 * change, removed once the server has it. Entries are mirrored in memory so that screens read them
 * synchronously (useSyncExternalStore); the outbox sender (outbox-sender.ts) empties the queue.
 */
import { useSyncExternalStore } from "react";
import type { Report, ReportInput } from "./api.ts";

/** Where a queued report stands: waiting to be sent, refused (shown with the reason), or changed by someone else. */
export type QueuedState = "waiting" | "error" | "conflict";

/** A report's unsent input. */
export interface QueuedReport {
  /** `${measureId}:${period}` */
  key: string;
  measureId: number;
  period: string;
  /** the reporting body (to find its report when it was created elsewhere meanwhile) */
  organizationId: number;
  /** the report's id once it exists on the server */
  reportId: number | null;
  input: ReportInput;
  /** the ETag of the server version this input was made on; null = the report does not exist yet */
  etag: string | null;
  /** submit for review once saved */
  submit: boolean;
  state: QueuedState;
  /** the error code when refused */
  error?: string;
  /** on a conflict: the server's version and its ETag */
  theirs?: { report: Report; etag: string | null };
  /** changes count, so the sender knows whether the entry changed while it was being sent */
  revision: number;
}

const DB_NAME = "kg-offline";
const STORE = "report-outbox";
const cache = new Map<string, QueuedReport>();
const listeners = new Set<() => void>();
let snapshot: QueuedReport[] = [];
let loaded: Promise<void> | null = null;
let ready = false;

/** The key of a measure's report in a period. */
export const queueKey = (measureId: number, period: string) => `${measureId}:${period}`;

function openDb(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === "undefined") return Promise.resolve(null);
  return new Promise((resolve) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "key" });
    request.onsuccess = () => resolve(request.result);
    // blocked or private mode without storage: the queue lives in memory for this tab only
    request.onerror = () => resolve(null);
  });
}

const db = (() => {
  let opened: Promise<IDBDatabase | null> | null = null;
  return () => {
    opened ??= openDb();
    return opened;
  };
})();

async function inStore<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T | null> {
  const handle = await db();
  if (!handle) return null;
  return new Promise((resolve, reject) => {
    const request = act(handle.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function changed(): void {
  snapshot = [...cache.values()];
  for (const listener of listeners) listener();
}

/** Reads the queue from IndexedDB once; every other function waits for it. */
export function loadQueue(): Promise<void> {
  loaded ??= inStore("readonly", (s) => s.getAll() as IDBRequest<QueuedReport[]>)
    .catch(() => null)
    .then((rows) => {
      for (const row of rows ?? []) if (!cache.has(row.key)) cache.set(row.key, row);
      ready = true;
      changed();
    });
  return loaded;
}

/** The queued entry of a report, if any. */
export function queuedReport(key: string): QueuedReport | undefined {
  return cache.get(key);
}

/** Every queued entry. */
export function queuedReports(): QueuedReport[] {
  return snapshot;
}

/** Stores (or replaces) an entry; its revision moves on. */
export async function putQueued(entry: Omit<QueuedReport, "revision">): Promise<QueuedReport> {
  await loadQueue();
  const next = { ...entry, revision: (cache.get(entry.key)?.revision ?? 0) + 1 };
  cache.set(next.key, next);
  changed();
  await inStore("readwrite", (s) => s.put(next)).catch(() => undefined); // memory still holds it
  return next;
}

/** Forgets an entry once the server has it (or the user took the server's version). */
export async function removeQueued(key: string): Promise<void> {
  await loadQueue();
  cache.delete(key);
  changed();
  await inStore("readwrite", (s) => s.delete(key)).catch(() => undefined);
}

/** Forgets every entry: on signing out, nothing of one user stays for the next. */
export async function clearQueue(): Promise<void> {
  await loadQueue();
  cache.clear();
  changed();
  await inStore("readwrite", (s) => s.clear()).catch(() => undefined);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void loadQueue();
  return () => listeners.delete(listener);
}

/** Every queued entry, re-rendering on each change. */
export function useQueuedReports(): QueuedReport[] {
  return useSyncExternalStore(subscribe, queuedReports, queuedReports);
}

/** The queued entry of one report, re-rendering on each change. */
export function useQueuedReport(key: string): QueuedReport | undefined {
  return useQueuedReports().find((e) => e.key === key);
}

/** True once the queue was read from IndexedDB (a form waits for it, so it starts from the unsent input). */
export function useQueueReady(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => ready,
    () => ready,
  );
}
