/**
 * A real S3-compatible server on loopback for the S3 tests: @20minutes/s3rver from the npm
 * registry (the maintained fork of s3rver: Koa over a folder, and it checks every request's SigV4
 * signature, so wrong keys fail as on S3). When it cannot run, the tests say so loudly and skip.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";

/** The server's fixed account (s3rver's own). */
const KEY = "S3RVER";
const SECRET = "S3RVER";
const OBJECT = "._S3rver_object";

export interface TestS3 {
  /** S3_URL of the bucket, with the key prefix "attachments/". */
  url: string;
  /** The same bucket with a wrong secret. */
  wrongSecretUrl: string;
  /** The keys of every object in the bucket, from the server's folder (its listing refuses the SDK's signature). */
  keys(): string[];
  /** An object's bytes through a client of the test's own (not the app's store); null when absent. */
  read(key: string): Promise<Uint8Array | null>;
  stop(): Promise<void>;
}

/** Starts the server with one bucket, or says why it cannot and returns null. */
export async function startS3Server(): Promise<TestS3 | null> {
  try {
    const { default: S3rver } = await import("@20minutes/s3rver");
    const directory = mkdtempSync(join(tmpdir(), "s3rver-"));
    const bucket = "kg-attachments";
    const server = new S3rver({
      address: "127.0.0.1",
      port: 0,
      silent: true,
      directory,
      configureBuckets: [{ name: bucket }],
    });
    const { port } = await server.run();
    const endpoint = `127.0.0.1:${port}`;
    const client = new S3Client({
      endpoint: `http://${endpoint}`,
      region: "us-east-1",
      forcePathStyle: true,
      credentials: { accessKeyId: KEY, secretAccessKey: SECRET },
    });
    const url = (secret: string) =>
      `s3://${KEY}:${secret}@${endpoint}/${bucket}/attachments?forcePathStyle=true&tls=false`;
    return {
      url: url(SECRET),
      wrongSecretUrl: url("wrong-secret"),
      keys: () =>
        readdirSync(join(directory, bucket), { recursive: true, encoding: "utf8" })
          .filter((name) => name.endsWith(OBJECT))
          .map((name) => name.slice(0, -OBJECT.length))
          .sort(),
      read: async (key) => {
        const object = await client
          .send(new GetObjectCommand({ Bucket: bucket, Key: key }))
          .catch((error: { name?: string }) => {
            if (error.name === "NoSuchKey") return null;
            throw error;
          });
        return (await object?.Body?.transformToByteArray()) ?? null;
      },
      stop: async () => {
        client.destroy();
        await server.close();
      },
    };
  } catch (error) {
    console.warn(
      `\n*** S3 tests SKIPPED: the local S3 server (@20minutes/s3rver) cannot run: ${error} ***\n`,
    );
    return null;
  }
}
