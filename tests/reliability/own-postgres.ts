/**
 * A PostgreSQL 15 server of the check's own, in a temp folder on a free loopback port, so it can
 * be restarted without touching the machine's server that other tests use. As root, initdb and
 * pg_ctl run as the postgres user, who owns the folder.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = "/usr/lib/postgresql/15/bin";
/** Whether this machine has the server binaries. */
export const ownPostgresReady = existsSync(join(BIN, "initdb")) && existsSync(join(BIN, "pg_ctl"));

function asPostgres(command: string, args: string[]): void {
  const runAs =
    process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  execFileSync(runAs[0] as string, runAs[1] as string[], { stdio: "pipe", timeout: 60_000 });
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

/** Starts a new server; `stopFast` then `start` is a restart (fast: every connection is ended). */
export async function startOwnPostgres() {
  const dir = mkdtempSync(join(tmpdir(), "kgpg-"));
  chmodSync(dir, 0o700);
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  const port = await freePort();
  asPostgres(join(BIN, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  const ctl = (...args: string[]) => asPostgres(join(BIN, "pg_ctl"), ["-D", data, "-w", "-t", "60", ...args]);
  ctl("-o", options, "-l", join(dir, "log"), "start");
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    /** Stops the server for good and removes its folder. */
    remove: () => {
      ctl("-m", "immediate", "stop");
      rmSync(dir, { recursive: true, force: true });
    },
    start: () => ctl("-o", options, "-l", join(dir, "log"), "start"),
    /** Stops the server the way a restart does (fast: connections are ended). */
    stopFast: () => ctl("-m", "fast", "stop"),
  };
}
