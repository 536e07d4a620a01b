/**
 * A small program of Tash-Kömür (2026–2028) inserted directly with Drizzle, for the reporting
 * tests. Two sections, six measures with every kind of deadline:
 *   m1 Q2 2026 (past)      lead propertyDept, co mayorOffice   local 1 000 000         indicator 150 орун
 *   m2 Q3 2026             lead propertyDept                   republican 2 000 000, local 500 000
 *   m3 2027 (future)       lead mayorOffice, co propertyDept   investor 3 000 000
 *   m4 yearly 2026–2028    lead mayorOffice                    local 100 000
 *   m5 ongoing 2026–2028   lead propertyDept                   (none)
 *   m6 no deadline         lead unmatched body, co mayorOffice grant 250 000
 * and a fresh measure_state row each (m4's firstOpenYear 2026), then the program's summaries.
 */
import type { Db } from "../../src/db/connect.ts";
import {
  indicators,
  measureBodies,
  measureFunding,
  measureState,
  measures,
  programs,
  sections,
} from "../../src/db/schema.ts";
import { refreshProgramSummary } from "../../src/operations/shared/program-summary.ts";
import type { World } from "./world.ts";

type MeasureSpec = {
  key: string;
  section: 0 | 1;
  from: string | null;
  to: string | null;
  repeat: "yearly" | "ongoing" | null;
  bodies: { org: "propertyDept" | "mayorOffice" | null; role: "lead" | "co" }[];
  funding: { code: string; planned: number | null }[];
};

const SPECS: MeasureSpec[] = [
  {
    key: "m1",
    section: 0,
    from: "2026-04-01",
    to: "2026-06-30",
    repeat: null,
    bodies: [
      { org: "propertyDept", role: "lead" },
      { org: "mayorOffice", role: "co" },
    ],
    funding: [{ code: "local", planned: 1_000_000 }],
  },
  {
    key: "m2",
    section: 0,
    from: "2026-07-01",
    to: "2026-09-30",
    repeat: null,
    bodies: [{ org: "propertyDept", role: "lead" }],
    funding: [
      { code: "republican", planned: 2_000_000 },
      { code: "local", planned: 500_000 },
    ],
  },
  {
    key: "m3",
    section: 0,
    from: "2027-01-01",
    to: "2027-12-31",
    repeat: null,
    bodies: [
      { org: "mayorOffice", role: "lead" },
      { org: "propertyDept", role: "co" },
    ],
    funding: [{ code: "investor", planned: 3_000_000 }],
  },
  {
    key: "m4",
    section: 1,
    from: "2026-01-01",
    to: "2028-12-31",
    repeat: "yearly",
    bodies: [{ org: "mayorOffice", role: "lead" }],
    funding: [{ code: "local", planned: 100_000 }],
  },
  {
    key: "m5",
    section: 1,
    from: "2026-01-01",
    to: "2028-12-31",
    repeat: "ongoing",
    bodies: [{ org: "propertyDept", role: "lead" }],
    funding: [],
  },
  {
    key: "m6",
    section: 1,
    from: null,
    to: null,
    repeat: null,
    bodies: [
      { org: null, role: "lead" },
      { org: "mayorOffice", role: "co" },
    ],
    funding: [{ code: "grant", planned: 250_000 }],
  },
];

/** Inserts the program; returns its id, the section ids and the measure ids by key (m1…m6). */
export async function createProgramFixture(db: Db, world: World, options: { published?: boolean } = {}) {
  const [program] = await db
    .insert(programs)
    .values({
      territoryId: world.territories.tashKomur.id,
      title: "Таш-Көмүр шаарын өнүктүрүү программасы 2026–2028",
      periodFrom: 2026,
      periodTo: 2028,
      language: "ky",
      status: "approved",
      published: options.published ?? false,
    })
    .returning();
  const programId = (program as { id: number }).id;
  const sectionIds: number[] = [];
  for (const [i, title] of ["Экономика", "Социалдык чөйрө"].entries()) {
    const [s] = await db
      .insert(sections)
      .values({ programId, code: String(i + 1), title, position: i })
      .returning();
    sectionIds.push((s as { id: number }).id);
  }
  const measureIds: Record<string, number> = {};
  const indicatorIds: Record<string, number> = {};
  for (const [position, spec] of SPECS.entries()) {
    const [m] = await db
      .insert(measures)
      .values({
        programId,
        sectionId: sectionIds[spec.section] as number,
        position,
        number: String(position + 1),
        task: `Милдет ${position + 1}`,
        action: `Иш-чара ${spec.key}`,
        deadlineText: spec.repeat ?? spec.to ?? "—",
        deadlineFrom: spec.from,
        deadlineTo: spec.to,
        repeat: spec.repeat,
        result: "натыйжа",
        addedInVersion: 1,
      })
      .returning();
    const id = (m as { id: number }).id;
    measureIds[spec.key] = id;
    await db.insert(measureBodies).values(
      spec.bodies.map((b, i) => ({
        measureId: id,
        organizationId: b.org === null ? null : world.organizations[b.org].id,
        name: b.org === null ? "Белгисиз мекеме" : world.organizations[b.org].name,
        role: b.role,
        position: i,
      })),
    );
    if (spec.funding.length > 0)
      await db
        .insert(measureFunding)
        .values(spec.funding.map((f) => ({ measureId: id, code: f.code, text: f.code, planned: f.planned })));
    if (spec.key === "m1") {
      const [ind] = await db
        .insert(indicators)
        .values({ measureId: id, unit: "орун", target: 150 })
        .returning();
      indicatorIds.m1 = (ind as { id: number }).id;
    }
    await db.insert(measureState).values({
      measureId: id,
      programId,
      firstOpenYear: spec.repeat === "yearly" ? 2026 : null,
    });
  }
  // as every write that makes a program does, its summaries are made in the end
  await refreshProgramSummary(db, programId);
  return { programId, sectionIds, measureIds, indicatorIds };
}

export type ProgramFixture = Awaited<ReturnType<typeof createProgramFixture>>;
