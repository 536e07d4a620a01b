import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Measure, Plan } from "../domain/plan.ts";
import { cellConfidences } from "./confidence.ts";
import { importPlan } from "./import-plan.ts";

const TODAY = { today: new Date("2026-03-01T00:00:00Z") };
const csv = (...lines: string[]) => new TextEncoder().encode(lines.join("\n"));

describe("cell confidence of a hand-made plan", () => {
  // Column 5 is headed «Графа 5», which names no role; its cells are all funding sources, so its
  // role is guessed. № 2's deadline «жакында» ("soon") has no dates; № 3's responsible cell reads
  // as one body holding a comma (a genitive before it: the split is unclear).
  const plan = csv(
    "Көк-Жар айыл аймагынын 2026-жылга иш-чаралар планы",
    "№;Иш-чаралар;Аткаруу мөөнөтү;Жооптуу аткаруучулар;Графа 5;Күтүлүүчү натыйжа",
    "1;Мектептин чатырын оңдоо;2026-жылдын III-кварталы;Айыл өкмөтү;ЖБ;Чатыр оңдолот",
    "2;Көчө жарыгын орнотуу;жакында;Айыл өкмөтү;РБ;Көчөлөр жарык болот",
    "3;Суу түтүгүн тартуу;2026-жылдын II-кварталы;Айыл өкмөтүнүн, мектептин жетекчилиги;Инвестор;Суу түтүгү тартылат",
  );

  it("reads the unnamed column as funding, marked guessed", async () => {
    const { plan: read, guessedFields } = await importPlan(plan, "plan.csv", TODAY);
    expect(read.measures.map((m) => m.funding.map((f) => f.code))).toEqual([
      ["local"],
      ["republican"],
      ["investor"],
    ]);
    expect(guessedFields).toEqual([["funding"], ["funding"], ["funding"]]);
  });

  it("finds exactly the unclear deadline, the unclear split and the guessed cells, lowest first", async () => {
    const { cells } = await importPlan(plan, "plan.csv", TODAY);
    // caps of decision 018: unclear deadline 0.3, unclear split 0.5, guessed column 0.6
    expect(cells).toEqual([
      { measure: 1, field: "deadline", confidence: 0.3, reason: "unclear_deadline", params: {} },
      { measure: 2, field: "responsible", confidence: 0.5, reason: "unclear_split", params: {} },
      { measure: 0, field: "funding", confidence: 0.6, reason: "guessed_column", params: {} },
      { measure: 1, field: "funding", confidence: 0.6, reason: "guessed_column", params: {} },
      { measure: 2, field: "funding", confidence: 0.6, reason: "guessed_column", params: {} },
    ]);
  });

  it("guesses no role for a column of notes, and is sure of every cell of a clean plan", async () => {
    const { cells, guessedFields } = await importPlan(
      csv(
        "№;Иш-чаралар;Аткаруу мөөнөтү;Жооптуу аткаруучулар;Эскертүү",
        "1;Мектептин чатырын оңдоо;2026-жылдын III-кварталы;Айыл өкмөтү;мурунку жылдан калган",
        "2;Көчө жарыгын орнотуу;2026-жылдын IV-кварталы;Айыл өкмөтү;жаңы",
      ),
      "notes.csv",
      TODAY,
    );
    expect(guessedFields).toEqual([[], []]);
    expect(cells).toEqual([]);
  });
});

/** A measure with every usual cell filled; `over` changes some. */
const measure = (over: Partial<Measure> = {}): Measure => ({
  section: null,
  number: "1",
  task: "",
  action: "Жолду оңдоо",
  deadline: { text: "2026-жыл", from: "2026-01-01", to: "2026-12-31", repeat: null },
  result: "Жол оңдолот",
  responsible: ["Айыл өкмөтү"],
  funding: [{ code: "local", text: "ЖБ" }],
  cost: null,
  targets: [],
  ...over,
});
const planOf = (...measures: Measure[]): Plan => ({
  format: "plan/v1",
  title: "План",
  territory: null,
  period: { from: 2026, to: 2026 },
  language: "ky",
  sections: [],
  measures,
  signatories: [],
});

