/**
 * Debounced autosave of one report: every change is kept locally at once and PUT to the server
 * after a pause, with If-Match; a stale ETag stops saving and reports the conflict.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { isApiError } from "../../lib/api-client.ts";
import { etagOf, type Report, type ReportInput, saveReport } from "./api.ts";
import { clearLocalDraft, storeLocalDraft } from "./draft-store.ts";

/** Where the input stands: saved on the server, waiting, being sent, failed or stale. */
export type SaveState = "saved" | "dirty" | "saving" | "offline" | "conflict" | "error";

const DELAY_MS = 1200;
const dirtyForms = new Set<string>();

/** True while any report form on the page has input the server does not have. */
export function hasUnsavedReports(): boolean {
  return dirtyForms.size > 0;
}

/** Autosaves `input` for the measure and period; `onSaved` gets the server's report. */
export function useAutosave(args: {
  measureId: number;
  period: string;
  etag: string | null;
  onSaved: (report: Report) => void;
}) {
  const { measureId, period, onSaved } = args;
  const [state, setState] = useState<SaveState>("saved");
  const etag = useRef(args.etag);
  const pending = useRef<ReportInput | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const id = `${measureId}:${period}`;
  // A newer ETag read from the server replaces ours; our own saves move it forward in between.
  const seen = useRef(args.etag);
  if (args.etag !== seen.current) {
    seen.current = args.etag;
    if (args.etag) etag.current = args.etag;
  }

  const flush = useCallback(async (): Promise<Report | null> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const input = pending.current;
    if (!input) return null;
    setState("saving");
    try {
      const report = await saveReport(measureId, period, input, etag.current);
      etag.current = etagOf(report.rowVersion);
      if (pending.current === input) {
        pending.current = null;
        clearLocalDraft(measureId, period);
        dirtyForms.delete(id);
        setState("saved");
      }
      onSaved(report);
      return report;
    } catch (error) {
      if (isApiError(error, "conflict")) setState("conflict");
      else if (isApiError(error, "network")) {
        setState("offline");
        timer.current = setTimeout(() => void flush(), DELAY_MS * 8);
      } else setState("error");
      throw error;
    }
  }, [measureId, period, id, onSaved]);

  const change = useCallback(
    (input: ReportInput) => {
      pending.current = input;
      storeLocalDraft(measureId, period, input);
      dirtyForms.add(id);
      setState((s) => (s === "conflict" ? s : "dirty"));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush().catch(() => undefined), DELAY_MS);
    },
    [measureId, period, id, flush],
  );

  /** Drops local input after a conflict and takes the server's ETag. */
  const reset = useCallback(
    (serverEtag: string | null) => {
      pending.current = null;
      etag.current = serverEtag;
      clearLocalDraft(measureId, period);
      dirtyForms.delete(id);
      setState("saved");
    },
    [measureId, period, id],
  );

  // Leaving the screen sends what is waiting (the local copy stays until the server has it).
  const flushRef = useRef(flush);
  flushRef.current = flush;
  useEffect(
    () => () => {
      if (timer.current) void flushRef.current().catch(() => undefined);
      dirtyForms.delete(id);
    },
    [id],
  );
  return { state, change, flush, reset };
}
