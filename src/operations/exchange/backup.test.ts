import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { errorCodeOf } from "../../../tests/setup/error-code.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld, ROOT } from "../../../tests/setup/world.ts";
import type { Db } from "../../db/connect.ts";
import * as s from "../../db/schema.ts";
import { createTerritory } from "../territories/create-territory.ts";
import { backup } from "./backup.ts";
import { listTables, rowsOf } from "./backup-catalog.ts";
import { restore } from "./restore.ts";

const PHOTO = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256);

/** The world plus a program with every kind of row, written directly (not through operations). */
async function fillStore(db: Db, dataDir: string) {
  const world = await createWorld(db);
  const { tashKomur, chongAlai, jalalAbad } = world.territories;
  // A successor with a larger id than the territory pointing at it: restore must cope.
  await db
    .update(s.territories)
    .set({ successorId: chongAlai.id, validTo: "2024-12-31" })
    .where(eq(s.territories.id, jalalAbad.id));
  const [program] = await db
    .insert(s.programs)
    .values({
      territoryId: tashKomur.id,
      title: "Программа «2026»",
      periodFrom: 2026,
      periodTo: 2026,
      language: "ky",
      approvalDate: "2025-12-29",
      status: "approved",
      published: true,
    })
    .returning();
  const programId = (program as { id: number }).id;
  await db.insert(s.programVersions).values({
    programId,
    number: 1,
    sourceName: "plan.docx",
    plan: { title: "x", nested: [1, "два", null] },
    diff: { added: [1] },
  });
  const [parent] = await db
    .insert(s.sections)
    .values({ programId, title: "I. Экономика", position: 1 })
    .returning();
  const [child] = await db
    .insert(s.sections)
    .values({ programId, parentId: parent?.id, code: "1.1", title: "Өнөр жай", position: 2 })
    .returning();
  const [measure] = await db
    .insert(s.measures)
    .values({
      programId,
      sectionId: child?.id,
      position: 1,
      number: "1",
      task: "Милдет",
      action: "Чара",
      deadlineText: "2026-ж. II чейрек",
      deadlineFrom: "2026-04-01",
      deadlineTo: "2026-06-30",
      result: "150 орун",
      costAmount: 1,
      addedInVersion: 1,
    })
    .returning();
  const measureId = (measure as { id: number }).id;
  // More digits than a JavaScript number holds: the archive must carry PostgreSQL's own text.
  await db.execute(sql`update measures set cost_amount = '99999999999999.99' where id = ${measureId}`);
  await db.insert(s.measureBodies).values({
    measureId,
    organizationId: world.organizations.propertyDept.id,
    name: "ММД",
    role: "lead",
    position: 1,
  });
  await db
    .insert(s.measureFunding)
    .values({ measureId, code: "local", text: "Жергиликтүү бюджет", planned: 1234567.89 });
  const [indicator] = await db
    .insert(s.indicators)
    .values({ measureId, unit: "орун", baseline: 0, target: 150 })
    .returning();
  const [period] = await db
    .insert(s.reportingPeriods)
    .values({ programId, year: 2026, quarter: 2, status: "open" })
    .returning();
  const [report] = await db
    .insert(s.progressReports)
    .values({
      measureId,
      periodId: (period as { id: number }).id,
      organizationId: world.organizations.propertyDept.id,
      status: "in_progress",
      percent: 40,
      doneText: "Курулуш башталды",
      workflow: "submitted",
      submittedAt: new Date("2026-06-15T08:30:00.123Z"),
    })
    .returning();
  const reportId = (report as { id: number }).id;
  await db
    .insert(s.reportValues)
    .values({ reportId, indicatorId: (indicator as { id: number }).id, value: 60.5 });
  await db.insert(s.reportSpending).values({ reportId, code: "local", amount: 0.01 });
  await db.insert(s.attachments).values({
    reportId,
    fileName: "сүрөт.jpg",
    mimeType: "image/jpeg",
    size: PHOTO.length,
    sha256: "x",
    storagePath: `reports/${reportId}/photo.jpg`,
  });
  await db
    .insert(s.measureState)
    .values({ measureId, programId, percent: 40, status: "in_progress", spent: 0.01 });
  mkdirSync(join(dataDir, "attachments", "reports", String(reportId)), { recursive: true });
  writeFileSync(join(dataDir, "attachments", "reports", String(reportId), "photo.jpg"), PHOTO);
  return world;
}

