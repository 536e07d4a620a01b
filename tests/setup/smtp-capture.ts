/**
 * A real SMTP server for tests (smtp-server on a random loopback port) that keeps every message it
 * accepts, decoded enough to read: recipients, subject, the text and the HTML part. `reject` makes
 * it refuse messages (451, a temporary failure) while it answers true.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** A message as the server received it. */
export interface CapturedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: string;
}

/** Starts the server; `url` goes into SMTP_URL. */
export async function startSmtpCapture(options: { reject?: () => boolean } = {}) {
  const messages: CapturedMail[] = [];
  let rejected = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (options.reject?.()) {
          rejected++;
          const error = Object.assign(new Error("try again later"), { responseCode: 451 });
          return callback(error);
        }
        const to = session.envelope.rcptTo.map((r) => r.address);
        messages.push({ to, ...parseMail(Buffer.concat(chunks).toString("utf8")) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    rejected: () => rejected,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Headers (unfolded) and body of a MIME entity. */
function split(raw: string): [string, string] {
  const at = raw.indexOf("\r\n\r\n");
  return [raw.slice(0, at).replace(/\r\n[ \t]+/g, " "), raw.slice(at + 4)];
}

const header = (headers: string, name: string) =>
  new RegExp(`^${name}:\\s*(.*)$`, "im").exec(headers)?.[1]?.trim() ?? "";

function decodeBody(body: string, encoding: string): string {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/quoted-printable/i.test(encoding)) {
    const joined = body.replace(/=\r\n/g, "");
    const bytes: number[] = [];
    for (let i = 0; i < joined.length; i++) {
      const hex = joined[i] === "=" ? joined.slice(i + 1, i + 3) : "";
      if (/^[0-9A-F]{2}$/i.test(hex)) {
        bytes.push(Number.parseInt(hex, 16));
        i += 2;
      } else bytes.push(...Buffer.from(joined[i] as string, "utf8"));
    }
    return Buffer.from(bytes).toString("utf8");
  }
  return body;
}

/** "=?UTF-8?B?…?= =?UTF-8?Q?…?=" → text (the space between encoded words is not part of it). */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_, _charset, kind: string, data: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeBody(data.replace(/_/g, " "), "quoted-printable"),
    );
}

function parseMail(raw: string): Omit<CapturedMail, "to"> {
  const [headers, body] = split(raw);
  const parts: Record<string, string> = {};
  const boundary = /boundary="?([^";]+)"?/i.exec(header(headers, "Content-Type"))?.[1];
  const entities = boundary ? body.split(`--${boundary}`).slice(1, -1) : [raw];
  for (const entity of entities) {
    const [h, b] = split(entity.replace(/^\r\n/, ""));
    const type = header(h, "Content-Type").split(";")[0] as string;
    // SMTP carries CRLF line ends; the message was written with LF
    const decoded = decodeBody(b.replace(/\r\n$/, ""), header(h, "Content-Transfer-Encoding"));
    parts[type] = decoded.replace(/\r\n/g, "\n");
  }
  return {
    subject: decodeWords(header(headers, "Subject")),
    text: parts["text/plain"] ?? "",
    html: parts["text/html"] ?? "",
    headers,
  };
}
