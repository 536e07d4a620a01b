import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { connect } from "../db/connect.ts";
import { osUser } from "./store.ts";

const SEED = "tests/fixtures/seeds/tash-komur-2026.docx";
const REPUBLIC = "41700000000000";
const CITY = "41703420000000";

/** Runs the CLI in a child process against the PGlite folder `dataDir`. */
function cli(dataDir: string, args: string[], input?: string) {
  // DATABASE_URL empty: the PGlite folder even where the shell points at a server.
  const env = { ...process.env, DATA_DIR: dataDir, TODAY: "2026-09-30", DATABASE_URL: "" };
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    input,
    env,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expectUserError(run: ReturnType<typeof cli>, message: RegExp) {
  expect({ code: run.code, stderr: run.stderr }).toMatchObject({
    code: 2,
    stderr: expect.stringMatching(message),
  });
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
}

// Each command is a process that opens the PGlite folder (2–4 s): the long tests get minutes.
const LONG = 180_000;

describe("store commands of the CLI (PGlite folder)", () => {
  const dir = mkdtempSync(join(tmpdir(), "cli-store-"));
  const data = join(dir, "data");

  it(
    "sets up a fresh store: migrate, territories, a body, the first admin, roles, passwords",
    () => {
      expect(cli(data, ["migrate"])).toMatchObject({ code: 0, stdout: expect.stringMatching(/up to date/) });
      const republic = cli(data, [
        "territory",
        "add",
        REPUBLIC,
        "--level",
        "republic",
        "--ky",
        "Кыргыз Республикасы",
        "--ru",
        "Кыргызская Республика",
      ]);
      expect(republic).toMatchObject({ code: 0, stdout: expect.stringContaining("path /1/") });
      const city = cli(data, [
        "territory",
        "add",
        CITY,
        "--parent",
        REPUBLIC,
        "--level",
        "city",
        "--ky",
        "Таш-Көмүр шаары",
        "--ru",
        "город Таш-Кумыр",
      ]);
      expect(city).toMatchObject({ code: 0, stdout: expect.stringContaining("path /1/2/") });
      const org = cli(data, ["org", "add", CITY, "--name", "Таш-Көмүр шаардык мэриясы", "--alias", "Мэрия"]);
      expect(org).toMatchObject({ code: 0, stdout: expect.stringContaining("(id 1)") });
      const admin = cli(
        data,
        ["user", "add", "admin", "--role", "admin", "--territory", REPUBLIC, "--password-stdin"],
        "first-admin-pw\n",
      );
      expect(admin).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/user admin added \(id 1\); admin over 41700000000000/),
      });
      const planner = cli(data, [
        "user",
        "add",
        "Planner",
        "--name",
        "Айгүл",
        "--org",
        "1",
        "--password",
        "planner-pw-1",
      ]);
      expect(planner).toMatchObject({
        code: 0,
        stdout: expect.stringContaining("user planner added (id 2)"),
      });
      expect(cli(data, ["user", "role", "planner", "planner", CITY]).code).toBe(0);
      expect(cli(data, ["user", "role", "planner", "viewer", CITY, "--revoke"]).code).toBe(0);
      expect(cli(data, ["user", "password", "planner"], "new-planner-pw\n").code).toBe(0);
    },
    LONG,
  );

  it(
    "imports and saves a plan, then saves the same document as an unchanged version 2",
    () => {
      const first = cli(data, ["import", SEED, "--save", "--territory", CITY]);
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/saved: program 1, version 1 \(27 measures added, 0 changed, 0 removed\)/);
      expect(first.stdout).toMatch(/bodies no organization is known by \(\d+\)/);
      // the city's mayor's office is a known body now, so it is not listed
      expect(first.stdout).not.toMatch(/^ {2}- Таш-Көмүр шаардык мэриясы$/m);
      const again = cli(data, ["import", SEED, "--save", "--territory", CITY, "--program", "1"]);
      expect(again.stdout).toMatch(/saved: program 1, version 2 \(0 measures added, 0 changed, 0 removed\)/);
    },
    LONG,
  );

  it(
    "backs up, refuses to restore over data, restores into a new folder, and the audit names the OS user",
    async () => {
      const file = join(dir, "store.zip");
      const backup = cli(data, ["backup", file]);
      expect(backup).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/1 programs, 27 measures, 0 progress reports, 2 users/),
      });
      expectUserError(cli(data, ["restore", file]), /not empty/);
      const copy = join(dir, "copy");
      const restored = cli(copy, ["restore", file]);
      expect(restored).toMatchObject({ code: 0, stdout: expect.stringMatching(/1 programs, 27 measures/) });
      // the copy works: a new body gets the next id after the restored one
      expect(cli(copy, ["org", "add", CITY, "--name", "Жаңы бөлүм"]).stdout).toContain("(id 2)");
      const { db, close } = await connect({ dataDir: copy });
      try {
        const rows = (await db.execute(sql`select distinct actor from audit_log order by 1`)) as unknown as {
          rows: { actor: string }[];
        };
        expect(rows.rows.map((r) => r.actor)).toEqual([`cli:${osUser()}`]);
      } finally {
        await close();
      }
    },
    LONG,
  );

  const bad: [string, string[], RegExp][] = [
    ["an unknown command", ["frobnicate"], /unknown command "frobnicate"/],
    ["a user subcommand that does not exist", ["user", "remove", "x"], /unknown command "user remove x"/],
    ["an option of another command", ["migrate", "--save"], /migrate does not take --save/],
    ["a missing argument", ["backup"], /wrong number of arguments; usage: backup FILE/],
    ["--save without --territory", ["import", SEED, "--save"], /needs --territory/],
    ["an unknown territory", ["import", SEED, "--save", "--territory", "999"], /no territory with code 999/],
    ["an unknown role", ["user", "role", "admin", "boss", REPUBLIC], /unknown role "boss"/],
    ["an unknown login", ["user", "role", "nobody", "viewer", REPUBLIC], /no user with login nobody/],
    ["a taken login", ["user", "add", "admin", "--password", "long-enough-1"], /login "admin" is taken/],
    ["no password", ["user", "add", "someone"], /a password is needed/],
    [
      "a taken territory code",
      ["territory", "add", CITY, "--level", "city", "--ky", "a", "--ru", "b"],
      /is taken/,
    ],
    [
      "a bad level",
      ["territory", "add", "1", "--level", "town", "--ky", "a", "--ru", "b"],
      /--level must be one of/,
    ],
    ["a missing backup file", ["restore", "/nonexistent/x.zip"], /no such file/],
    ["a bad TODAY", ["migrate"], /TODAY=2026-02-30/],
  ];
  for (const [what, args, message] of bad)
    it(`exits 2 with one line for ${what}`, () => {
      const run =
        what === "a bad TODAY"
          ? spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
              env: { ...process.env, DATA_DIR: data, TODAY: "2026-02-30" },
              encoding: "utf8",
            })
          : null;
      expectUserError(
        run ? { code: run.status, stdout: run.stdout, stderr: run.stderr } : cli(data, args),
        message,
      );
    });
});