/** Every row of every table as PostgreSQL's exact text, timestamps in UTC. */
async function snapshot(db: Db): Promise<Record<string, string[]>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'UTC'`);
    const out: Record<string, string[]> = {};
    for (const t of await listTables(tx as unknown as Db)) {
      const rows = await rowsOf<{ line: string }>(
        tx as unknown as Db,
        sql.raw(`select row_to_json(t)::text as line from "${t.name}" t`),
      );
      out[t.name] = rows.map((r) => r.line).sort();
    }
    return out;
  });
}

const scratch = () => mkdtempSync(join(tmpdir(), "backup-test-"));
const engines = testEngines();
const pairs = engines.flatMap((from) => engines.map((to) => [from, to] as const));

describe.each(pairs)("backup on %s, restore on %s", (from, to) => {
  it("restores every row exactly, the attachments, and fresh ids after", async () => {
    const source = scratch();
    const { db } = await freshDatabase(from);
    await fillStore(db, source);
    const before = await snapshot(db);
    const file = join(source, "store.zip");
    const manifest = await backup(db, source, file);
    expect(manifest.counts.territories).toBe(5);
    expect(manifest.counts.progress_reports).toBe(1);
    expect(manifest.attachments).toHaveLength(1);

    const target = scratch();
    const { db: fresh } = await freshDatabase(to);
    await restore(fresh, target, file);
    const after = await snapshot(fresh);
    expect(after).toEqual(before);
    expect(after.measures?.[0]).toContain("99999999999999.99");
    expect(after.progress_reports?.[0]).toContain("2026-06-15T08:30:00.123+00:00");
    const [report] = await fresh.select().from(s.progressReports);
    expect(readFileSync(join(target, "attachments", "reports", String(report?.id), "photo.jpg"))).toEqual(
      Buffer.from(PHOTO),
    );

    const added = await createTerritory(fresh, ROOT, {
      code: "41703410001000",
      parentId: 4,
      level: "aiyl_aimak",
      nameKy: "Жаңы",
      nameRu: "Новый",
    });
    expect(added.id).toBe(6);
    expect(added.path).toBe("/1/2/4/6/");
  });
});

describe.each(engines)("restore refusals on %s", (engine) => {
  it("refuses a database that is not empty and changes nothing", async () => {
    const dir = scratch();
    const { db } = await freshDatabase(engine);
    await fillStore(db, dir);
    await backup(db, dir, join(dir, "a.zip"));
    const before = await snapshot(db);
    expect(await errorCodeOf(restore(db, dir, join(dir, "a.zip")))).toBe("conflict");
    expect(await snapshot(db)).toEqual(before);
  });

  it("refuses damaged archives, other formats and versions, and a schema it does not share", async () => {
    const dir = scratch();
    const { db } = await freshDatabase(engine);
    await createWorld(db);
    const good = join(dir, "good.zip");
    await backup(db, dir, good);
    const variant = async (name: string, change: (zip: JSZip, manifest: Record<string, unknown>) => void) => {
      const zip = await JSZip.loadAsync(readFileSync(good));
      const manifest = JSON.parse((await zip.file("manifest.json")?.async("string")) ?? "{}");
      change(zip, manifest);
      zip.file("manifest.json", JSON.stringify(manifest));
      writeFileSync(join(dir, name), await zip.generateAsync({ type: "nodebuffer" }));
      return join(dir, name);
    };
    writeFileSync(join(dir, "junk.zip"), "not a zip at all");
    const cases: [string, string][] = [
      [join(dir, "missing.zip"), "file_not_found"],
      [join(dir, "junk.zip"), "corrupt_file"],
      [
        await variant("format.zip", (_, m) => {
          m.format = "something-else";
        }),
        "unsupported_type",
      ],
      [
        await variant("version.zip", (_, m) => {
          m.version = 2;
        }),
        "unsupported_type",
      ],
      [
        await variant("rows.zip", (zip) => {
          zip.file("tables/users.jsonl", "{}\n");
        }),
        "corrupt_file",
      ],
      [
        await variant("schema.zip", (_, m) => {
          m.schemaMigrations = ["not-a-migration-of-ours"];
        }),
        "invalid_input",
      ],
    ];
    const { db: empty } = await freshDatabase(engine);
    for (const [file, code] of cases)
      expect([file, await errorCodeOf(restore(empty, dir, file))]).toEqual([file, code]);
    expect((await snapshot(empty)).users).toEqual([]);
  });
});
