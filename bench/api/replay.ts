/**
 * The raw-SQL baseline: a Drizzle logger records the statements one API request sends, and the
 * same statement sequences are replayed on the bare driver (pg Pool / PGlite.query) at the same
 * concurrency, so "API p95 − raw p95" is what HTTP, Hono, zod, Drizzle and JSON add.
 */
import type { Logger } from "drizzle-orm/logger";
import type { Connection } from "../../src/db/connect.ts";

/** One statement as sent to the driver. */
export interface Statement {
  text: string;
  params: unknown[];
}

/** A logger that records statements only while a recording is open. */
export function createRecorder(): Logger & { record: <T>(work: () => Promise<T>) => Promise<Statement[]> } {
  let current: Statement[] | null = null;
  return {
    logQuery(text, params) {
      current?.push({ text, params: [...params] });
    },
    // The requests recorded are sent one at a time, so every statement logged belongs to this one.
    async record(work) {
      const statements: Statement[] = [];
      current = statements;
      try {
        await work();
      } finally {
        current = null;
      }
      return statements;
    },
  };
}

/** Runs a statement on the bare driver under the connection. */
export function rawRunner(connection: Connection): (s: Statement) => Promise<unknown> {
  if (connection.pool) {
    const pool = connection.pool;
    return (s) => pool.query(s.text, s.params);
  }
  const client = (
    connection.db as unknown as { $client: { query: (t: string, p: unknown[]) => Promise<unknown> } }
  ).$client;
  return (s) => client.query(s.text, s.params);
}

/**
 * Replays the sequences in turn for `seconds`, `concurrency` at a time (each sequence's statements
 * one after another, as the request sends them); returns each sequence's latency in ms.
 */
export async function replay(
  run: (s: Statement) => Promise<unknown>,
  sequences: Statement[][],
  concurrency: number,
  seconds: number,
): Promise<number[]> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  let next = 0;
  const loop = async () => {
    while (performance.now() < until) {
      const sequence = sequences[next++ % sequences.length] as Statement[];
      const started = performance.now();
      for (const statement of sequence) await run(statement);
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return latencies;
}

/** The p-th percentile (0–100) of latencies, nearest rank. */
export function percentile(latencies: number[], p: number): number {
  if (latencies.length === 0) return Number.NaN;
  const sorted = [...latencies].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}
