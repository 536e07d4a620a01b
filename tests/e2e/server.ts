/** The built server on an empty PGlite folder with the demo, for the end-to-end tests. */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser, signIn } from "./browser.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** A running server and how to stop it. */
export interface E2eServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Builds the web app when stale (unless `web: false`: the public portal needs none of it), then
 * starts `src/main.ts` (demo loaded) on a free port.
 */
export async function startE2eServer(options: { web?: boolean } = {}): Promise<E2eServer> {
  if (options.web !== false) {
    // @ts-expect-error a plain .mjs script without types
    const { buildWebIfNeeded } = (await import("../../scripts/build-web-if-needed.mjs")) as {
      buildWebIfNeeded: () => Promise<boolean>;
    };
    await buildWebIfNeeded();
  }
  const dataDir = await mkdtemp(join(tmpdir(), "e2e-"));
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: "0", TODAY: "2026-09-30", DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await listeningUrl(child);
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => reject(new Error(`the server stopped (${code}):\n${output}`)));
  });
}

/** What an e2e suite reads of its running demo server and browser. */
export interface DemoLive {
  server: E2eServer;
  browser: Browser;
  signedInPage(login: string, password: string, viewport: { width: number; height: number }): Promise<Page>;
}

/**
 * The demo server and Chromium of one e2e suite: both started before its tests (in parallel) and
 * stopped after them. Call it in the suite's body; read `live.server` and `live.browser` in tests,
 * or open `live.signedInPage(…)`: a page of a new Kyrgyz browser context, signed in (its context
 * is `page.context()`).
 */
export function useDemoServerAndBrowser(options: { web?: boolean } = {}) {
  const live = {
    async signedInPage(login, password, viewport) {
      const context = await live.browser.newContext({ viewport, baseURL: live.server.url, locale: "ky-KG" });
      const page = await context.newPage();
      await signIn(page, login, password);
      return page;
    },
  } as DemoLive;
  beforeAll(async () => {
    [live.server, live.browser] = await Promise.all([startE2eServer(options), launchBrowser()]);
  }, 240_000);
  afterAll(async () => {
    await live.browser?.close();
    await live.server?.stop();
  }, 30_000);
  return live;
}
