import { describe, expect, it } from "vitest";
import { mergeSegments } from "./table-grid.ts";

const v = (at: number, from: number, to: number) => ({ dir: "v" as const, at, from, to });

describe("mergeSegments", () => {
  it("joins touching pieces of one line into one, in any order", () => {
    expect(mergeSegments([v(10, 50, 100), v(10, 0, 50)])).toEqual([v(10, 0, 100)]);
  });

  it("keeps the lower start of a piece on a track a hair further that starts above the one before", () => {
    // sorted by position, 55.8–115.6 at 561.5 comes after 110–155.4 at 561.3: the line spans 55.8–155.4
    expect(mergeSegments([v(561.3, 110, 155.4), v(561.5, 55.8, 115.6)])).toEqual([v(561.3, 55.8, 155.4)]);
  });

  it("keeps lines apart that are more than a point apart, or far along", () => {
    expect(mergeSegments([v(10, 0, 50), v(12, 0, 50), v(10, 80, 100)])).toHaveLength(3);
  });
});
