/**
 * Edits of an import session as the wizard makes them: the title, or cells of a measure, each read
 * again with the importer's own parsers (deadline, responsible bodies, funding). Only the edited
 * rows travel: the plan is changed in place with jsonb_set, never sent or rewritten whole.
 */
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { importSessions } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { type CellConfidence, type CellField, withoutCells } from "../../domain/cell-confidence.ts";
import { type ProgramPeriod, parseDeadline } from "../../domain/deadline.ts";
import { AppError } from "../../domain/errors.ts";
import { parseFunding } from "../../domain/funding.ts";
import { type Measure, MeasureSchema } from "../../domain/plan.ts";
import { splitResponsible } from "../../domain/responsible.ts";
import type { ImportSessionEdit, ImportWarning } from "../../domain/views.ts";
import { write } from "../shared/write.ts";
import { assertCurrent, assertNotSaved, bumpSession, openImportSession } from "./import-session.ts";

/** New text for cells of one measure (by its index in the plan); absent cells stay. */
export interface MeasureCells {
  index: number;
  number?: string | null;
  task?: string;
  action?: string;
  result?: string;
  /** the deadline as written; its dates are read for the plan's period */
  deadline?: string;
  /** one or more lines; each is split into bodies with the importer's rule */
  responsible?: string[];
  /** the funding cell as written ("РБ, ЖБ"); read into sources */
  funding?: string;
}

/** An edit of a session: a new title and/or new cells of some measures. */
export interface ImportSessionPatch {
  title?: string;
  measures?: MeasureCells[];
}

/**
 * Applies an edit when `ifMatch` is the session's version (else conflict, nothing changed), in one
 * transaction with its audit row; warnings of an edited cell go once the new text reads clearly,
 * and an edited cell leaves the low cells: a person has checked it.
 */
export async function editImportSession(
  db: Db,
  actor: Actor,
  id: number,
  patch: ImportSessionPatch,
  ifMatch: number,
): Promise<ImportSessionEdit> {
  return write(db, actor, async (tx, audit) => {
    const session = await openImportSession(tx, actor, id, { lock: true });
    assertNotSaved(session);
    assertCurrent(session, ifMatch);
    const [head] = await tx
      .select({
        title: sql<string>`${importSessions.plan}->>'title'`,
        period: sql<ProgramPeriod>`${importSessions.plan}->'period'`,
        count: sql<number>`jsonb_array_length(${importSessions.plan}->'measures')`,
        warnings: importSessions.warnings,
        cells: importSessions.cells,
      })
      .from(importSessions)
      .where(eq(importSessions.id, id));
    if (!head) throw new AppError("not_found", `import ${id} not found`);
    const edits = patch.measures ?? [];
    const indexes = new Set(edits.map((e) => e.index));
    if (indexes.size < edits.length) throw new AppError("invalid_input", "a measure is edited twice");
    const changed: { index: number; before: Measure; after: Measure }[] = [];
    let warnings = head.warnings as ImportWarning[];
    let cells = head.cells as CellConfidence[];
    for (const edit of edits) {
      if (edit.index >= Number(head.count))
        throw new AppError("invalid_input", `the plan has no measure ${edit.index} (it has ${head.count})`);
      const before = await storedMeasure(tx, id, edit.index);
      const after = applyCells(before, edit, head.period);
      await tx
        .update(importSessions)
        .set({
          plan: sql`jsonb_set(${importSessions.plan}, ${`{measures,${edit.index}}`}::text[], ${JSON.stringify(after)}::jsonb)`,
        })
        .where(eq(importSessions.id, id));
      warnings = warnings.filter((w) => w.measure !== edit.index || !resolved(w, edit, after));
      cells = withoutCells(cells, edit.index, editedFields(edit));
      changed.push({ index: edit.index, before, after });
    }
    const title = patch.title ?? head.title;
    if (patch.title !== undefined)
      await tx
        .update(importSessions)
        .set({ plan: sql`jsonb_set(${importSessions.plan}, '{title}', to_jsonb(${patch.title}::text))` })
        .where(eq(importSessions.id, id));
    const rowVersion = await bumpSession(tx, session, ifMatch, { warnings, cells });
    await audit({
      action: "update",
      entity: "import_session",
      entityId: id,
      before: {
        ...(patch.title !== undefined ? { title: head.title } : {}),
        measures: changed.map((c) => ({ index: c.index, measure: c.before })),
      },
      after: {
        ...(patch.title !== undefined ? { title } : {}),
        measures: changed.map((c) => ({ index: c.index, measure: c.after })),
      },
    });
    return {
      sessionId: id,
      rowVersion,
      title,
      measures: changed.map((c) => ({ index: c.index, measure: c.after })),
      warnings: warnings.filter((w) => w.measure !== null && indexes.has(w.measure)),
      cells: cells.filter((c) => indexes.has(c.measure)),
    };
  });
}

async function storedMeasure(tx: Db, id: number, index: number): Promise<Measure> {
  const [row] = await tx
    .select({ measure: sql<unknown>`${importSessions.plan}->'measures'->${index}::int` })
    .from(importSessions)
    .where(eq(importSessions.id, id));
  return MeasureSchema.parse(row?.measure);
}

/** The measure with the edited cells read as the importer reads them. */
function applyCells(m: Measure, cells: MeasureCells, period: ProgramPeriod): Measure {
  const text = (s: string) => s.replace(/\s+/g, " ").trim();
  const number = cells.number === undefined ? m.number : text(cells.number ?? "") || null;
  return MeasureSchema.parse({
    ...m,
    number,
    ...(cells.task !== undefined ? { task: text(cells.task) } : {}),
    ...(cells.action !== undefined ? { action: text(cells.action) } : {}),
    ...(cells.result !== undefined ? { result: text(cells.result) } : {}),
    ...(cells.deadline !== undefined ? { deadline: parseDeadline(cells.deadline, period) } : {}),
    ...(cells.responsible !== undefined
      ? { responsible: cells.responsible.flatMap((line) => splitResponsible(line)) }
      : {}),
    ...(cells.funding !== undefined ? { funding: parseFunding(cells.funding) } : {}),
  });
}

/** The fields of a measure an edit sends new text for. */
function editedFields(cells: MeasureCells): CellField[] {
  const fields = ["number", "task", "action", "result", "deadline", "responsible", "funding"] as const;
  return fields.filter((f): f is (typeof fields)[number] & CellField => cells[f] !== undefined);
}

/** True when an edit answers a warning: its cell was edited and now reads as the importer wants. */
function resolved(w: ImportWarning, cells: MeasureCells, m: Measure): boolean {
  switch (w.code) {
    case "no_action":
      return cells.action !== undefined && m.action !== "";
    case "no_deadline":
    case "unclear_deadline":
      return cells.deadline !== undefined && m.deadline.to !== null;
    case "unknown_funding":
      return cells.funding !== undefined && m.funding.every((f) => f.code !== "other");
    case "unclear_split":
      return cells.responsible !== undefined;
    default:
      return false;
  }
}
