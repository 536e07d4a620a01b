/**
 * Three app processes on one PostgreSQL database behind nginx (deploy/nginx/proxy.conf): whatever
 * one process wrote — a session, a failed login, an attachment — every other one sees. Two more
 * processes keep attachments in a local S3 server (S3_URL): they read each other's and the others'.
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3Server, type TestS3 } from "../setup/s3-server.ts";
import { type AppProcess, cli, NGINX, scratchDatabase, startApp, startNginx, stop } from "./processes.ts";

const serverUrl = process.env.TEST_DATABASE_URL;
const ready = serverUrl !== undefined && existsSync(NGINX);
if (!ready)
  console.warn(
    `\n*** multi-process tests SKIPPED: they need TEST_DATABASE_URL (${serverUrl ? "set" : "not set"}) and Debian's nginx at ${NGINX} (${existsSync(NGINX) ? "found" : "missing"}) ***\n`,
  );

const LONG = 300_000;

interface Session {
  cookie: string;
  csrf: string;
}

async function logIn(base: string, login: string, password: string, from = "10.0.0.1") {
  return fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": from },
    body: JSON.stringify({ login, password }),
  });
}

async function session(base: string, login: string, password: string): Promise<Session> {
  const res = await logIn(base, login, password);
  expect(res.status).toBe(200);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

function call(base: string, s: Session, path: string, init: RequestInit = {}) {
  return fetch(`${base}${path}`, {
    ...init,
    headers: { cookie: s.cookie, "x-csrf-token": s.csrf, ...(init.headers ?? {}) },
  });
}

describe.skipIf(!ready)("three app processes behind nginx on one PostgreSQL database", () => {
  let drop: () => Promise<void> = async () => {};
  let apps: AppProcess[] = [];
  let proxy: { url: string; stop: () => Promise<void> };
  let s3: TestS3 | null = null;
  let s3Apps: AppProcess[] = [];

  beforeAll(async () => {
    const db = await scratchDatabase(serverUrl as string, `kgmulti_${process.pid}`);
    drop = db.drop;
    cli(db.url, ["demo"]);
    s3 = await startS3Server();
    const withS3 = s3 ? [{ S3_URL: s3.url }, { S3_URL: s3.url }] : [];
    const started = await Promise.all([{}, {}, {}, ...withS3].map((env) => startApp(db.url, env)));
    apps = started.slice(0, 3);
    s3Apps = started.slice(3);
    proxy = await startNginx(apps.map((a) => a.url));
  }, LONG);

  afterAll(async () => {
    await proxy?.stop();
    await Promise.all([...apps, ...s3Apps].map((a) => stop(a.child)));
    await s3?.stop();
    await drop();
  }, LONG);

  it("a login made through one process serves requests on every other, also through nginx", async () => {
    const first = apps[0]?.url as string;
    const s = await session(first, "planner.tk", "demo-planner-tk");
    for (const app of apps) expect((await call(app.url, s, "/api/v1/auth/me")).status).toBe(200);
    // Round robin over three upstreams: six requests reach each process twice.
    for (let i = 0; i < 6; i++) expect((await call(proxy.url, s, "/api/v1/auth/me")).status).toBe(200);
    await call(apps[1]?.url as string, s, "/api/v1/auth/logout", { method: "POST" });
    for (const app of apps) expect((await call(app.url, s, "/api/v1/auth/me")).status).toBe(401);
  });

  it("ten failed logins spread over the processes lock the login on all of them", async () => {
    for (let i = 0; i < 10; i++) {
      const res = await logIn(apps[i % 3]?.url as string, "viewer.tk", "wrong", "10.9.9.9");
      expect(res.status).toBe(401);
    }
    for (const app of apps) expect((await logIn(app.url, "viewer.tk", "wrong", "10.9.9.9")).status).toBe(429);
    // Through nginx the address is the proxy's view of the client, a different key: not locked.
    expect((await logIn(proxy.url, "viewer.tk", "wrong")).status).toBe(401);
  });

  /** A draft report of executor.tk's in 2026-Q3 (the same one each time), written through `base`. */
  async function draftReport(base: string, s: Session): Promise<number> {
    const me = (await (await call(base, s, "/api/v1/auth/me")).json()) as { organizationId: number };
    const list = (await (
      await call(base, s, `/api/v1/programs/1/measures?organization=${me.organizationId}&pageSize=50`)
    ).json()) as { items: { id: number }[] };
    for (const measure of list.items) {
      const res = await call(base, s, `/api/v1/measures/${measure.id}/reports/2026-Q3`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ status: "in_progress", percent: 20 }),
      });
      if (res.status === 200 || res.status === 201) return ((await res.json()) as { id: number }).id;
    }
    throw new Error("executor.tk has no report to write in 2026-Q3");
  }

  /** Attaches `text` through `writer`, then reads it back through every one of `readers`. */
  async function attachAndRead(
    s: Session,
    reportId: number,
    writer: string,
    readers: string[],
    text: string,
  ) {
    const form = new FormData();
    form.append("file", new File([text], "акт.txt", { type: "text/plain" }));
    const up = await call(writer, s, `/api/v1/reports/${reportId}/attachments`, {
      method: "POST",
      body: form,
    });
    expect(up.status).toBe(201);
    const { id } = (await up.json()) as { id: number };
    for (const base of readers) {
      const down = await call(base, s, `/api/v1/attachments/${id}`);
      expect(down.status).toBe(200);
      expect(await down.text()).toBe(text);
    }
  }

  it("an attachment written through one process is read through the others", async () => {
    const [a, b, c] = apps.map((app) => app.url) as [string, string, string];
    const s = await session(a, "executor.tk", "demo-executor-tk");
    const reportId = await draftReport(a, s);
    await attachAndRead(s, reportId, b, [a, c, proxy.url], "Аткаруу актысы: 3 процесс");
  });

  it("a resumable (tus) upload whose pieces reach different processes is attached once", async () => {
    const [a, b, c] = apps.map((app) => app.url) as [string, string, string];
    const s = await session(a, "executor.tk", "demo-executor-tk");
    const reportId = await draftReport(a, s);
    const before = (await (await call(a, s, `/api/v1/reports/${reportId}`)).json()) as {
      attachments: unknown[];
    };
    const text = new TextEncoder().encode("Аткаруу актысы: бөлүк-бөлүк, үч процесс аркылуу");
    const tus = { "tus-resumable": "1.0.0" };
    const started = await call(a, s, `/api/v1/reports/${reportId}/uploads`, {
      method: "POST",
      headers: {
        ...tus,
        "upload-length": String(text.length),
        "upload-metadata": `filename ${btoa("act.txt")}`,
      },
    });
    expect(started.status).toBe(201);
    const url = started.headers.get("location") as string;
    const piece = (base: string, from: number, to: number) =>
      call(base, s, url, {
        method: "PATCH",
        headers: { ...tus, "upload-offset": String(from), "content-type": "application/offset+octet-stream" },
        body: text.slice(from, to),
      });
    expect((await piece(b, 0, 20)).status).toBe(204);
    // the same bytes again through another process: the offset moved on there too
    expect((await piece(c, 0, 20)).status).toBe(409);
    const head = await call(proxy.url, s, url, { method: "HEAD", headers: tus });
    expect(head.headers.get("upload-offset")).toBe("20");
    expect((await piece(c, 20, 40)).status).toBe(204);
    expect((await piece(proxy.url, 40, text.length)).status).toBe(204);
    const after = (await (await call(b, s, `/api/v1/reports/${reportId}`)).json()) as {
      attachments: { id: number; fileName: string }[];
    };
    expect(after.attachments.length).toBe(before.attachments.length + 1);
    const attached = after.attachments.filter((x) => x.fileName === "act.txt");
    expect(attached).toHaveLength(1);
    const down = await call(c, s, `/api/v1/attachments/${attached[0]?.id}`);
    expect(new Uint8Array(await down.arrayBuffer())).toEqual(text);
  });

  it("with S3_URL: an attachment written through one process is read through another from the bucket", async (context) => {
    if (!s3) return context.skip();
    const bucket = s3;
    const [plain] = apps.map((app) => app.url) as [string];
    const [first, second] = s3Apps.map((app) => app.url) as [string, string];
    const s = await session(first, "executor.tk", "demo-executor-tk");
    const reportId = await draftReport(first, s);
    const before = bucket.keys();
    const text = "Аткаруу актысы: S3";
    await attachAndRead(s, reportId, first, [first, second], text);
    const added = bucket.keys().filter((key) => !before.includes(key));
    expect(added).toHaveLength(1);
    expect(new TextDecoder().decode((await bucket.read(added[0] as string)) ?? undefined)).toBe(text);
    // Bytes a process without S3_URL kept in the database stay readable where S3_URL is set.
    await attachAndRead(s, reportId, plain, [first, second], "Аткаруу актысы: база");
    expect(bucket.keys()).toHaveLength(before.length + 1);
  });
});
