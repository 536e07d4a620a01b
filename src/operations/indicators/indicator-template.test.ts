/**
 * The XLSX template round trip on both engines: the app makes the template of Osh oblast's
 * subtree, the test fills it with exceljs as a planner would, the import stores the values with
 * source "xlsx:<file>" and the importing user; a bad cell names its cell and changes nothing.
 */
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { actorOf } from "../../../tests/setup/seed-plan.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld, ROOT } from "../../../tests/setup/world.ts";
import type { Db } from "../../db/connect.ts";
import { socioIndicators, socioIndicatorValues, territories, users } from "../../db/schema.ts";
import { isAppError } from "../../domain/errors.ts";
import { createTerritory } from "../territories/create-territory.ts";
import { importIndicatorTemplate } from "./import-indicator-template.ts";
import { makeIndicatorTemplate } from "./make-indicator-template.ts";

async function stored(db: Db) {
  return db
    .select({
      territory: territories.code,
      indicator: socioIndicators.code,
      year: socioIndicatorValues.year,
      value: socioIndicatorValues.value,
      source: socioIndicatorValues.source,
      by: users.login,
    })
    .from(socioIndicatorValues)
    .innerJoin(territories, eq(territories.id, socioIndicatorValues.territoryId))
    .innerJoin(socioIndicators, eq(socioIndicators.id, socioIndicatorValues.indicatorId))
    .leftJoin(users, eq(users.id, socioIndicatorValues.enteredBy))
    .orderBy(territories.code, socioIndicators.code);
}

/** The cell of a territory (by the hidden code column) and an indicator (by the hidden code row). */
function cellOf(sheet: ExcelJS.Worksheet, territory: string, indicator: string) {
  let row = 0;
  let column = 0;
  sheet.eachRow((r, n) => {
    if (r.getCell(1).value === territory) row = n;
  });
  sheet.getRow(1).eachCell((c, n) => {
    if (c.value === indicator) column = n;
  });
  return sheet.getCell(row, column);
}

describe.each(testEngines())("the indicators template on %s", (engine) => {
  it("round trip: generate, fill, import; a bad cell is named and nothing changes", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    await createTerritory(db, ROOT, {
      code: "D2",
      parentId: world.territories.osh.id,
      level: "district",
      nameKy: "Алай району",
      nameRu: "Алайский район",
    });
    const admin = await actorOf(db, "admin");
    const file = await makeIndicatorTemplate(db, admin, {
      code: "41706000000000",
      year: 2025,
      quarter: 0,
      language: "ru",
    });
    expect(file.fileName).toBe("indicators-41706000000000-2025.xlsx");

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(book.worksheets).toHaveLength(1);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    // the key: row 1 and column A hidden, the oblast then its two districts
    expect(sheet.getRow(1).hidden).toBe(true);
    expect(sheet.getColumn(1).hidden).toBe(true);
    expect(sheet.getCell("A1").value).toBe("kg-indicators:v1:2025:0");
    expect([3, 4, 5].map((r) => sheet.getCell(r, 1).value)).toEqual([
      "41706000000000",
      "41706259000000",
      "D2",
    ]);
    const poverty = cellOf(sheet, "D2", "poverty_rate");
    expect(poverty.dataValidation).toMatchObject({ type: "decimal", operator: "between" });
    expect(String(sheet.getCell(2, Number(poverty.col)).value)).toBe("Уровень бедности, %");

    poverty.value = 11.5;
    cellOf(sheet, "41706259000000", "population").value = "30 000"; // typed as text with a space
    cellOf(sheet, "41706259000000", "tourists").value = 1200;
    const filled = new Uint8Array(await book.xlsx.writeBuffer());
    const result = await importIndicatorTemplate(db, admin, { fileName: "ош-2025.xlsx", bytes: filled });
    expect(result).toEqual({ file: "ош-2025.xlsx", year: 2025, quarter: 0, territories: 2, values: 3 });
    const after = await stored(db);
    expect(after).toEqual([
      {
        territory: "41706259000000",
        indicator: "population",
        year: 2025,
        value: 30_000,
        source: "xlsx:ош-2025.xlsx",
        by: "admin",
      },
      {
        territory: "41706259000000",
        indicator: "tourists",
        year: 2025,
        value: 1200,
        source: "xlsx:ош-2025.xlsx",
        by: "admin",
      },
      {
        territory: "D2",
        indicator: "poverty_rate",
        year: 2025,
        value: 11.5,
        source: "xlsx:ош-2025.xlsx",
        by: "admin",
      },
    ]);

    // the same file again changes nothing
    expect((await importIndicatorTemplate(db, admin, { fileName: "again.xlsx", bytes: filled })).values).toBe(
      0,
    );

    // a bad cell: named, and the good cell beside it is not stored either
    cellOf(sheet, "D2", "tourists").value = 700;
    const bad = cellOf(sheet, "D2", "population");
    bad.value = "көп";
    const broken = new Uint8Array(await book.xlsx.writeBuffer());
    const error = await importIndicatorTemplate(db, admin, { fileName: "bad.xlsx", bytes: broken }).catch(
      (e: unknown) => e,
    );
    expect(isAppError(error, "invalid_input")).toBe(true);
    expect((error as Error).message).toContain(
      `cell ${bad.address} (row 5, column ${bad.address.replace("5", "")}`,
    );
    expect((error as { details: unknown }).details).toMatchObject({
      cell: bad.address,
      row: 5,
      territory: "D2",
      indicator: "population",
    });
    expect(await stored(db)).toEqual(after);
  });

  it("a district planner may not import values of a sibling district", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    await createTerritory(db, ROOT, {
      code: "D2",
      parentId: world.territories.osh.id,
      level: "district",
      nameKy: "Алай району",
      nameRu: "Алайский район",
    });
    const file = await makeIndicatorTemplate(db, ROOT, {
      code: "41706000000000",
      year: 2025,
      quarter: 0,
      language: "ky",
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    cellOf(sheet, "D2", "tourists").value = 5;
    const planner = await actorOf(db, "planner-ca");
    const refused = await importIndicatorTemplate(db, planner, {
      fileName: "osh.xlsx",
      bytes: new Uint8Array(await book.xlsx.writeBuffer()),
    }).catch((e: unknown) => e);
    expect(isAppError(refused, "forbidden")).toBe(true);
    const values = await db
      .select()
      .from(socioIndicatorValues)
      .where(and(eq(socioIndicatorValues.year, 2025)));
    expect(values).toEqual([]);
  });
});
