/**
 * A world for the citizens' portal tests: the small Tash-Kömür plan, approved and published, with
 * one measure whose text is HTML-like, reports in every workflow state, a public and a private
 * photo on the accepted report, and two programs the portal must not show (a draft, an unpublished
 * approved one). Every text that must never appear publicly carries the word SECRET.
 *
 *   measure 0 (lead mayor's office): 2026-Q2 ACCEPTED, in progress 40 %, spent investor 100 000
 *   measure 1 (lead property dept):  2026-Q3 submitted, spent local 555     "SUBMITTED-SECRET"
 *   measure 2 (lead mayor's office): 2026-Q2 returned                        "RETURNED-SECRET"
 *   measure 3 (lead mayor's office): 2026-Q3 draft; its action is `<script>…</script> & "quotes"`
 */
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { databaseAttachmentStore, storagePathOf } from "../../src/db/attachment-store.ts";
import type { Db } from "../../src/db/connect.ts";
import { attachments, programs } from "../../src/db/schema.ts";
import { savePlan } from "../../src/operations/programs/save-plan.ts";
import { openPeriod } from "../../src/operations/reporting/open-period.ts";
import { reviewReport } from "../../src/operations/reporting/review-report.ts";
import { saveReport } from "../../src/operations/reporting/save-report.ts";
import { submitReport } from "../../src/operations/reporting/submit-report.ts";
import { measureIdsOf } from "./portal-measures.ts";
import { actorOf, smallPlan } from "./seed-plan.ts";
import { createWorld, ROOT } from "./world.ts";

/** The action of measure 3, to check escaping. */
export const HTML_LIKE_ACTION = `Калкты <script>alert("x")</script> & "маалымдоо"`;

/** Creates the world; returns the ids and an (empty) data folder for the app. */
export async function createPortalWorld(db: Db) {
  const world = await createWorld(db);
  const tk = world.territories.tashKomur.id;
  const bodies = {
    mayor: world.organizations.mayorOffice.name,
    property: world.organizations.propertyDept.name,
  };
  const plan = smallPlan(bodies);
  (plan.measures[3] as { action: string }).action = HTML_LIKE_ACTION;
  const saved = await savePlan(db, ROOT, { territoryId: tk, plan, sourceName: "small" });
  const programId = saved.programId;
  await db.update(programs).set({ status: "approved", published: true }).where(eq(programs.id, programId));
  const draft = await savePlan(db, ROOT, {
    territoryId: tk,
    plan: { ...plan, title: "DRAFT-SECRET" },
    sourceName: "draft",
  });
  await db.update(programs).set({ published: true }).where(eq(programs.id, draft.programId));
  const unpublished = await savePlan(db, ROOT, {
    territoryId: tk,
    plan: { ...plan, title: "HIDDEN-SECRET" },
    sourceName: "hidden",
  });
  await db.update(programs).set({ status: "approved" }).where(eq(programs.id, unpublished.programId));

  const m = await measureIdsOf(db, programId);
  for (const q of ["2026-Q2", "2026-Q3"]) await openPeriod(db, ROOT, programId, q);
  const { mayorOffice, propertyDept } = world.organizations;
  const planner = await actorOf(db, "planner-tk");
  const report = (i: number, period: string, organizationId: number, doneText: string, spending = []) =>
    saveReport(db, ROOT, {
      measureId: m[i] as number,
      period,
      organizationId,
      status: "in_progress",
      percent: 40,
      doneText,
      delayReason: "кечигүү",
      spending,
    }).then((r) => r.report.id);
  const accepted = await report(0, "2026-Q2", mayorOffice.id, "Келишим <b>түзүлдү</b> & башталды", [
    { code: "investor", amount: 100_000 },
  ] as never);
  await submitReport(db, ROOT, accepted);
  await reviewReport(db, planner, accepted, { action: "accept" });
  const submitted = await report(1, "2026-Q3", propertyDept.id, "SUBMITTED-SECRET", [
    { code: "local", amount: 555 },
  ] as never);
  await submitReport(db, ROOT, submitted);
  const returned = await report(2, "2026-Q2", mayorOffice.id, "RETURNED-SECRET");
  await submitReport(db, ROOT, returned);
  await reviewReport(db, planner, returned, { action: "return", comment: "COMMENT-SECRET" });
  await report(3, "2026-Q3", mayorOffice.id, "DRAFT-SECRET");

  // Photos as the app stores them, inserted directly (an accepted report takes no new attachment):
  // bytes in attachment_contents, the row naming them by hash.
  const dataDir = mkdtempSync(join(tmpdir(), "portal-"));
  const files = databaseAttachmentStore();
  const photo = async (fileName: string, isPublic: boolean) => {
    const bytes = new TextEncoder().encode(`JPEG ${fileName}`);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    await files.put(db, sha256, bytes);
    const [row] = await db
      .insert(attachments)
      .values({
        reportId: accepted,
        fileName,
        mimeType: "image/jpeg",
        size: bytes.length,
        sha256,
        storagePath: storagePathOf(files, sha256),
        public: isPublic,
      })
      .returning();
    return (row as { id: number }).id;
  };
  const publicPhoto = await photo("kopuro.jpg", true);
  const privatePhoto = await photo("PRIVATE-SECRET.jpg", false);
  return {
    world,
    plan,
    programId,
    measureIds: m,
    draftId: draft.programId,
    unpublishedId: unpublished.programId,
    publicPhoto,
    privatePhoto,
    dataDir,
  };
}

export type PortalWorld = Awaited<ReturnType<typeof createPortalWorld>>;
