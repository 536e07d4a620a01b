/**
 * A generated development program for the demo, pure and deterministic: its measures are rows of
 * the seed plans (real Kyrgyz measure texts, tasks, results, funding and targets) drawn with a
 * seeded random generator, re-dated into the program's years and given the territory's bodies.
 */
import type { Funding, Measure, Plan, Section } from "../../domain/plan.ts";

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [min, max] from the generator. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Who and where a generated program is for. */
export interface GeneratedPlanInput {
  territoryName: string;
  bodies: string[];
  from: number;
  to: number;
  measures: number;
}

const QUARTER_ENDS = ["03-31", "06-30", "09-30", "12-31"];
const ROMAN = ["I", "II", "III", "IV"];

/** A seed measure re-dated into the years: yearly and ongoing stay so; dated ones get a quarter. */
function redate(m: Measure, random: () => number, from: number, to: number): Measure["deadline"] {
  if (m.deadline.repeat !== null)
    return { ...m.deadline, from: `${from}-01-01`, to: `${to}-12-31`, text: m.deadline.text };
  const year = randomInt(random, from, to);
  const q = randomInt(random, 0, 3);
  return {
    text: `${year}-жылдын ${ROMAN[q]} чейреги`,
    from: `${year}-01-01`,
    to: `${year}-${QUARTER_ENDS[q]}`,
    repeat: null,
  };
}

/** Funding with its planned sum: a plan's cost goes to its one source (local budget if none). */
function fundingOf(m: Measure): Funding[] {
  const cost = m.cost?.amount;
  if (m.funding.length === 0)
    return cost ? [{ code: "local", text: "Жергиликтүү бюджет", amount: cost }] : [];
  if (m.funding.length === 1 && cost !== undefined && m.funding[0]?.amount === undefined)
    return [{ ...(m.funding[0] as Funding), amount: cost }];
  return m.funding;
}

/** The sections a measure sits in, with their parents, ids made unique per seed plan. */
function sectionsOf(seed: Plan, prefix: string, id: string | null, into: Map<string, Section>) {
  const section = seed.sections.find((s) => s.id === id);
  if (!section) return;
  if (section.parent !== null) sectionsOf(seed, prefix, section.parent, into);
  const key = `${prefix}${section.id}`;
  if (!into.has(key))
    into.set(key, {
      ...section,
      id: key,
      parent: section.parent === null ? null : `${prefix}${section.parent}`,
    });
}

/** A generated plan: `measures` rows of the seeds, drawn without repetition, in the seeds' order. */
export function generateDemoPlan(seeds: Plan[], input: GeneratedPlanInput, random: () => number): Plan {
  const pool = seeds.flatMap((seed, i) =>
    seed.measures.filter((m) => m.action.trim() !== "").map((m) => ({ seed, prefix: `p${i}-`, m })),
  );
  const picked = new Set<number>();
  while (picked.size < Math.min(input.measures, pool.length))
    picked.add(randomInt(random, 0, pool.length - 1));
  const sections = new Map<string, Section>();
  const measures: Measure[] = [...picked]
    .sort((a, b) => a - b)
    .map((index, n) => {
      const { seed, prefix, m } = pool[index] as (typeof pool)[number];
      sectionsOf(seed, prefix, m.section, sections);
      const [lead, co] = input.bodies;
      return {
        ...m,
        section: m.section === null ? null : `${prefix}${m.section}`,
        number: String(n + 1),
        deadline: redate(m, random, input.from, input.to),
        responsible: co !== undefined && random() < 0.4 ? [lead as string, co] : [lead as string],
        funding: fundingOf(m),
      };
    });
  return {
    format: "plan/v1",
    title: `${input.territoryName}: ${input.from}–${input.to}-жылдарга социалдык-экономикалык өнүктүрүү программасы`,
    territory: input.territoryName,
    period: { from: input.from, to: input.to },
    language: "ky",
    sections: [...sections.values()],
    measures,
    signatories: [],
  };
}
