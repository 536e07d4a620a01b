import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createProgramFixture, type ProgramFixture } from "../../../tests/setup/program-fixture.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld, ROOT, type World } from "../../../tests/setup/world.ts";
import type { Db } from "../../db/connect.ts";
import { ANONYMOUS } from "../../domain/access.ts";
import { getDashboard } from "../dashboard/get-dashboard.ts";
import { openPeriod } from "../reporting/open-period.ts";
import { reviewReport } from "../reporting/review-report.ts";
import { type SaveReportInput, saveReport } from "../reporting/save-report.ts";
import { submitReport } from "../reporting/submit-report.ts";
import { actorOfUser } from "../users/sessions.ts";
import { buildReport, buildReportFile } from "./build-report.ts";

const TODAY = "2026-10-05";

async function accepted(db: Db, input: SaveReportInput) {
  const { report } = await saveReport(db, ROOT, input);
  await submitReport(db, ROOT, report.id);
  await reviewReport(db, ROOT, report.id, { action: "accept" });
}

/**
 * m1 Q2: the lead (propertyDept) done, 150 places, local 900 000; the co-executor 50 %, local
 * 50 000. m2 Q3: the lead 80 %, "кыш", republican 400 000. Everything else has no report.
 */
async function scenario(db: Db, world: World, f: ProgramFixture) {
  for (const key of ["2026-Q2", "2026-Q3"]) await openPeriod(db, ROOT, f.programId, key);
  const m = f.measureIds as Record<string, number>;
  const org = world.organizations;
  await accepted(db, {
    organizationId: org.propertyDept.id,
    measureId: m.m1 as number,
    period: "2026-Q2",
    status: "done",
    percent: 100,
    doneText: "Жатакана бүттү",
    values: [{ indicatorId: f.indicatorIds.m1 as number, value: 150 }],
    spending: [{ code: "local", amount: 900_000 }],
  });
  await accepted(db, {
    organizationId: org.mayorOffice.id,
    measureId: m.m1 as number,
    period: "2026-Q2",
    status: "in_progress",
    percent: 50,
    doneText: "көмөк",
    delayReason: "late",
    spending: [{ code: "local", amount: 50_000 }],
  });
  await accepted(db, {
    organizationId: org.propertyDept.id,
    measureId: m.m2 as number,
    period: "2026-Q3",
    status: "in_progress",
    percent: 80,
    delayReason: "кыш",
    spending: [{ code: "republican", amount: 400_000 }],
  });
}

