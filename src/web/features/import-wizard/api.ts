/**
 * The import session of the wizard: upload a document (with upload progress) into a session kept on
 * the server, send each fixed cell as a small PATCH (If-Match, one at a time), save by the session's
 * id. Also: teach a body an alias, read a program's current plan for the diff.
 */
import type { Plan } from "../../../domain/plan.ts";
import type {
  ImportPreview,
  ImportSessionEdit,
  ImportWarning,
  MeResponse,
  OrganizationAlias,
  SavedPlan,
} from "../../../domain/views.ts";
import { ApiError, api, errorFromBody } from "../../lib/api-client.ts";

export type { ImportSessionEdit, ImportWarning };

/** What POST /imports answers: the preview and its session. */
export type Preview = ImportPreview;

/** New text for cells of measures (by index) and/or a new title, as PATCH /imports/{id} takes it. */
export interface SessionPatch {
  title?: string;
  measures?: {
    index: number;
    number?: string | null;
    action?: string;
    deadline?: string;
    responsible?: string[];
  }[];
}

/** Where an upload is: sending bytes (with a fraction when the browser knows it), then being read. */
export type UploadProgress = { phase: "sending"; fraction: number | null } | { phase: "reading" };

/**
 * Reads a document (or pasted text, sent as a .txt file) into an import session. XMLHttpRequest,
 * not fetch, because only it reports how much of a large upload has been sent.
 */
export async function previewImport(
  file: File,
  target: { territoryId: number; programId?: number | undefined },
  onProgress: (p: UploadProgress) => void = () => {},
): Promise<Preview> {
  const { csrfToken } = await api.get<MeResponse>("/auth/me");
  const form = new FormData();
  form.append("file", file);
  form.append("territoryId", String(target.territoryId));
  if (target.programId !== undefined) form.append("programId", String(target.programId));
  return new Promise<Preview>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/imports");
    xhr.withCredentials = true;
    xhr.setRequestHeader("accept", "application/json");
    xhr.setRequestHeader("x-csrf-token", csrfToken);
    xhr.upload.onprogress = (e) =>
      onProgress({ phase: "sending", fraction: e.lengthComputable ? e.loaded / e.total : null });
    xhr.upload.onload = () => onProgress({ phase: "reading" });
    xhr.onerror = () => reject(new ApiError(0, "network", "the upload did not reach the server"));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) resolve(body as Preview);
      else reject(errorFromBody(xhr.status, xhr.statusText, body));
    };
    onProgress({ phase: "sending", fraction: 0 });
    xhr.send(form);
  });
}

/** Sends one edit of a session at the version the wizard holds. */
export function editImport(sessionId: number, patch: SessionPatch, rowVersion: number) {
  return api.patch<ImportSessionEdit>(`/imports/${sessionId}`, patch, `"${rowVersion}"`);
}

/**
 * Sends a session's edits one after another, each with the version the previous one answered, so
 * quick edits of several cells never trip over each other; `settled()` waits for all of them.
 */
export function editQueue(
  sessionId: number,
  rowVersion: number,
  handlers: { onEdited: (edit: ImportSessionEdit) => void; onError: (error: unknown) => void },
) {
  let version = rowVersion;
  let chain: Promise<void> = Promise.resolve();
  return {
    send(patch: SessionPatch): Promise<void> {
      chain = chain.then(async () => {
        try {
          const edit = await editImport(sessionId, patch, version);
          version = edit.rowVersion;
          handlers.onEdited(edit);
        } catch (error) {
          handlers.onError(error);
        }
      });
      return chain;
    },
    settled: (): Promise<void> => chain,
  };
}

/** Saves a session as a new program, or as the next version of the program it was read for. */
export function saveImport(sessionId: number) {
  return api.post<SavedPlan>(`/imports/${sessionId}/save`, {});
}

/** Links measures naming `alias` to the organization. */
export function addAlias(organizationId: number, alias: string) {
  return api.post<OrganizationAlias>(`/organizations/${organizationId}/aliases`, { alias });
}

/** The program's current plan (plan/v1), to diff an edited plan against. */
export function currentPlan(programId: number) {
  return api.get<Plan>(`/programs/${programId}/export`, { format: "json" });
}
