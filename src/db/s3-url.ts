/**
 * S3_URL, where attachments go when it is set:
 *
 *   s3://ACCESS_KEY:SECRET@HOST[:PORT]/BUCKET[/PREFIX]?region=us-east-1&forcePathStyle=true&tls=false
 *
 * The key and secret are percent-encoded; without them the AWS SDK's own chain is used
 * (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, ~/.aws, an instance role). HOST is the endpoint,
 * reached over HTTPS unless tls=false. PREFIX, if any, starts every object key. region defaults to
 * us-east-1, forcePathStyle to false (set it true for MinIO, Ceph, Garage and any IP address).
 */
import { AppError } from "../domain/errors.ts";

/** What S3_URL says, ready for the S3 client. */
export interface S3Settings {
  /** http(s)://HOST[:PORT] */
  endpoint: string;
  bucket: string;
  /** "" or "some/folder/": put before every key. */
  prefix: string;
  region: string;
  forcePathStyle: boolean;
  /** Absent: the SDK's default credential chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

const OPTIONS = new Set(["region", "forcePathStyle", "tls"]);
// S3's own rule for bucket names (3–63 lower-case letters, digits, dots and hyphens).
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** The settings of an S3_URL; a malformed one is a user error naming S3_URL, never its secret. */
export function parseS3Url(text: string): S3Settings {
  const wrong = (why: string) =>
    new AppError(
      "invalid_input",
      `S3_URL: ${why} (expected s3://KEY:SECRET@HOST[:PORT]/BUCKET[/PREFIX]?region=…)`,
    );
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      throw wrong("a malformed %-escape");
    }
  };
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw wrong("not a URL");
  }
  if (url.protocol !== "s3:") throw wrong(`the scheme is ${url.protocol.replace(/:$/, "")}, not s3`);
  if (!url.hostname) throw wrong("no host");
  const [bucket = "", ...folders] = decode(url.pathname).replace(/^\/+/, "").split("/");
  if (!BUCKET.test(bucket)) throw wrong(`"${bucket}" is not a bucket name`);
  for (const name of url.searchParams.keys()) if (!OPTIONS.has(name)) throw wrong(`unknown option ${name}`);
  const prefix = folders.filter((f) => f !== "").join("/");
  const settings: S3Settings = {
    endpoint: `${flag(url, "tls", true, wrong) ? "https" : "http"}://${url.host}`,
    bucket,
    prefix: prefix === "" ? "" : `${prefix}/`,
    region: url.searchParams.get("region")?.trim() || "us-east-1",
    forcePathStyle: flag(url, "forcePathStyle", false, wrong),
  };
  if (url.username === "" && url.password === "") return settings;
  if (url.username === "" || url.password === "") throw wrong("give both the key and the secret, or neither");
  const credentials = {
    accessKeyId: decode(url.username),
    secretAccessKey: decode(url.password),
  };
  return { ...settings, credentials };
}

function flag(url: URL, name: string, fallback: boolean, wrong: (why: string) => AppError): boolean {
  const value = url.searchParams.get(name);
  if (value === null) return fallback;
  if (value === "true" || value === "false") return value === "true";
  throw wrong(`${name}=${value}: expected true or false`);
}

/** The bucket and endpoint, for messages: never the key or the secret. */
export function describeS3(settings: S3Settings): string {
  return `S3 bucket ${settings.bucket}${settings.prefix ? `/${settings.prefix}` : ""} at ${settings.endpoint}`;
}
