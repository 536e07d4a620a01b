import { describe, expect, it } from "vitest";
import { isAppError } from "../domain/errors.ts";
import { describeS3, parseS3Url } from "./s3-url.ts";

/** The error message of parsing `url`, or null when it parses. */
function refusal(url: string): string | null {
  try {
    parseS3Url(url);
    return null;
  } catch (error) {
    expect(isAppError(error, "invalid_input")).toBe(true);
    return (error as Error).message;
  }
}

describe("S3_URL", () => {
  it("reads the key, secret, endpoint, bucket, prefix and options", () => {
    expect(
      parseS3Url(
        "s3://AKIA1:se%2Fcr%40et@127.0.0.1:9000/bucket-1/kg/files/?region=eu-central-1&forcePathStyle=true&tls=false",
      ),
    ).toEqual({
      endpoint: "http://127.0.0.1:9000",
      bucket: "bucket-1",
      prefix: "kg/files/",
      region: "eu-central-1",
      forcePathStyle: true,
      credentials: { accessKeyId: "AKIA1", secretAccessKey: "se/cr@et" },
    });
  });

  it("defaults: HTTPS, us-east-1, virtual-hosted style, no prefix, the SDK's own credentials", () => {
    expect(parseS3Url("s3://s3.example.kg/plans")).toEqual({
      endpoint: "https://s3.example.kg",
      bucket: "plans",
      prefix: "",
      region: "us-east-1",
      forcePathStyle: false,
    });
  });

  it("refuses a malformed URL with a message naming S3_URL and never the secret", () => {
    const wrong = [
      "not a url",
      "https://key:TOPSECRET@host/bucket",
      "s3://key:TOPSECRET@host/",
      "s3://key:TOPSECRET@host/Bad_Bucket",
      "s3://key:TOPSECRET@host/bucket?regoin=x",
      "s3://key:TOPSECRET@host/bucket?tls=yes",
      "s3://key@host/bucket",
      "s3://key:TOPSECRET@host/bucket%ZZ",
    ];
    for (const url of wrong) {
      const message = refusal(url);
      expect(message, url).toMatch(/^S3_URL: /);
      expect(message, url).not.toContain("TOPSECRET");
    }
  });

  it("describes the bucket without the key or the secret", () => {
    const settings = parseS3Url("s3://KEY:SECRET@127.0.0.1:9000/b-1/kg?tls=false");
    expect(describeS3(settings)).toBe("S3 bucket b-1/kg/ at http://127.0.0.1:9000");
  });
});
