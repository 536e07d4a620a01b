/**
 * The oblast summary report of Jalal-Abad on the reporting fixture (Tash-Kömür's 2026–2028
 * program, six measures, no report yet; today 2026-09-30, period 2026-Q3), numbers by hand:
 *   programs 1, measures 6, all not started; overdue 1 (m1, due 2026-06-30; m2 is due on today
 *   itself, m4 yearly at the end of 2026); progress 0 / 6 = 0;
 *   expected pairs in Q3: m2 (propertyDept), m4 (mayorOffice), m5 (propertyDept), m6's co
 *   (mayorOffice; its lead has no organization) = 4, submitted 0 → 0 %;
 *   planned 1 000 000 + 2 500 000 + 3 000 000 + 100 000 + 250 000 = 6 850 000.
 * The files open in LibreOffice and read back through pdftotext (skipped, loudly, without them).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { errorCodeOf } from "../../../tests/setup/error-code.ts";
import { pdftotext, soffice, textOf, toPdf } from "../../../tests/setup/office-files.ts";
import { createProgramFixture } from "../../../tests/setup/program-fixture.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld, ROOT } from "../../../tests/setup/world.ts";
import { ANONYMOUS } from "../../domain/access.ts";
import { actorOfUser } from "../users/sessions.ts";
import { buildTerritoryReport, buildTerritoryReportFile } from "./build-territory-report.ts";

const JALAL_ABAD = "41703000000000";
const request = { code: JALAL_ABAD, period: "2026-Q3", lang: "ru" as const, today: "2026-09-30" };
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe.each(testEngines())("the oblast summary report on %s", (engine) => {
  it("has Tash-Kömür's line and the totals as worked out by hand; readers need a role there", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    await createProgramFixture(db, world);
    const data = await buildTerritoryReport(db, ROOT, request);
    expect(data.rows.map((r) => [r.name, ...r.values])).toEqual([
      ["город Таш-Кумыр", 1, 6, 0, 0, 6, 1, 0, 0, 6_850_000, 0],
      ["Итого", 1, 6, 0, 0, 6, 1, 0, 0, 6_850_000, 0],
    ]);
    expect(data.footnote.lines[0]).toMatch(/: 0 \/ 6 = 0 %\.$/);
    expect(data.footnote.lines[1]).toMatch(/: 0 \/ 4 = 0 %\.$/);

    expect(await errorCodeOf(buildTerritoryReport(db, ANONYMOUS, request))).toBe("unauthorized");
    const plannerCa = await actorOfUser(db, {
      id: world.users["planner-ca"] as number,
      login: "planner-ca",
      organizationId: world.organizations.districtAdmin.id,
    });
    expect(await errorCodeOf(buildTerritoryReport(db, plannerCa, request))).toBe("forbidden");
  });
});

describe.skipIf(!soffice || !pdftotext)("summary report files opened by LibreOffice and pdftotext", () => {
  if (!soffice || !pdftotext)
    console.warn("SKIPPED: the summary report file test needs LibreOffice (soffice) and pdftotext");
  it("DOCX and XLSX convert to PDF, and our PDF reads back, with the names, totals and footnote", {
    timeout: 240_000,
  }, async () => {
    const { db } = await freshDatabase("pglite");
    const world = await createWorld(db);
    await createProgramFixture(db, world);
    const dir = await mkdtemp(join(tmpdir(), "territory-report-"));
    dirs.push(dir);
    const pdfs = await Promise.all(
      (["docx", "xlsx", "pdf"] as const).map(async (format) => {
        const lang = format === "xlsx" ? "ky" : "ru";
        const file = await buildTerritoryReportFile(db, ROOT, { ...request, lang, format });
        expect(file.fileName).toBe(`territory-${JALAL_ABAD}-2026-Q3-${lang}.${format}`);
        const path = join(dir, file.fileName);
        await writeFile(path, file.bytes);
        return { lang, pdf: format === "pdf" ? path : await toPdf(dir, path, format) };
      }),
    );
    for (const { lang, pdf } of pdfs) {
      const text = await textOf(pdf);
      expect(text, pdf).toMatch(/6[\s\u00a0,.]?850[\s\u00a0,.]?000/);
      if (lang === "ru") {
        expect(text, pdf).toContain("город Таш-Кумыр");
        expect(text, pdf).toContain("Итого");
        expect(text, pdf).toContain("Как рассчитаны эти цифры");
      } else {
        expect(text, pdf).toContain("Таш-Көмүр шаары");
        expect(text, pdf).toContain("Бардыгы");
        for (const letter of ["ө", "ү"]) expect(text, pdf).toContain(letter);
      }
    }
  });
});
