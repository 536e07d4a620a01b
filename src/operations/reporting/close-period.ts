import type { Db } from "../../db/connect.ts";
import type { Actor } from "../../domain/access.ts";
import { type PeriodView, setPeriodStatus } from "./period-status.ts";

/** Closes a quarter of a program: no more saving or submitting; reviews of submitted reports go on. */
export function closePeriod(db: Db, actor: Actor, programId: number, key: string): Promise<PeriodView> {
  return setPeriodStatus(db, actor, programId, key, "closed");
}
