import { describe, expect, it } from "vitest";
import { WARNING_PARAMS } from "../../domain/message-codes.ts";
import type { Measure, Plan } from "../../domain/plan.ts";
import { ocrTextWarning, unsureWordWarnings } from "./ocr-warnings.ts";
import type { OcrReport } from "./read-scan.ts";

const measure = (number: string | null, action: string): Measure => ({
  section: null,
  number,
  task: "",
  action,
  deadline: { text: "2026-жыл", from: "2026-01-01", to: "2026-12-31", repeat: null },
  result: "",
  responsible: ["Айыл өкмөтү"],
  funding: [],
  cost: null,
  targets: [],
});

const report: OcrReport = {
  pages: 2,
  confidence: 87.6,
  skewDegrees: 1,
  // "|" is a speck (one character); "Жайыт" is in no measure
  unsure: [
    { text: "көпүрөнү", conf: 41 },
    { text: "|", conf: 10 },
    { text: "Жайыт", conf: 30 },
    { text: "оңдоо", conf: 55 },
  ],
};

describe("OCR warnings", () => {
  it("say the plan came from OCR, with its pages and mean confidence rounded", () => {
    const w = ocrTextWarning(report);
    expect(w).toMatchObject({ code: "ocr_text", params: { pages: 2, confidence: 88 } });
    expect(Object.keys(w.params).sort()).toEqual([...WARNING_PARAMS.ocr_text].sort());
  });

  it("name the unsure words of each measure, least sure first, and skip specks", () => {
    const plan = {
      measures: [measure("1", "Көпүрөнү оңдоо"), measure(null, "Мектепти жылытуу")],
    } as unknown as Plan;
    expect(unsureWordWarnings(report, plan)).toEqual([
      {
        measure: 0,
        code: "ocr_low_confidence",
        params: { row: 1, measure: "1", words: "көпүрөнү (41%), оңдоо (55%)" },
        message: "№ 1: OCR was unsure of көпүрөнү (41%), оңдоо (55%)",
      },
    ]);
  });
});
