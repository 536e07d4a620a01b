import { describe, expect, it } from "vitest";
import { groupWarnings } from "./warning-groups.ts";

describe("groupWarnings", () => {
  it("puts the kinds that change the meaning first and keeps the rows in order", () => {
    const warnings = [
      { code: "target_without_unit", measure: 0 },
      { code: "no_deadline", measure: 1 },
      { code: "target_without_unit", measure: 2 },
      { code: "unclear_split", measure: 3 },
      { code: "no_such_code", measure: 4 },
    ];
    expect(groupWarnings(warnings).map((g) => [g.code, g.warnings.map((w) => w.measure)])).toEqual([
      ["no_deadline", [1]],
      ["unclear_split", [3]],
      ["target_without_unit", [0, 2]],
      ["no_such_code", [4]],
    ]);
  });

  it("gives no groups for no warnings", () => {
    expect(groupWarnings([])).toEqual([]);
  });
});
