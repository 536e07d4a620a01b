/**
 * The tus protocol (1.0 core with creation and termination) for report attachments, served by
 * @tus/server inside Hono's fetch handler (`handleWeb`, no second HTTP server). A tus Server is
 * made per request, bound to that request's actor and dependencies; its DataStore keeps sessions
 * and bytes in the database through the uploads operations, so any server process may take any
 * request of an upload (docs/decisions/017-resumable-uploads.md).
 */
import type { Readable } from "node:stream";
import { DataStore, MemoryLocker, Server, Upload } from "@tus/server";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AttachmentStore } from "../db/attachment-store.ts";
import type { Db } from "../db/connect.ts";
import type { Actor } from "../domain/access.ts";
import { isAppError } from "../domain/errors.ts";
import { MAX_ATTACHMENT_BYTES } from "../operations/reporting/add-attachment.ts";
import { finishUpload } from "../operations/uploads/finish-upload.ts";
import { storeUploadPiece } from "../operations/uploads/store-upload-piece.ts";
import {
  cancelUpload,
  findUpload,
  startUpload,
  type UploadSession,
} from "../operations/uploads/upload-session.ts";
import { errorAnswer } from "./errors.ts";

/** Where upload URLs live: `${UPLOADS_PATH}/{uploadId}`. */
export const UPLOADS_PATH = "/api/v1/uploads";

/** Bytes of a request gathered in memory before they are stored as one piece. */
export const PIECE_BYTES = 1024 * 1024;

// One lock per upload in this process: a request resuming an upload asks an earlier one that still
// holds it (a dropped connection the server has not noticed yet) to stop. Across processes the
// offset check of storeUploadPiece keeps two writers apart instead.
const locker = new MemoryLocker();

/** What one request's tus server works with. */
export interface UploadRequest {
  db: Db;
  files: AttachmentStore;
  actor: Actor;
  now: Date;
  /** The report a new upload goes to (POST). */
  reportId?: number;
  /** The upload the request is about (HEAD, PATCH, DELETE). */
  uploadId?: string;
}

/** Answers one tus request (a standard Request) as a standard Response. */
export function answerTus(request: Request, context: UploadRequest): Promise<Response> {
  const server = new Server({
    path: UPLOADS_PATH,
    datastore: new DatabaseUploadStore(context),
    locker,
    maxSize: MAX_ATTACHMENT_BYTES,
    disableTerminationForFinishedUploads: true,
    // The web app is served from this origin: no cross-origin access (no Access-Control-Allow-Origin).
    allowedOrigins: () => false,
    generateUrl: (_req, { id }) => `${UPLOADS_PATH}/${id}`,
    getFileIdFromRequest: () => context.uploadId,
    // Before any lock is taken: only the user who started an upload may touch it.
    onIncomingRequest: async (req, id) => {
      if (req.method !== "POST") await findUpload(context.db, context.actor, id, context.now);
    },
    onResponseError: (_req, error) => tusErrorAnswer(error),
  });
  return server.handleWeb(request);
}

/** Any failure in the API's error shape: ours by errorAnswer, tus's own ({status_code, body}) by their status. */
function tusErrorAnswer(error: Error | { status_code: number; body: string }) {
  if (isAppError(error) || !("status_code" in error)) {
    const { status, body } = errorAnswer(error);
    return { status_code: status, body: JSON.stringify(body) };
  }
  const message = error.body.trim();
  // tus's 5xx are its own (a lock not released in time, an extension it lacks), not a crash of ours
  if (error.status_code >= 500)
    return { status_code: error.status_code, body: JSON.stringify({ code: "http_error", message }) };
  const { status, body } = errorAnswer(
    new HTTPException(error.status_code as ContentfulStatusCode, { message }),
  );
  return { status_code: status, body: JSON.stringify(body) };
}

/** Sessions and their bytes in the database (upload_sessions, upload_pieces). */
class DatabaseUploadStore extends DataStore {
  override extensions = ["creation", "creation-with-upload", "termination"];
  /** The session this request last read (after the upload's lock was taken). */
  private session: UploadSession | null = null;

  constructor(private readonly context: UploadRequest) {
    super();
  }

  override async create(upload: Upload): Promise<Upload> {
    const { db, actor, now, reportId } = this.context;
    if (reportId === undefined) throw new Error("a new upload needs its report");
    this.session = await startUpload(
      db,
      actor,
      {
        id: upload.id,
        reportId,
        fileName: upload.metadata?.filename ?? "file",
        mimeType: upload.metadata?.filetype ?? "application/octet-stream",
        size: upload.size ?? 0,
      },
      now,
    );
    return upload;
  }

  override async getUpload(id: string): Promise<Upload> {
    const { db, actor, now } = this.context;
    const session = await findUpload(db, actor, id, now);
    this.session = session;
    return new Upload({
      id,
      size: session.size,
      offset: session.received,
      metadata: { filename: session.fileName, filetype: session.mimeType },
    });
  }

  /**
   * Stores the request's bytes in pieces of about PIECE_BYTES as they arrive; the bytes that end
   * the upload make the attachment. A request cut short keeps what arrived before the cut.
   */
  override async write(stream: Readable, id: string, offset: number): Promise<number> {
    const session = this.session;
    if (session?.id !== id) throw new Error(`upload ${id} was not read before writing`);
    const { db, files, actor } = this.context;
    let at = offset;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const store = async () => {
      if (pendingBytes === 0) return;
      const bytes = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      if (at + bytes.length === session.size) await finishUpload(db, files, actor, session, at, bytes);
      else await storeUploadPiece(db, session, at, bytes);
      at += bytes.length;
    };
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes >= PIECE_BYTES && at + pendingBytes < session.size) await store();
      }
    } catch (error) {
      // The connection dropped: what arrived is still good, and the client resumes after it.
      if (at + pendingBytes < session.size) await store().catch(() => {});
      throw error;
    }
    await store();
    return at;
  }

  override async remove(id: string): Promise<void> {
    const { db, actor, now } = this.context;
    await cancelUpload(db, actor, id, now);
  }
}
