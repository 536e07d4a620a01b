/** The IATI file of published programs: what it says (hand-worked) and that it validates against the XSD. */
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { errorCodeOf } from "../../../tests/setup/error-code.ts";
import { createPortalWorld } from "../../../tests/setup/portal-world.ts";
import { actorOf } from "../../../tests/setup/seed-plan.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { ROOT } from "../../../tests/setup/world.ts";
import { hasXmllint, validateIati } from "../../../tests/setup/xmllint.ts";
import type { Db } from "../../db/connect.ts";
import { renderIati } from "../../reports/iati/render-iati.ts";
import { loadDemo } from "../demo/load-demo.ts";
import { reviewReport } from "../reporting/review-report.ts";
import { saveReport } from "../reporting/save-report.ts";
import { submitReport } from "../reporting/submit-report.ts";
import { gatherIatiActivity, iatiFileOf } from "./gather-iati.ts";

const TODAY = "2026-09-30";
const parse = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    isArray: (name) =>
      ["iati-activity", "participating-org", "budget", "result", "indicator", "period", "narrative"].includes(
        name,
      ),
  }).parse(xml);

/** Measure 1 (2 көпүрө): an accepted 2026-Q2 report says 1; its 2026-Q3 report stays submitted. */
async function worldWithAccepted(db: Db) {
  const w = await createPortalWorld(db);
  const rows = (
    (await db.execute(`select id from indicators where measure_id = ${w.measureIds[1]}`)) as unknown as {
      rows: { id: number }[];
    }
  ).rows;
  const indicatorId = rows[0]?.id as number;
  const saved = await saveReport(db, ROOT, {
    measureId: w.measureIds[1] as number,
    period: "2026-Q2",
    organizationId: w.world.organizations.propertyDept.id,
    status: "in_progress",
    percent: 50,
    doneText: "Бир көпүрө оңдолду",
    delayReason: "",
    spending: [],
    values: [{ indicatorId, value: 1 }],
  });
  await submitReport(db, ROOT, saved.report.id);
  await reviewReport(db, await actorOf(db, "planner-tk"), saved.report.id, { action: "accept" });
  return w;
}

describe.each(testEngines())("IATI activity file on %s", (engine) => {
  it("says what the published program plans, who does it and what accepted reports say (worked by hand)", async () => {
    const { db } = await freshDatabase(engine);
    const w = await worldWithAccepted(db);
    const xml = await iatiFileOf(db, w.programId, TODAY);
    const a = parse(xml)["iati-activities"]["iati-activity"][0];
    const tk = w.world.territories.tashKomur.code;
    expect(a["iati-identifier"]).toBe(`XX-SOATE-${tk}-P${w.programId}`);
    expect(a["reporting-org"].ref).toBe(`XX-SOATE-${tk}`);
    expect(a.title.narrative.map((n: { "xml:lang": string }) => n["xml:lang"])).toEqual(["ky", "ru"]);
    expect(a.title.narrative[0]["#text"]).toBe(w.plan.title);
    // 2025–2027 and today 2026-09-30: implementation (2)
    expect(a["activity-status"].code).toBe("2");
    // Planned money: only measure 3 gives a sum, РБ 2 000 000; the other sources have none.
    expect(a.budget).toHaveLength(1);
    expect(a.budget[0]["prog:funding-source"].code).toBe("republican");
    expect(Number(a.budget[0].value["#text"])).toBe(2_000_000);
    expect(a.budget[0]["period-start"]["iso-date"]).toBe("2025-01-01");
    expect(a.budget[0]["period-end"]["iso-date"]).toBe("2027-12-31");
    // the local government (accountable), one funding source, three bodies (two linked, "Кадастр" as written)
    const roles = a["participating-org"].map((o: { role: string }) => o.role);
    expect(roles).toEqual(["2", "1", "4", "4", "4"]);
    // a body's name is in the activity's language (xml:lang="ky" on the activity): plain text
    const bodies = a["participating-org"].slice(2).map((o: { narrative: string[] }) => o.narrative[0]);
    expect(bodies.sort()).toEqual(
      ["Кадастр", w.world.organizations.mayorOffice.name, w.world.organizations.propertyDept.name].sort(),
    );
    // One measure has a numeric target (2 көпүрө): one result; its 2026-Q2 accepted value is 1, the
    // submitted 2026-Q3 report is not there.
    expect(a.result).toHaveLength(1);
    const indicator = a.result[0].indicator[0];
    expect(indicator.title.narrative[0]).toBe("көпүрө");
    expect(indicator.period).toHaveLength(2);
    expect(indicator.period[0].target.value).toBe("2");
    expect(indicator.period[1]["period-start"]["iso-date"]).toBe("2026-04-01");
    expect(indicator.period[1]["period-end"]["iso-date"]).toBe("2026-06-30");
    expect(indicator.period[1].actual.value).toBe("1");
    // no signatory, no report text, no reviewer comment
    for (const secret of ["А.Б.Осмонов", "SECRET", "Бир көпүрө"]) expect(xml).not.toContain(secret);
    // markup in a plan's text is escaped, never markup
    expect(xml).not.toContain("<script>");
  });

  it("is not_found for a draft or an unpublished program", async () => {
    const { db } = await freshDatabase(engine);
    const w = await createPortalWorld(db);
    expect(await errorCodeOf(gatherIatiActivity(db, w.draftId, TODAY))).toBe("not_found");
    expect(await errorCodeOf(gatherIatiActivity(db, w.unpublishedId, TODAY))).toBe("not_found");
  });

  it.skipIf(!hasXmllint)(
    "validates against the IATI 2.03 XSD; one without iati-identifier does not",
    async () => {
      const { db } = await freshDatabase(engine);
      const w = await worldWithAccepted(db);
      const good = validateIati(await iatiFileOf(db, w.programId, TODAY));
      expect(good.output).toContain("validates");
      expect(good.ok).toBe(true);
      const broken = (await iatiFileOf(db, w.programId, TODAY)).replace(
        /<iati-identifier>.*<\/iati-identifier>/,
        "",
      );
      const bad = validateIati(broken);
      expect(bad.ok).toBe(false);
      expect(bad.output).toContain("Expected is ( iati-identifier )");
    },
  );

  it.skipIf(!hasXmllint)(
    "the demo's published programs make one file that validates",
    async () => {
      const { db, files } = await freshDatabase(engine);
      await loadDemo(db, files, new Date(`${TODAY}T00:00:00Z`), ROOT);
      const ids = (
        (await db.execute("select id from programs where published order by id")) as unknown as {
          rows: { id: number }[];
        }
      ).rows.map((r) => r.id);
      expect(ids.length).toBeGreaterThanOrEqual(2);
      const activities = await Promise.all(ids.map((id) => gatherIatiActivity(db, id, TODAY)));
      const result = validateIati(renderIati(activities, TODAY));
      expect(result.output).toContain("validates");
      expect(result.ok).toBe(true);
    },
    120_000,
  );
});
