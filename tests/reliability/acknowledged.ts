/**
 * Reads back what the executors were told was saved: every acknowledged write must have its
 * audit row (written in the same transaction as the change), and each report must hold exactly
 * the last write acknowledged for it (its executor is the only one writing it).
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../src/db/connect.ts";
import { rowsOf } from "../../src/operations/exchange/backup-catalog.ts";
import type { Ack } from "./executor-client.ts";

/** Descriptions of acknowledged writes the database does not hold; empty when none is lost. */
export async function lostWrites(db: Db, acks: Ack[]): Promise<string[]> {
  const last = new Map<number, Ack>();
  for (const ack of acks) {
    const seen = last.get(ack.reportId);
    if (!seen || ack.rowVersion > seen.rowVersion) last.set(ack.reportId, ack);
  }
  const ids = [...last.keys()];
  if (ids.length === 0) return [];
  const rows = await rowsOf<{
    id: number;
    row_version: number;
    percent: number;
    done_text: string;
    workflow: string;
  }>(db, sql`select id, row_version, percent, done_text, workflow from progress_reports where id in ${ids}`);
  const stored = new Map(rows.map((r) => [r.id, r]));
  const lost: string[] = [];
  for (const [id, ack] of last) {
    const row = stored.get(id);
    const same =
      row?.row_version === ack.rowVersion &&
      row.percent === ack.percent &&
      row.done_text === ack.doneText &&
      row.workflow === ack.workflow;
    if (!same)
      lost.push(`report ${id}: acknowledged ${JSON.stringify(ack)}, stored ${JSON.stringify(row ?? null)}`);
  }
  const audited = new Set(
    (
      await rowsOf<{ key: string }>(
        db,
        sql`select entity_id || ':' || (after->>'rowVersion') as key from audit_log where entity = 'progress_report'`,
      )
    ).map((r) => r.key),
  );
  for (const ack of acks)
    if (!audited.has(`${ack.reportId}:${ack.rowVersion}`))
      lost.push(`report ${ack.reportId} version ${ack.rowVersion}: acknowledged, no audit row`);
  return lost;
}
