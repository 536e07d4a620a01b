import { describe, expect, it } from "vitest";
import type { MeasureRow, Program } from "./api.ts";
import { groupRows } from "./group-rows.ts";

const program = { sections: [{ id: 1, parentId: null, code: "I", title: "Инфратүзүм" }] } as Program;
const row = (id: number, sectionId: number | null, task: string) => ({ id, sectionId, task }) as MeasureRow;

describe("groupRows", () => {
  it("heads each section and each new task once, in order", () => {
    const rows = groupRows(
      [row(1, 1, "Жолдор"), row(2, 1, "Жолдор"), row(3, 1, "Суу"), row(4, null, "")],
      program,
      true,
      "—",
    );
    expect(rows.map((r) => (r.kind === "measure" ? `m${r.measure.id}` : `${r.kind}:${r.title}`))).toEqual([
      "section:I. Инфратүзүм",
      "task:Жолдор",
      "m1",
      "m2",
      "task:Суу",
      "m3",
      "section:—",
      "m4",
    ]);
  });

  it("without grouping, measures only", () => {
    expect(groupRows([row(1, 1, "A"), row(2, 1, "B")], program, false, "—").map((r) => r.kind)).toEqual([
      "measure",
      "measure",
    ]);
  });
});
