import type { Db } from "../../db/connect.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError, isAppError } from "../../domain/errors.ts";
import { write } from "../shared/write.ts";
import type { ReportView } from "./report-view.ts";
import { reviewReportIn } from "./review-report.ts";
import { submitReportIn } from "./submit-report.ts";

/** What a batch does to every report it names. */
export interface BatchInput {
  ids: number[];
  action: "submit" | "accept" | "return";
  comment?: string | null;
}

/**
 * Submits, accepts or returns several reports in ONE transaction: all or nothing. When one
 * fails, nothing is changed and the error (its code) names the report in details.reportId.
 */
export async function batchReports(db: Db, actor: Actor, input: BatchInput): Promise<ReportView[]> {
  const ids = [...new Set(input.ids)];
  if (ids.length === 0) throw new AppError("invalid_input", "name at least one report");
  return write(db, actor, async (tx, audit) => {
    const done: ReportView[] = [];
    for (const id of ids) {
      try {
        done.push(
          input.action === "submit"
            ? await submitReportIn(tx, audit, actor, id)
            : await reviewReportIn(tx, audit, actor, id, { action: input.action, comment: input.comment }),
        );
      } catch (error) {
        if (!isAppError(error)) throw error;
        throw new AppError(error.code, `report ${id}: ${error.message}; nothing was changed`, {
          reportId: id,
          cause: error.details,
        });
      }
    }
    return done;
  });
}
