/**
 * Row-level difference between two states of a program's action table: which measures a new
 * version adds, changes (and in which fields) and removes. Measures are paired in document order
 * by the similarity of their action texts (the scorer's alignment), so a reworded action is a
 * change, not a removal plus an addition.
 */
import { MEASURE_FIELDS, type Measure, type MeasureField, type Plan } from "./plan.ts";
import { alignMeasures } from "./score.ts";

/** A measure as the diff shows it: the row, its position and its section's title. */
export interface DiffRow {
  index: number;
  sectionTitle: string | null;
  measure: Measure;
}

/** What changed between two plans; `pairs` are every aligned (before index, after index). */
export interface PlanDiff {
  added: DiffRow[];
  changed: { before: DiffRow; after: DiffRow; fields: MeasureField[] }[];
  removed: DiffRow[];
  pairs: [number, number][];
}

/** The diff of a plan against nothing: every measure added. */
export function diffFromEmpty(plan: Plan): PlanDiff {
  return diffPlans({ ...plan, sections: [], measures: [] }, plan);
}

/** The row-level difference from `before` to `after`. */
export function diffPlans(before: Plan, after: Plan): PlanDiff {
  const pairs = alignMeasures(
    before.measures.map((m) => m.action),
    after.measures.map((m) => m.action),
  );
  const row = (plan: Plan, index: number): DiffRow => {
    const measure = plan.measures[index] as Measure;
    return { index, sectionTitle: sectionLabel(plan, measure.section), measure };
  };
  const pairedBefore = new Set(pairs.map(([b]) => b));
  const pairedAfter = new Set(pairs.map(([, a]) => a));
  const changed: PlanDiff["changed"] = [];
  for (const [b, a] of pairs) {
    const rb = row(before, b);
    const ra = row(after, a);
    const fields = changedFields(rb, ra);
    if (fields.length > 0) changed.push({ before: rb, after: ra, fields });
  }
  return {
    added: after.measures.flatMap((_, i) => (pairedAfter.has(i) ? [] : [row(after, i)])),
    changed,
    removed: before.measures.flatMap((_, i) => (pairedBefore.has(i) ? [] : [row(before, i)])),
    pairs,
  };
}

/** The fields in which two rows differ; sections compare by code and title, not by id. */
export function changedFields(before: DiffRow, after: DiffRow): MeasureField[] {
  const b = before.measure;
  const a = after.measure;
  const same: Record<MeasureField, boolean> = {
    number: b.number === a.number,
    section: before.sectionTitle === after.sectionTitle,
    task: b.task === a.task,
    action: b.action === a.action,
    deadline: equalJson(deadlineKey(b.deadline), deadlineKey(a.deadline)),
    result: b.result === a.result,
    responsible: equalJson(b.responsible, a.responsible),
    funding: equalJson(b.funding.map(fundingKey), a.funding.map(fundingKey)),
    cost:
      (b.cost?.amount ?? null) === (a.cost?.amount ?? null) && (b.cost?.text ?? "") === (a.cost?.text ?? ""),
    targets: equalJson(b.targets.map(targetKey), a.targets.map(targetKey)),
  };
  return MEASURE_FIELDS.filter((f) => !same[f]);
}

/** "4.1 Экономика" — how a section is told apart from others across versions. */
function sectionLabel(plan: Plan, id: string | null): string | null {
  const section = id === null ? undefined : plan.sections.find((s) => s.id === id);
  if (!section) return null;
  return section.code ? `${section.code} ${section.title}` : section.title;
}

// Key objects with a fixed property order so stored and imported rows compare equal.
const fundingKey = (f: Measure["funding"][number]) => [f.code, f.text, f.amount ?? null];
const deadlineKey = (d: Measure["deadline"]) => [d.text, d.from, d.to, d.repeat];
const targetKey = (t: Measure["targets"][number]) => [t.value, t.unit];
const equalJson = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
