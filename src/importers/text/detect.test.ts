import { describe, expect, it } from "vitest";
import { detectTextKind } from "./detect.ts";

describe("detectTextKind", () => {
  it("sees tabs, column gaps, or neither", () => {
    expect(detectTextKind("№\tЧара\tМөөнөт\n1\tКуруу\t2026-жыл\n")).toBe("text-tab");
    const layout = [
      "№   Чара          Мөөнөт",
      "1   Куруу         2026-жыл",
      "2   Оңдоо         2027-жыл",
    ].join("\n");
    expect(detectTextKind(layout)).toBe("text-layout");
    expect(detectTextKind("№\n\nЧара\n1 Куруу\n2026-жыл\n")).toBe("text-interleaved");
  });
});
