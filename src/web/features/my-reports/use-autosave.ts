/**
 * Autosave of one report through the offline queue: every change is queued in IndexedDB at once
 * (outbox-queue.ts) and sent after a pause by the outbox sender, with If-Match; offline it waits
 * and goes when the connection returns. Submitting queues the submit the same way.
 */
import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";
import { etagOf, type Report, type ReportInput } from "./api.ts";
import { putQueued, queuedReport, queueKey, useQueuedReport } from "./outbox-queue.ts";
import { onReportSent, sendQueue, useSending } from "./outbox-sender.ts";

/** Where the input stands: on the server, queued, being sent, waiting for the connection, stale or refused. */
export type SaveState = "saved" | "dirty" | "saving" | "waiting" | "conflict" | "error";

const DELAY_MS = 1200;

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
}

/** True while the browser believes it is connected. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

/** Autosaves input for the measure and period of one body; `onSaved` gets the server's report. */
export function useAutosave(args: {
  measureId: number;
  period: string;
  organizationId: number;
  reportId: number | null;
  etag: string | null;
  onSaved: (report: Report) => void;
}) {
  const { measureId, period, organizationId, onSaved } = args;
  const key = queueKey(measureId, period);
  const entry = useQueuedReport(key);
  const sending = useSending(key);
  const online = useOnline();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The ETag and id of the server's version: read by the form, moved on by each arrival.
  const server = useRef({ etag: args.etag, reportId: args.reportId });
  const seen = useRef(args.etag);
  if (args.etag !== seen.current) {
    seen.current = args.etag;
    if (args.etag) server.current = { etag: args.etag, reportId: args.reportId };
  }
  useEffect(
    () =>
      onReportSent((report) => {
        if (report.measureId !== measureId || report.period !== period) return;
        server.current = { etag: etagOf(report.rowVersion), reportId: report.id };
        onSaved(report);
      }),
    [measureId, period, onSaved],
  );
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const queue = useCallback(
    async (input: ReportInput, submit: boolean) => {
      const queued = queuedReport(key);
      const conflict = queued?.state === "conflict";
      await putQueued({
        key,
        measureId,
        period,
        organizationId,
        reportId: queued?.reportId ?? server.current.reportId,
        input,
        etag: queued ? queued.etag : server.current.etag,
        // a refused submit is not retried by editing: the user presses "submit" again
        submit: submit || (queued?.state === "waiting" && queued.submit),
        // a conflict stays until the user chooses; their version is kept beside the input
        state: conflict ? "conflict" : "waiting",
        theirs: conflict ? queued.theirs : undefined,
      });
    },
    [key, measureId, period, organizationId],
  );

  const change = useCallback(
    (input: ReportInput) => {
      void queue(input, false);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void sendQueue(), DELAY_MS);
    },
    [queue],
  );

  const submit = useCallback(
    async (input: ReportInput) => {
      if (timer.current) clearTimeout(timer.current);
      await queue(input, true);
      await sendQueue();
    },
    [queue],
  );

  const state: SaveState = !entry
    ? "saved"
    : entry.state !== "waiting"
      ? entry.state
      : sending
        ? "saving"
        : online
          ? "dirty"
          : "waiting";
  return { state, entry, change, submit };
}
