import { randomUUID } from "node:crypto";
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { AttachmentStore } from "./attachment-store.ts";
import { describeS3, type S3Settings } from "./s3-url.ts";

/**
 * The S3 store (S3_URL): each upload is a new object under PREFIX + a random UUID, so two
 * uploads never share or overwrite an object, and deleting one never touches another's bytes.
 */
export function s3AttachmentStore(settings: S3Settings): AttachmentStore {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.credentials && { credentials: settings.credentials }),
    // A store that does not answer fails the request instead of holding it: two attempts of at
    // most 50 s (20 MB at 4 Mbit/s) end before nginx's 120 s (deploy/nginx/proxy.conf).
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 50_000, throwOnRequestTimeout: true },
    maxAttempts: 2,
  });
  const Bucket = settings.bucket;
  return {
    kind: "s3",
    label: describeS3(settings),
    inTransaction: false,
    newKey: () => `${settings.prefix}${randomUUID()}`,
    put: async (_db, key, bytes) => {
      await client.send(
        new PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentType: "application/octet-stream" }),
      );
    },
    get: async (_db, key) => {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        return object.Body ? await object.Body.transformToByteArray() : null;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    delete: async (_db, key) => {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
    close: () => client.destroy(),
  };
}

function isMissing(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === "NoSuchKey" || e?.$metadata?.httpStatusCode === 404;
}
