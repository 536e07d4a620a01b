import { and, asc, count, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { measureBodies, measureState, measures } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { quarterEnd, quarterStart } from "../../domain/calendar.ts";
import { AppError } from "../../domain/errors.ts";
import { readableProgram } from "../programs/program-access.ts";
import { limitOffset, type Page, type PageRequest } from "../shared/list-page.ts";
import { isoDay, overdueSql } from "../shared/progress-sql.ts";

/** Ways to narrow and order a program's measures. */
export interface MeasureFilters {
  status?: string;
  /** a section and the sections below it */
  sectionId?: number;
  organizationId?: number;
  fundingCode?: string;
  /** "2026-Q3": deadline_to within that quarter */
  dueQuarter?: string;
  overdue?: boolean;
  /** words of the action, task, result or number, any case */
  q?: string;
  sort?: MeasureSort;
  includeRemoved?: boolean;
}

export const MEASURE_SORTS = [
  "position",
  "-position",
  "deadline",
  "-deadline",
  "percent",
  "-percent",
] as const;
export type MeasureSort = (typeof MEASURE_SORTS)[number];

import type { MeasureListItem } from "../../domain/views.ts";

export type { MeasureListItem };

const QUARTER_RE = /^(\d{4})-Q([1-4])$/;
const ALIASES = { measure: `"measures"`, state: `"measure_state"` };

/** The measures of a program the actor may read, filtered, sorted and paged. */
export async function listMeasures(
  db: Db,
  actor: Actor,
  programId: number,
  filters: MeasureFilters,
  page: PageRequest,
  today: Date,
): Promise<Page<MeasureListItem>> {
  await readableProgram(db, actor, programId);
  const day = isoDay(today);
  const where = conditions(programId, filters, day);
  const overdue = overdueSql(day, ALIASES);
  const { limit, offset } = limitOffset(page);
  const rows = await db
    .select({
      m: measures,
      status: measureState.status,
      percent: measureState.percent,
      overdue: sql<boolean>`${overdue}`,
    })
    .from(measures)
    .leftJoin(measureState, eq(measureState.measureId, measures.id))
    .where(and(...where))
    .orderBy(...order(filters.sort ?? "position"))
    .limit(limit)
    .offset(offset);
  const [total] = await db
    .select({ n: count() })
    .from(measures)
    .leftJoin(measureState, eq(measureState.measureId, measures.id))
    .where(and(...where));
  const names = await bodyNames(
    db,
    rows.map((r) => r.m.id),
  );
  return {
    items: rows.map(({ m, status, percent, overdue: late }) => ({
      id: m.id,
      sectionId: m.sectionId,
      number: m.number,
      task: m.task,
      action: m.action,
      deadline: { text: m.deadlineText, from: m.deadlineFrom, to: m.deadlineTo, repeat: m.repeat },
      result: m.result,
      responsible: names.get(m.id) ?? [],
      status: status ?? "not_started",
      percent: percent ?? 0,
      overdue: late === true,
      removedInVersion: m.removedInVersion,
    })),
    total: total?.n ?? 0,
    ...page,
  };
}

function conditions(programId: number, f: MeasureFilters, day: string): SQL[] {
  const where: SQL[] = [eq(measures.programId, programId)];
  if (!f.includeRemoved) where.push(isNull(measures.removedInVersion));
  if (f.status) where.push(sql`coalesce(${measureState.status}, 'not_started') = ${f.status}`);
  if (f.sectionId !== undefined)
    where.push(
      sql`${measures.sectionId} in (with recursive below(id) as (select id from sections where id = ${f.sectionId} union all select s.id from sections s join below on s.parent_id = below.id) select id from below)`,
    );
  if (f.organizationId !== undefined)
    where.push(
      sql`exists (select 1 from measure_bodies b where b.measure_id = ${measures.id} and b.organization_id = ${f.organizationId})`,
    );
  if (f.fundingCode)
    where.push(
      sql`exists (select 1 from measure_funding f where f.measure_id = ${measures.id} and f.code = ${f.fundingCode})`,
    );
  if (f.dueQuarter) {
    const q = QUARTER_RE.exec(f.dueQuarter);
    if (!q) throw new AppError("invalid_input", `dueQuarter must look like 2026-Q3, not ${f.dueQuarter}`);
    const [year, quarter] = [Number(q[1]), Number(q[2])];
    where.push(
      sql`${measures.deadlineTo} between ${quarterStart(year, quarter)}::date and ${quarterEnd(year, quarter)}::date`,
    );
  }
  if (f.overdue !== undefined)
    where.push(f.overdue ? overdueSql(day, ALIASES) : sql`not ${overdueSql(day, ALIASES)}`);
  if (f.q && f.q.trim() !== "") {
    const pattern = `%${f.q
      .trim()
      .toLowerCase()
      .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      sql`(lower(${measures.action}) like ${pattern} or lower(${measures.task}) like ${pattern} or lower(${measures.result}) like ${pattern} or lower(coalesce(${measures.number}, '')) like ${pattern})`,
    );
  }
  return where;
}

function order(sort: MeasureSort): SQL[] {
  const dir = sort.startsWith("-") ? desc : asc;
  const key = sort.replace(/^-/, "");
  const tie = [asc(measures.position), asc(measures.id)];
  if (key === "deadline")
    return [sql`${measures.deadlineTo} ${sql.raw(sort.startsWith("-") ? "desc" : "asc")} nulls last`, ...tie];
  if (key === "percent") return [dir(sql`coalesce(${measureState.percent}, 0)`), ...tie];
  return [dir(measures.position), asc(measures.id)];
}

/** Body names of measures in position order, by measure id. */
async function bodyNames(db: Db, ids: number[]): Promise<Map<number, string[]>> {
  const names = new Map<number, string[]>();
  if (ids.length === 0) return names;
  const rows = await db
    .select({ measureId: measureBodies.measureId, name: measureBodies.name })
    .from(measureBodies)
    .where(inArray(measureBodies.measureId, ids))
    .orderBy(asc(measureBodies.position));
  for (const r of rows) names.set(r.measureId, [...(names.get(r.measureId) ?? []), r.name]);
  return names;
}
