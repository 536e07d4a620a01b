import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";

const LONG = 180_000;

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts a script in a child process and waits for its "listening on URL" line. */
function start(args: string[], env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    env: { ...process.env, PORT: "0", TODAY: "2026-09-30", DATABASE_URL: "", ...env },
  });
  let text = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening on" within 120 s:\n${text}`)), 120_000);
    const read = (chunk: Buffer) => {
      text += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] as string, output: () => text, exited });
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before listening:\n${text}`));
    });
  });
}

/** Sends SIGTERM and returns the exit code. */
async function stop(server: Started): Promise<number | null> {
  server.child.kill("SIGTERM");
  return server.exited;
}

describe("the server process", () => {
  it(
    "serves the API, refuses a second process on the same folder, and shuts down on SIGTERM",
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), "server-test-"));
      const server = await start(["src/cli/main.ts", "serve"], { DATA_DIR: dataDir });
      // cli serve never loads the demo
      expect(server.output()).not.toMatch(/demo/);
      try {
        const second = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "migrate"], {
          env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
          encoding: "utf8",
        });
        expect(second.status).toBe(2);
        expect(second.stderr.trim().split("\n")).toHaveLength(1);
        expect(second.stderr).toMatch(/is in use by another process \(pid \d+\)/);
        const response = await fetch(`${server.url}/api/openapi.json`);
        expect(response.status).toBe(200);
        expect(((await response.json()) as { openapi: string }).openapi).toBe("3.1.0");
      } finally {
        expect(await stop(server)).toBe(0);
      }
      expect(existsSync(join(dataDir, "app.lock"))).toBe(false);
    },
    LONG,
  );

  it(
    "npm start loads the demo into a new PGlite folder once, and its logins work",
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), "start-test-"));
      const first = await start(["src/main.ts"], { DATA_DIR: dataDir });
      try {
        expect(first.output()).toMatch(/demo loaded/);
        expect(first.output()).toMatch(/planner\.tk +demo-planner-tk/);
        const login = await fetch(`${first.url}/api/v1/auth/login`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ login: "planner.tk", password: "demo-planner-tk" }),
        });
        expect(login.status).toBe(200);
      } finally {
        expect(await stop(first)).toBe(0);
      }
      const second = await start(["src/main.ts"], { DATA_DIR: dataDir });
      expect(second.output()).not.toMatch(/demo/);
      expect(await stop(second)).toBe(0);
    },
    LONG,
  );

  const url = process.env.TEST_DATABASE_URL;
  it.skipIf(!url)(
    "npm start on DATABASE_URL migrates but never loads the demo",
    async () => {
      const name = `kgplans_start_${process.pid}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`drop database if exists ${name}`);
      await admin.query(`create database ${name}`);
      const target = new URL(url as string);
      target.pathname = `/${name}`;
      try {
        const server = await start(["src/main.ts"], { DATABASE_URL: target.toString() });
        expect(server.output()).not.toMatch(/demo/);
        expect(server.output()).toMatch(new RegExp(`PostgreSQL .*/${name}`));
        expect(await stop(server)).toBe(0);
        const client = new pg.Client({ connectionString: target.toString() });
        await client.connect();
        const users = await client.query("select count(*)::int as n from users");
        await client.end();
        expect(users.rows[0].n).toBe(0);
      } finally {
        await admin.query(`drop database if exists ${name}`);
        await admin.end();
      }
    },
    LONG,
  );
});
