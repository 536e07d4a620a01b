import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PlanSchema } from "../domain/plan.ts";

const SEEDS = "tests/fixtures/seeds";
const scratch = mkdtempSync(join(tmpdir(), "cli-test-"));

/** Runs the CLI as a user would, in a child process. */
function cli(args: string[], input?: string | Buffer) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    input,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("cli import", () => {
  it("prints plan/v1 JSON for a .docx and exits 0", () => {
    const run = cli(["import", `${SEEDS}/tash-komur-2026.docx`, "--json"]);
    expect(run.code).toBe(0);
    const plan = PlanSchema.parse(JSON.parse(run.stdout));
    expect(plan.measures.length).toBeGreaterThan(20);
    expect(run.stderr).toBe("");
  });

  it("reads pasted text from standard input with -", () => {
    const run = cli(["import", "-", "--json"], readFileSync(`${SEEDS}/tash-komur-2026.txt`));
    expect(run.code).toBe(0);
    expect(PlanSchema.parse(JSON.parse(run.stdout)).period).toEqual({ from: 2026, to: 2026 });
  });

  it("prints a summary with counts and warnings without --json", () => {
    const run = cli(["import", `${SEEDS}/chong-alai-2025-2030.docx`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\d+ sections, \d+ measures/);
    expect(run.stdout).toMatch(/warnings to check \(\d+\):|no warnings/);
  });

  const bad: [string, () => string, RegExp][] = [
    ["a missing file", () => join(scratch, "nope.docx"), /nope\.docx: no such file/],
    ["an empty file", () => write("empty.pdf", ""), /empty\.pdf: .*empty/],
    [
      "a corrupt .docx",
      () => write("broken.docx", "PK\u0003\u0004 this is not a zip"),
      /broken\.docx:? .*(corrupt|damaged|not a valid)/i,
    ],
    ["a corrupt .xlsx", () => write("broken.xlsx", "garbage"), /broken\.xlsx/],
    [
      "a binary file of unknown type",
      () => write("image.bin", "\u0000\u0001\u0002\u0003".repeat(300)),
      /image\.bin/,
    ],
    [
      "a document with no action table",
      () => write("letter.txt", "Урматтуу мырза,\nБиз сизге кат жазабыз.\n"),
      /letter\.txt: no action table/,
    ],
  ];
  for (const [what, make, message] of bad) {
    it(`exits 2 with one line on stderr for ${what}`, () => {
      const run = cli(["import", make(), "--json"]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it("exits 2 on an unknown command or option", () => {
    expect(cli(["frobnicate"]).code).toBe(2);
    expect(cli(["import", "x.docx", "--jsno"]).code).toBe(2);
  });
});

function write(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content, "latin1");
  return path;
}
