import { MEASURE_FIELDS, type Measure, type MeasureField, type Plan, type Target } from "./plan.ts";
import { charProfile, normalizeText, similarityNormalized, similarityUpperBound } from "./text-similarity.ts";

/** How an imported plan compares with its gold file (docs/spec/plan-format.md, "Scoring"). */
export interface PlanScore {
  fields: Record<MeasureField, number>;
  header: { title: boolean; period: boolean; sections: number; signatories: number };
  gold: number;
  pred: number;
  matched: number;
  precision: number;
  recall: number;
  measuresF1: number;
  fieldsMean: number;
  headerMean: number;
  score: number;
}

const ALIGN_MIN = 0.6;

/** Similarity of two raw texts, normalizing both. */
const sim = (a: string, b: string): number => similarityNormalized(normalizeText(a), normalizeText(b));

/**
 * Pairs (gold index, pred index) in document order maximising the sum of action similarities,
 * only pairs at ≥ 0.6 allowed (Needleman–Wunsch without gap costs).
 */
export function alignMeasures(gold: readonly string[], pred: readonly string[]): Array<[number, number]> {
  const g = gold.map(normalizeText);
  const p = pred.map(normalizeText);
  const gp = g.map(charProfile);
  const pp = p.map(charProfile);
  const n = g.length;
  const m = p.length;
  const w = m + 1;
  const pairSim = new Float64Array(n * m).fill(-1);
  const dp = new Float64Array((n + 1) * w);
  for (let i = 1; i <= n; i++) {
    const gi = g[i - 1] ?? "";
    const gpi = gp[i - 1] as Int32Array;
    for (let j = 1; j <= m; j++) {
      const pj = p[j - 1] ?? "";
      // The letter-count bound skips most Levenshtein calls between unrelated rows.
      const s =
        similarityUpperBound(gi, gpi, pj, pp[j - 1] as Int32Array) < ALIGN_MIN
          ? 0
          : similarityNormalized(gi, pj);
      let best = Math.max(dp[(i - 1) * w + j] ?? 0, dp[i * w + j - 1] ?? 0);
      if (s >= ALIGN_MIN) {
        pairSim[(i - 1) * m + j - 1] = s;
        best = Math.max(best, (dp[(i - 1) * w + j - 1] ?? 0) + s);
      }
      dp[i * w + j] = best;
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const here = dp[i * w + j] ?? 0;
    const s = pairSim[(i - 1) * m + j - 1] ?? -1;
    if (s >= ALIGN_MIN && here === (dp[(i - 1) * w + j - 1] ?? 0) + s) {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (here === (dp[(i - 1) * w + j] ?? 0)) i--;
    else j--;
  }
  return pairs.reverse();
}

/**
 * Set F1 of two lists under a matching predicate, each item matched at most once (a maximum
 * bipartite matching, so the order of the items cannot change the result). 1 when both are empty.
 */
export function setF1<G, P>(gold: readonly G[], pred: readonly P[], match: (g: G, p: P) => boolean): number {
  if (gold.length === 0 && pred.length === 0) return 1;
  if (gold.length === 0 || pred.length === 0) return 0;
  const owner: number[] = pred.map(() => -1);
  const tryAssign = (gi: number, seen: boolean[]): boolean => {
    for (const [pi, p] of pred.entries()) {
      if (seen[pi] || !match(gold[gi] as G, p)) continue;
      seen[pi] = true;
      const current = owner[pi] ?? -1;
      if (current < 0 || tryAssign(current, seen)) {
        owner[pi] = gi;
        return true;
      }
    }
    return false;
  };
  let matched = 0;
  for (let gi = 0; gi < gold.length; gi++)
    if (
      tryAssign(
        gi,
        pred.map(() => false),
      )
    )
      matched++;
  return (2 * matched) / (gold.length + pred.length);
}

// Spellings of one unit: each word is replaced by its canonical form before comparing.
const UNIT_SYNONYMS: Record<string, string> = {
  гектар: "га",
  "га.": "га",
  пайыз: "%",
  процент: "%",
  километр: "км",
  "км.": "км",
};

const canonicalUnit = (unit: string): string[] =>
  normalizeText(unit)
    .split(" ")
    .filter((w) => w !== "")
    .map((w) => UNIT_SYNONYMS[w] ?? w);

/**
 * True when two target units name the same thing: the same unit or a synonym (га/гектар,
 * %/пайыз/процент, км/километр); one a stem of the other — every word of the shorter unit begins
 * a word of the longer, stems of at least three letters (орун/орундуу, цех/тигүү цехи); or ≥ 0.6 similar.
 */
export function unitsAgree(a: string, b: string): boolean {
  const wa = canonicalUnit(a);
  const wb = canonicalUnit(b);
  const ja = wa.join(" ");
  const jb = wb.join(" ");
  if (ja === jb) return true;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const isStem =
    short.length > 0 && short.every((s) => long.some((l) => l === s || (s.length >= 3 && l.startsWith(s))));
  return isStem || similarityNormalized(ja, jb) >= ALIGN_MIN;
}

const targetsMatch = (g: Target, p: Target): boolean => g.value === p.value && unitsAgree(g.unit, p.unit);

const sectionTitle = (plan: Plan, id: string | null): string =>
  plan.sections.find((s) => s.id === id)?.title ?? "";

/** The ten field values (0..1) of one aligned pair. */
export function scorePair(gold: Plan, pred: Plan, g: Measure, p: Measure): Record<MeasureField, number> {
  const bit = (ok: boolean): number => (ok ? 1 : 0);
  const gd = g.deadline;
  const pd = p.deadline;
  return {
    number: bit(normalizeText(g.number ?? "") === normalizeText(p.number ?? "")),
    section: bit(sim(sectionTitle(gold, g.section), sectionTitle(pred, p.section)) >= 0.9),
    task: bit(sim(g.task, p.task) >= 0.9),
    action: bit(sim(g.action, p.action) >= 0.95),
    deadline: bit(
      sim(gd.text, pd.text) >= 0.9 && gd.from === pd.from && gd.to === pd.to && gd.repeat === pd.repeat,
    ),
    result: bit(sim(g.result, p.result) >= 0.9),
    responsible: setF1(g.responsible, p.responsible, (a, b) => sim(a, b) >= 0.9),
    funding: setF1(g.funding, p.funding, (a, b) => a.code === b.code),
    cost: bit(g.cost === null || p.cost === null ? g.cost === p.cost : g.cost.amount === p.cost.amount),
    targets: setF1(g.targets, p.targets, targetsMatch),
  };
}

/** A ratio that is 1 when there was nothing to find and nothing found. */
const ratio = (part: number, whole: number, other: number): number =>
  whole === 0 ? (other === 0 ? 1 : 0) : part / whole;

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Scores an imported plan against its gold file. */
export function scorePlan(gold: Plan, pred: Plan): PlanScore {
  const pairs = alignMeasures(
    gold.measures.map((m) => m.action),
    pred.measures.map((m) => m.action),
  );
  const sums = Object.fromEntries(MEASURE_FIELDS.map((f) => [f, 0])) as Record<MeasureField, number>;
  for (const [gi, pi] of pairs) {
    const pair = scorePair(gold, pred, gold.measures[gi] as Measure, pred.measures[pi] as Measure);
    for (const f of MEASURE_FIELDS) sums[f] += pair[f];
  }
  const n = gold.measures.length;
  const fields = Object.fromEntries(
    MEASURE_FIELDS.map((f) => [f, ratio(sums[f], n, pred.measures.length)]),
  ) as Record<MeasureField, number>;
  const matched = pairs.length;
  const precision = ratio(matched, pred.measures.length, n);
  const recall = ratio(matched, n, pred.measures.length);
  const measuresF1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const header = {
    title: sim(gold.title, pred.title) >= 0.8,
    period: gold.period.from === pred.period.from && gold.period.to === pred.period.to,
    sections: setF1(gold.sections, pred.sections, (a, b) => sim(a.title, b.title) >= 0.9),
    signatories: setF1(gold.signatories, pred.signatories, (a, b) => sim(a.name, b.name) >= 0.9),
  };
  const fieldsMean = mean(MEASURE_FIELDS.map((f) => fields[f]));
  const headerMean = mean([Number(header.title), Number(header.period), header.sections, header.signatories]);
  const score = 0.9 * fieldsMean * precision + 0.1 * headerMean;
  return {
    fields,
    header,
    gold: n,
    pred: pred.measures.length,
    matched,
    precision,
    recall,
    measuresF1,
    fieldsMean,
    headerMean,
    score,
  };
}

/** The score as the lines of a scoring-vector `*.expected.txt` file. */
export function formatScore(s: PlanScore): string {
  const label = (name: string): string => name.padEnd(13);
  const lines = MEASURE_FIELDS.map((f) => `${label(f)}${(s.fields[f] * 100).toFixed(1)}%`);
  lines.push(`${label("header")}${JSON.stringify(s.header)}`);
  lines.push(
    `${label("measures")}gold=${s.gold} pred=${s.pred} matched=${s.matched} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)}`,
  );
  lines.push(
    `score=${s.score.toFixed(3)} measuresF1=${s.measuresF1.toFixed(3)} fields=${s.fieldsMean.toFixed(3)} header=${s.headerMean.toFixed(3)}`,
  );
  return lines.join("\n");
}
