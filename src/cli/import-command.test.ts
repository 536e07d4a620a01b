import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Plan, PlanSchema } from "../domain/plan.ts";
import { summarize } from "./import-command.ts";

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

describe("import summary", () => {
  it("names warnings about the whole document first, by their kind", () => {
    const plan = {
      title: "План",
      territory: null,
      period: { from: 2026, to: 2026 },
      language: "ru",
      sections: [],
      measures: [],
      signatories: [],
    } as unknown as Plan;
    const text = summarize(plan, [
      { measure: 0, code: "no_deadline", params: { row: 1 }, message: "row 1: no deadline" },
      {
        measure: 0,
        code: "ocr_low_confidence",
        params: { row: 1, words: "көпүрө (41%)" },
        message: "row 1: OCR was unsure of көпүрө (41%)",
      },
      {
        measure: null,
        code: "lost_columns",
        params: { confidence: 0.9 },
        message: "this text lost its columns",
      },
    ]);
    expect(text.split("\n").slice(4)).toEqual([
      "  text that lost its columns (1):",
      "    - this text lost its columns",
      "  no deadline (1):",
      "    - row 1: no deadline",
      "  words OCR was unsure of (1):",
      "    - row 1: OCR was unsure of көпүрө (41%)",
    ]);
  });
});

describe("import summary: check first", () => {
  // Column 5's header names no role (its funding role is guessed), № 2's deadline has no dates,
  // № 3's responsible cell holds a comma after a genitive (unclear split).
  const file = join(scratch, "check-first.csv");
  writeFileSync(
    file,
    [
      "Көк-Жар айыл аймагынын 2026-жылга иш-чаралар планы",
      "№;Иш-чаралар;Аткаруу мөөнөтү;Жооптуу аткаруучулар;Графа 5;Күтүлүүчү натыйжа",
      "1;Мектептин чатырын оңдоо;2026-жылдын III-кварталы;Айыл өкмөтү;ЖБ;Чатыр оңдолот",
      "2;Көчө жарыгын орнотуу;жакында;Айыл өкмөтү;РБ;Көчөлөр жарык болот",
      "3;Суу түтүгүн тартуу;2026-жылдын II-кварталы;Айыл өкмөтүнүн, мектептин жетекчилиги;Инвестор;Суу түтүгү тартылат",
    ].join("\n"),
    "utf8",
  );

  it("lists the low cells after the warnings, lowest first, with row, field, reason and text", () => {
    const run = cli(["import", file]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    const at = lines.indexOf("check first (5 of 5 low cells):");
    expect(at).toBeGreaterThan(lines.findIndex((l) => l.startsWith("warnings to check")));
    expect(lines.slice(at + 1)).toEqual([
      '  - № 2, deadline (0.30, deadline not understood): "жакында"',
      '  - № 3, responsible (0.50, unclear split of responsible bodies): "Айыл өкмөтүнүн, мектептин жетекчилиги"',
      '  - № 1, funding (0.60, column guessed from its contents): "ЖБ"',
      '  - № 2, funding (0.60, column guessed from its contents): "РБ"',
      '  - № 3, funding (0.60, column guessed from its contents): "Инвестор"',
    ]);
  });

  it("keeps --json to plan/v1 alone", () => {
    const json = JSON.parse(cli(["import", file, "--json"]).stdout) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(
      ["format", "title", "territory", "period", "language", "sections", "measures", "signatories"].sort(),
    );
  });
});

function write(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content, "latin1");
  return path;
}
