import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { errorCodeOf } from "../../../tests/setup/error-code.ts";
import { actorOf, worldWithSmallPlan } from "../../../tests/setup/seed-plan.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { ANONYMOUS } from "../../domain/access.ts";
import { PlanSchema } from "../../domain/plan.ts";
import { exportProgram } from "./export-program.ts";

describe.each(testEngines())("exportProgram on %s", (engine) => {
  it("exports JSON, CSV and XLSX that read back", async () => {
    const { db } = await freshDatabase(engine);
    const { plan, programId } = await worldWithSmallPlan(db);
    const viewer = await actorOf(db, "viewer-tk");

    const json = await exportProgram(db, viewer, programId, "json");
    const back = PlanSchema.parse(JSON.parse(new TextDecoder().decode(json.body)));
    expect(back).toEqual(plan); // the stored program is the plan it was saved from

    const csv = await exportProgram(db, viewer, programId, "csv");
    expect([...csv.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    const lines = new TextDecoder().decode(csv.body).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + plan.measures.length);
    expect(lines[0]?.split(";")).toHaveLength(11);
    // Measure 1: two bodies joined with "; " inside quotes; its cost column is empty.
    expect(lines[1]).toContain('"Таш-Көмүр шаардык мэриясы; Кадастр"');
    expect(lines[5]?.split(";").at(-3)).toBe("1500000");

    const xlsx = await exportProgram(db, viewer, programId, "xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.body) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(1 + plan.measures.length);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(6).getCell(9).value).toBe(1500000);
    expect(sheet.getRow(2).getCell(11).value).toBe(0);
    expect(sheet.getRow(2).getCell(4).value).toBe("Көмүр өндүрүүчү ишканаларды колдоо");

    expect(await errorCodeOf(exportProgram(db, ANONYMOUS, programId, "csv"))).toBe("unauthorized");
    expect(await errorCodeOf(exportProgram(db, await actorOf(db, "planner-ca"), programId, "csv"))).toBe(
      "forbidden",
    );
  });
});
