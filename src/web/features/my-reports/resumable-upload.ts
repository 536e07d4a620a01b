/**
 * Attaching a file to a report with tus-js-client (the tus protocol, docs/decisions/017): the file
 * goes in pieces of CHUNK_BYTES, each acknowledged by the server; a dropped connection resumes
 * from the last acknowledged byte once the browser is online again, and choosing the same file
 * for the same report after a reload resumes it too (its fingerprint and upload address are kept
 * in localStorage until the file has arrived).
 */
import { DetailedError, Upload } from "tus-js-client";
import { currentCsrfToken, errorFromBody } from "../../lib/api-client.ts";

/** Bytes per request: what a weak connection loses at most when it drops mid-request. */
export const CHUNK_BYTES = 1024 * 1024;

/** Where an upload stands. */
export interface UploadState {
  sent: number;
  total: number;
  /** The connection dropped: the upload continues when it returns. */
  waiting: boolean;
}

/** Retries inside tus-js-client before the connection is treated as gone (then: wait for `online`). */
const RETRY_DELAYS = [0, 1000, 3000, 5000];
/** Online but no answer: try again after this long. */
const RETRY_LATER_MS = 15_000;

/**
 * Sends `file` to the report; resolves once it is attached. `onState` follows the bytes sent and
 * the waiting for a connection; `signal` stops the upload (what arrived stays for a resume).
 */
export function uploadAttachment(
  reportId: number,
  file: File,
  onState: (state: UploadState) => void,
  signal: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let state: UploadState = { sent: 0, total: file.size, waiting: false };
    const show = (next: UploadState) => {
      state = next;
      onState(next);
    };
    const resume = () => {
      cleanup();
      show({ ...state, waiting: false });
      upload.start();
    };
    const cleanup = () => {
      clearTimeout(timer);
      window.removeEventListener("online", resume);
    };
    const upload = new Upload(file, {
      endpoint: `/api/v1/reports/${reportId}/uploads`,
      chunkSize: CHUNK_BYTES,
      retryDelays: RETRY_DELAYS,
      removeFingerprintOnSuccess: true,
      metadata: { filename: file.name, filetype: file.type || "application/octet-stream" },
      // the header every write of the web app carries (decision 007), fresh for each request
      onBeforeRequest: (req) => req.setHeader("X-CSRF-Token", currentCsrfToken()),
      onShouldRetry: (error, attempt) => shouldRetry(error, attempt),
      onProgress: (sent, total) => show({ sent, total, waiting: false }),
      onSuccess: () => {
        cleanup();
        resolve();
      },
      onError: (error) => {
        if (signal.aborted) return;
        if (!isConnectionLost(error)) return reject(apiErrorOf(error));
        show({ ...state, waiting: true });
        window.addEventListener("online", resume, { once: true });
        if (navigator.onLine) timer = setTimeout(resume, RETRY_LATER_MS);
      },
    });
    signal.addEventListener("abort", () => {
      cleanup();
      void upload.abort();
      reject(new DOMException("the upload was stopped", "AbortError"));
    });
    void upload.findPreviousUploads().then((previous) => {
      const [last] = previous;
      if (last) upload.resumeFromPreviousUpload(last);
      if (!signal.aborted) upload.start();
    });
  });
}

/** tus-js-client retries a lost answer or a busy server; a 409 once (the offset moved on: HEAD tells where). */
function shouldRetry(error: DetailedError, attempt: number): boolean {
  const status = error.originalResponse?.getStatus() ?? 0;
  if (status === 0) return navigator.onLine;
  if (status === 409) return attempt === 0;
  return status === 423 || status >= 500;
}

/** True when a request got no answer (offline, or the connection dropped). */
function isConnectionLost(error: Error): boolean {
  return error instanceof DetailedError && error.originalResponse === null;
}

/** The server's refusal as the app's ApiError, so the screen explains it like any other. */
function apiErrorOf(error: Error) {
  const response = error instanceof DetailedError ? error.originalResponse : null;
  if (!response) return error;
  let body: unknown = null;
  try {
    body = JSON.parse(response.getBody());
  } catch {
    body = null;
  }
  return errorFromBody(response.getStatus(), error.message, body);
}