describe("cellConfidences", () => {
  it("marks an empty cell of a field most measures fill, not one few fill", () => {
    // result: 2 of 3 filled (usual) → the empty one is 0.7; cost: 0 of 3 → nothing
    const plan = planOf(measure(), measure({ number: "2" }), measure({ number: "3", result: "" }));
    expect(cellConfidences({ plan, warnings: [], guessedFields: [[], [], []] })).toEqual([
      { measure: 2, field: "result", confidence: 0.7, reason: "empty", params: {} },
    ]);
  });

  it("gives every filled cell of a text that lost its columns the reader's confidence", () => {
    const plan = planOf(measure({ funding: [], responsible: [], result: "" }));
    const lost = { measure: null, code: "lost_columns" as const, params: { confidence: 0.62 }, message: "" };
    // number, action, deadline are filled: 0.62 each; the empty ones are the plan's usual (none filled)
    expect(cellConfidences({ plan, warnings: [lost], guessedFields: [[]] })).toEqual(
      ["number", "action", "deadline"].map((field) => ({
        measure: 0,
        field,
        confidence: 0.62,
        reason: "lost_columns",
        params: {},
      })),
    );
  });

  it("gives an OCR cell its least sure word's confidence, or the page's mean", () => {
    const plan = planOf(measure({ action: "Жолду оңдоо", responsible: ["Айыл өкмөтү"] }));
    // «өкмөтү» read at 41%, «Жолду» at 55%, the mean 90%; a speck «|» at 10% is no word
    const ocr = {
      confidence: 90,
      unsure: [
        { text: "өкмөтү", conf: 41 },
        { text: "Жолду", conf: 55 },
        { text: "|", conf: 10 },
      ],
    };
    const cells = cellConfidences({ plan, warnings: [], guessedFields: [[]], ocr });
    expect(cells.slice(0, 2)).toEqual([
      { measure: 0, field: "responsible", confidence: 0.41, reason: "ocr", params: { confidence: 41 } },
      { measure: 0, field: "action", confidence: 0.55, reason: "ocr", params: { confidence: 55 } },
    ]);
    // number, deadline, result, funding: no unsure word, so the mean
    expect(cells.slice(2).map((c) => [c.field, c.confidence])).toEqual([
      ["number", 0.9],
      ["deadline", 0.9],
      ["result", 0.9],
      ["funding", 0.9],
    ]);
  });

  it("keeps the lowest cap of a cell: an unclear deadline under OCR's mean", () => {
    const plan = planOf(measure({ deadline: { text: "жакында", from: null, to: null, repeat: null } }));
    const unclear = {
      measure: 0,
      code: "unclear_deadline" as const,
      params: { row: 1, measure: "1", deadline: "жакында" },
      message: "",
    };
    const cells = cellConfidences({
      plan,
      warnings: [unclear],
      guessedFields: [[]],
      ocr: { confidence: 80, unsure: [] },
    });
    expect(cells[0]).toEqual({
      measure: 0,
      field: "deadline",
      confidence: 0.3,
      reason: "unclear_deadline",
      params: {},
    });
  });
});

const hasOcr = (() => {
  const run = spawnSync("tesseract", ["--list-langs"], { encoding: "utf8" });
  const langs = `${run.stdout ?? ""}${run.stderr ?? ""}`.split(/\s+/);
  return run.status === 0 && langs.includes("kir") && langs.includes("rus");
})();
if (!hasOcr)
  console.warn(
    "OCR CONFIDENCE TEST SKIPPED: tesseract with kir+rus data is missing (apt-get install tesseract-ocr tesseract-ocr-kir tesseract-ocr-rus)",
  );

describe.skipIf(!hasOcr)("cell confidence of a photo read by OCR (SKIPPED without tesseract kir+rus)", () => {
  it("puts every measure OCR was unsure of among the low cells, with the ocr reason", async () => {
    const photo = readFileSync("tests/fixtures/ocr/kok-zhar-2026-2027.photo.png");
    const { warnings, cells } = await importPlan(photo, "kok-zhar.png", TODAY);
    const mean = Number(warnings.find((w) => w.code === "ocr_text")?.params.confidence);
    const unsure = warnings.filter((w) => w.code === "ocr_low_confidence").map((w) => w.measure);
    expect(unsure.length).toBeGreaterThan(0);
    // a word OCR was unsure of is below 60% (ocr-page.ts), so its cell is below 0.6
    for (const m of unsure)
      expect(cells.some((c) => c.measure === m && c.reason === "ocr" && c.confidence < 0.6)).toBe(true);
    // no OCR cell is surer than the page's mean (rounded, as the warning carries it)
    for (const c of cells.filter((c) => c.reason === "ocr"))
      expect(c.confidence).toBeLessThanOrEqual(Math.round(mean) / 100 + 0.01);
    expect(cells.map((c) => c.confidence)).toEqual(cells.map((c) => c.confidence).sort((a, b) => a - b));
  }, 120_000);
});
