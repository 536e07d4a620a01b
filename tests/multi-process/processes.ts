/**
 * Several app processes on one PostgreSQL database behind Debian's nginx, for the multi-process
 * tests: a database of the test's own, the demo loaded into it by the CLI, N servers on loopback
 * and nginx with deploy/nginx/proxy.conf in front.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = fileURLToPath(new URL("../..", import.meta.url));
export const NGINX = "/usr/sbin/nginx";

/** A PostgreSQL database of this test run's own; dropped by `drop`. */
export async function scratchDatabase(serverUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = new pg.Client({ connectionString: serverUrl });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

const CLI = ["--import", "tsx", "src/cli/main.ts"];
const cliEnv = (databaseUrl: string) => ({ ...process.env, DATABASE_URL: databaseUrl, TODAY: "2026-09-30" });

/** Runs a CLI command against `databaseUrl`; throws with its output when it fails. */
export function cli(databaseUrl: string, args: string[]): string {
  const run = spawnSync(process.execPath, [...CLI, ...args], {
    cwd: root,
    env: cliEnv(databaseUrl),
    encoding: "utf8",
    timeout: 240_000,
  });
  if (run.status !== 0) throw new Error(`cli ${args.join(" ")} failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

/** Starts a CLI command against `databaseUrl` without waiting for it (to kill it midway). */
export function startCli(databaseUrl: string, args: string[]): ChildProcess {
  return spawn(process.execPath, [...CLI, ...args], { cwd: root, env: cliEnv(databaseUrl), stdio: "ignore" });
}

/** A running app process: its URL, the child to stop, and what it printed so far. */
export interface AppProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
}

/** Starts `src/main.ts` on a free loopback port against `databaseUrl`, with `env` added to its environment. */
export async function startApp(databaseUrl: string, env: NodeJS.ProcessEnv = {}): Promise<AppProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATA_DIR: mkdtempSync(join(tmpdir(), "multi-")),
      PORT: "0",
      TODAY: "2026-09-30",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const printed = { text: "" };
  return { url: await listeningUrl(child, printed), child, output: () => printed.text };
}

function listeningUrl(child: ChildProcess, printed: { text: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      printed.text += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(printed.text);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      printed.text += chunk.toString();
    });
    child.once("exit", (code) => reject(new Error(`the server stopped (${code}):\n${printed.text}`)));
  });
}

/** Stops a process and waits for it. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** nginx on a free loopback port, round robin over `upstreams`, with the deployed proxy settings. */
export async function startNginx(upstreams: string[]): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "nginx-"));
  const port = await freePort();
  const servers = upstreams.map((u) => `server ${new URL(u).host};`).join(" ");
  const conf = `
worker_processes 1;
error_log ${dir}/error.log warn;
pid ${dir}/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  upstream app { ${servers} keepalive 8; }
  server {
    listen 127.0.0.1:${port};
    location / { proxy_pass http://app; include ${join(root, "deploy/nginx/proxy.conf")}; }
  }
}`;
  writeFileSync(join(dir, "nginx.conf"), conf);
  const child = spawn(NGINX, ["-p", dir, "-c", join(dir, "nginx.conf"), "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => (await fetch(`${url}/api/openapi.json`).catch(() => null))?.ok === true,
    () => (existsSync(join(dir, "error.log")) ? readFileSync(join(dir, "error.log"), "utf8") : ""),
  );
  return { url, stop: () => stop(child) };
}

async function waitFor(ready: () => Promise<boolean>, explain: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not answer:\n${explain()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