describe.each(testEngines())("official report data on %s", (engine) => {
  it("has the numbers worked out by hand and each measure's period text", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const f = await createProgramFixture(db, world);
    await scenario(db, world, f);
    const r = await buildReport(db, ROOT, f.programId, { period: "2026-Q2", lang: "ky", today: TODAY });
    expect(r.title).toMatchObject({
      territory: "Таш-Көмүр шаары",
      period: "2026-жылдын II чейреги",
      date: "05.10.2026",
    });
    // percents 100, 80, 0, 0, 0, 0; m2 overdue since 30.09; planned 1 + 2 + 0.5 + 3 + 0.1 + 0.25 million
    expect(r.summary.totals).toEqual({
      measures: 6,
      percent: 30,
      overdue: 1,
      planned: 6_850_000,
      spent: 1_350_000,
    });
    expect(r.summary.byFunding.find((x) => x.code === "local")).toMatchObject({
      measures: 3,
      percent: 60,
      planned: 1_600_000,
      spent: 950_000,
    });
    // Q2: m1 × 2 bodies, m4, m5, m6 (co) expected; the two m1 reports accepted
    expect(r.summary.reportingRate).toEqual({ period: "2026-Q2", expected: 5, submitted: 2, rate: 40 });
    const [m1, m2] = r.groups[0]?.rows ?? [];
    expect(m1).toMatchObject({ doneText: "Жатакана бүттү", delayReason: "", percent: 100, spent: 950_000 });
    expect(m1?.indicators).toEqual([{ unit: "орун", target: 150, actual: 150 }]);
    expect(m2).toMatchObject({
      doneText: "",
      delayReason: "",
      overdue: true,
      planned: 2_500_000,
      spent: 400_000,
    });
    const year = await buildReport(db, ROOT, f.programId, { period: "2026", lang: "ru", today: TODAY });
    expect(year.groups[0]?.rows[1]?.delayReason).toBe("кыш"); // the Q3 report is in the year
    expect(year.summary.reportingRate?.period).toBe("2026-Q4");
  });

  it.each(["2026-Q2", "2026"])("equals the dashboard for the same program and period %s", async (period) => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const f = await createProgramFixture(db, world);
    await scenario(db, world, f);
    const { summary: s } = await buildReport(db, ROOT, f.programId, { period, lang: "ru", today: TODAY });
    const quarter = period.length === 4 ? `${period}-Q4` : period;
    const d = await getDashboard(db, ROOT, f.programId, { today: TODAY, period: quarter });
    expect([s.totals.measures, s.totals.percent, s.totals.overdue]).toEqual([
      d.totals.measures,
      d.totals.percent,
      d.totals.overdue,
    ]);
    expect(Object.fromEntries(s.byStatus.map((x) => [x.status, x.measures]))).toEqual(
      Object.fromEntries(d.byStatus.map((x) => [x.status, x.measures])),
    );
    expect(s.bySection.map((x) => [x.sectionId, x.measures, x.percent])).toEqual(
      d.bySection.map((x) => [x.sectionId, x.measures, x.percent]),
    );
    const byId = <T extends { organizationId: number }>(xs: T[]) =>
      [...xs].sort((a, b) => a.organizationId - b.organizationId);
    expect(byId(s.byBody).map((x) => [x.organizationId, x.measures, x.lead, x.percent])).toEqual(
      byId(d.byBody).map((x) => [x.organizationId, x.measures, x.lead, x.percent]),
    );
    expect(s.byFunding.map((x) => [x.code, x.measures, x.percent, x.planned, x.spent])).toEqual(
      d.byFunding.map((x) => [x.code, x.measures, x.percent, x.planned, x.spent]),
    );
    expect(s.overdue.map((x) => x.action)).toEqual(d.overdue.map((x) => x.action));
    expect(s.totals.spent).toBe(d.byFunding.reduce((n, x) => n + x.spent, 0));
    expect(s.reportingRate).toEqual({
      period: d.reportingRate.period,
      expected: d.reportingRate.expected,
      submitted: d.reportingRate.submitted,
      rate: d.reportingRate.rate,
    });
  });

  it("needs a role over the program's territory, even for a published program", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const f = await createProgramFixture(db, world, { published: true });
    const asUser = async (login: string) =>
      actorOfUser(db, { id: world.users[login] as number, login, organizationId: null });
    const ask = { period: "2026-Q2", lang: "ky" as const, today: TODAY };
    await expect(buildReport(db, ANONYMOUS, f.programId, ask)).rejects.toMatchObject({
      code: "unauthorized",
    });
    await expect(buildReport(db, await asUser("planner-ca"), f.programId, ask)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(buildReport(db, await asUser("viewer-tk"), f.programId, ask)).resolves.toBeTruthy();
    await expect(buildReport(db, ROOT, f.programId + 99, ask)).rejects.toMatchObject({ code: "not_found" });
    for (const period of ["2030", "2025-Q4", "2026-Q5", "Q2"])
      await expect(buildReport(db, ROOT, f.programId, { ...ask, period })).rejects.toMatchObject({
        code: "invalid_input",
      });
  });

  it("writes an XLSX whose numbers are numbers, with a frozen, filtered header", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const f = await createProgramFixture(db, world);
    await scenario(db, world, f);
    const file = await buildReportFile(db, ROOT, f.programId, {
      period: "2026-Q2",
      lang: "ru",
      today: TODAY,
      format: "xlsx",
    });
    expect(file.fileName).toBe(`report-${f.programId}-2026-Q2-ru.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const col = (name: string) => headers.indexOf(name);
    const m2 = sheet.getRow(3); // row 2 is m1
    expect(m2.getCell(col("%")).value).toBe(80);
    expect(m2.getCell(col("Республиканский бюджет: Израсходовано, сом")).value).toBe(400_000);
    expect(m2.getCell(col("Итого: Запланировано, сом")).value).toBe(2_500_000);
    expect(book.worksheets[1]?.name).toBe("Сводка");
  });
});
