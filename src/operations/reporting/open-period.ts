import type { Db } from "../../db/connect.ts";
import type { Actor } from "../../domain/access.ts";
import { type PeriodView, setPeriodStatus } from "./period-status.ts";

/** Opens a quarter ("2026-Q3") of a program for reports; made on first open. */
export function openPeriod(db: Db, actor: Actor, programId: number, key: string): Promise<PeriodView> {
  return setPeriodStatus(db, actor, programId, key, "open");
}
