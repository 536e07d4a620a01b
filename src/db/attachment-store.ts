/**
 * Where the bytes of report attachments live. The attachments rows (report, name, type, size,
 * SHA-256) are always in the database; their storage_path says where the bytes are:
 *   "database"  a row of attachment_contents, one per SHA-256, written in the attachment's transaction;
 *   "s3:KEY"    the object KEY of the bucket of S3_URL (s3-store.ts), written before that transaction;
 *   other       a file an old version kept under DATA_DIR, moved into attachment_contents at start.
 * Reading follows storage_path, not the store in use, so turning S3_URL on keeps older files readable.
 */
import { and, eq, notExists } from "drizzle-orm";
import type { Db } from "./connect.ts";
import { parseS3Url } from "./s3-url.ts";
import { attachmentContents, attachments } from "./schema.ts";

/** `storage_path` of attachments whose bytes are in attachment_contents. */
export const DATABASE_STORAGE = "database";
/** The start of `storage_path` of attachments whose bytes are S3 objects ("s3:KEY"). */
export const S3_STORAGE = "s3:";

/** Put, get and delete bytes by key: the database (default) or an S3 bucket. */
export interface AttachmentStore {
  readonly kind: "database" | "s3";
  /** For the start-up line: "the database", "S3 bucket … at …". */
  readonly label: string;
  /**
   * True when put() writes with the `db` it is given, so the transaction that records the row
   * commits or undoes both; false when it writes elsewhere at once (the caller puts before that
   * transaction and deletes after it failed).
   */
  readonly inTransaction: boolean;
  /** The key of new bytes: their SHA-256 (database: stored once per content) or a random one. */
  newKey(sha256: string): string;
  put(db: Db, key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  get(db: Db, key: string): Promise<Uint8Array | null>;
  delete(db: Db, key: string): Promise<void>;
  /** Releases its connections (with the database connection). */
  close(): void;
}

/** The database store: attachment_contents, one row per SHA-256. */
export function databaseAttachmentStore(): AttachmentStore {
  return {
    kind: "database",
    label: "the database",
    inTransaction: true,
    newKey: (sha256) => sha256,
    put: async (db, key, bytes) => {
      await db.insert(attachmentContents).values({ sha256: key, content: bytes }).onConflictDoNothing();
    },
    get: async (db, key) => {
      const [row] = await db
        .select({ content: attachmentContents.content })
        .from(attachmentContents)
        .where(eq(attachmentContents.sha256, key));
      return row?.content ?? null;
    },
    // Several attachments may share one content: it goes only once no row names it.
    delete: async (db, key) => {
      const named = db
        .select({ id: attachments.id })
        .from(attachments)
        .where(and(eq(attachments.sha256, key), eq(attachments.storagePath, DATABASE_STORAGE)));
      await db.delete(attachmentContents).where(and(eq(attachmentContents.sha256, key), notExists(named)));
    },
    close: () => {},
  };
}

/**
 * The store of a process: S3 when S3_URL is set (checked here, before anything is opened; the AWS
 * SDK is loaded only then), else the database.
 */
export async function openAttachmentStore(s3Url: string | undefined): Promise<AttachmentStore> {
  if (!s3Url) return databaseAttachmentStore();
  const settings = parseS3Url(s3Url);
  return (await import("./s3-store.ts")).s3AttachmentStore(settings);
}

/** The storage_path of bytes that `store` keeps under `key`. */
export function storagePathOf(store: AttachmentStore, key: string): string {
  return store.kind === "database" ? DATABASE_STORAGE : `${S3_STORAGE}${key}`;
}

/** True when storage_path names an S3 object. */
export function isS3Path(storagePath: string): boolean {
  return storagePath.startsWith(S3_STORAGE);
}

/**
 * The bytes an attachments row names, wherever its storage_path says they are; null when they are
 * missing. A row in S3 while this process has no S3_URL is a configuration fault, not a 404.
 */
export async function readAttachmentBytes(
  db: Db,
  store: AttachmentStore,
  row: { storagePath: string; sha256: string },
): Promise<Uint8Array | null> {
  if (!isS3Path(row.storagePath)) return databaseAttachmentStore().get(db, row.sha256);
  if (store.kind !== "s3")
    throw new Error(`an attachment is kept in S3 (${row.storagePath}), but this process has no S3_URL`);
  return store.get(db, row.storagePath.slice(S3_STORAGE.length));
}
