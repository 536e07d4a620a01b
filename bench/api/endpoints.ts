/** The requests the API benchmark sends: one endpoint at a time, ids spread over the dataset. */
import { sql } from "drizzle-orm";
import type { Db } from "../../src/db/connect.ts";

/** An endpoint under load and the paths sent to it in turn. */
export interface BenchEndpoint {
  name: string;
  paths: string[];
}

// Distinct requests per endpoint: enough to touch the whole dataset, few enough to record quickly.
const ROTATION = 100;

/** Up to `n` items evenly spread over the list. */
function spread<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)] as T);
}

async function ids(db: Db, table: "programs" | "measures"): Promise<number[]> {
  const result = await db.execute(sql.raw(`select id from ${table} order by id`));
  return (result as unknown as { rows: { id: number }[] }).rows.map((r) => Number(r.id));
}

/** The endpoints, with program and measure ids taken from the database. */
export async function benchEndpoints(db: Db): Promise<BenchEndpoint[]> {
  const programs = spread(await ids(db, "programs"), ROTATION);
  const measures = spread(await ids(db, "measures"), ROTATION);
  const measureList = (query: string) =>
    programs.map((id) => `/api/v1/programs/${id}/measures?page=1&pageSize=50${query}`);
  return [
    { name: "GET /programs (page 1 of 20)", paths: ["/api/v1/programs?page=1&pageSize=20"] },
    { name: "GET /programs/:id/measures", paths: measureList("") },
    { name: "GET /programs/:id/measures?overdue=true", paths: measureList("&overdue=true") },
    {
      name: "GET /programs/:id/measures?q=натыйжа 5",
      paths: measureList(`&q=${encodeURIComponent("натыйжа 5")}`),
    },
    { name: "GET /measures/:id", paths: measures.map((id) => `/api/v1/measures/${id}`) },
    {
      name: "GET /programs/:id/dashboard",
      paths: programs.map((id) => `/api/v1/programs/${id}/dashboard?period=2026-Q3`),
    },
    // The dataset's republic is "417", its first oblast "o1" (dataset.ts).
    {
      name: "GET /territories/417/rollup (republic)",
      paths: ["/api/v1/territories/417/rollup?period=2026-Q3"],
    },
    { name: "GET /territories/o1/rollup (oblast)", paths: ["/api/v1/territories/o1/rollup?period=2026-Q3"] },
  ];
}

/** The endpoints whose name contains `only` (BENCH_ONLY, e.g. "rollup"), or all without one. */
export function chosen(endpoints: BenchEndpoint[], only: string | undefined): BenchEndpoint[] {
  if (!only) return endpoints;
  const picked = endpoints.filter((e) => e.name.toLowerCase().includes(only.toLowerCase()));
  if (picked.length === 0)
    throw new Error(`BENCH_ONLY=${only} names none of: ${endpoints.map((e) => e.name).join(", ")}`);
  return picked;
}
