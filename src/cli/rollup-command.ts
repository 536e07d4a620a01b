import { AppError } from "../domain/errors.ts";
import { isoDate, quarterKey, quarterOf } from "../domain/quarter.ts";
import type { Rollup } from "../domain/views/rollup.ts";
import { getRollup } from "../operations/rollup/get-rollup.ts";
import type { CommandOutput } from "./run.ts";
import type { StoreContext } from "./store.ts";

/** What `rollup` is given on the command line. */
export interface RollupOptions {
  territory?: string | undefined;
  period?: string | undefined;
  json?: boolean | undefined;
}

/** `rollup --territory CODE [--period 2026-Q2] [--json]`: a territory's roll-up (default: today's quarter). */
export async function rollupCommand(store: StoreContext, options: RollupOptions): Promise<CommandOutput> {
  if (!options.territory) throw new AppError("invalid_input", "rollup needs --territory CODE");
  const today = isoDate(store.config.today());
  const rollup = await getRollup(store.connection.db, store.actor, {
    code: options.territory,
    period: options.period ?? quarterKey(quarterOf(today)),
    today,
  });
  if (options.json) return { stdout: JSON.stringify(rollup), exitCode: 0 };
  return { stdout: table(rollup), exitCode: 0 };
}

// A plain-text table: one line per child, then the territory's own programs and the totals.
function table(r: Rollup): string {
  const head = ["code", "name", "programs", "measures", "done", "in progress", "not started", "overdue"];
  const tail = ["progress %", "reporting %", "planned", "spent"];
  const cells = (name: string, code: string, l: Omit<Rollup["children"][number], "code" | "name">) => [
    code,
    name,
    ...[l.programs, l.measures, l.done, l.inProgress, l.notStarted, l.overdue].map(String),
    l.progress.toFixed(1),
    l.reportingRate.toFixed(1),
    l.planned.toFixed(2),
    l.spent.toFixed(2),
  ];
  const rows = [
    [...head, ...tail],
    ...r.children.map((c) => cells(c.name, c.code, c)),
    cells("(own programs)", "", r.totals.own),
    cells("total", r.territory.code, r.totals),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length))) ?? [];
  const text = rows.map((row) =>
    row
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd(),
  );
  return [`${r.territory.name} (${r.territory.code}), ${r.period}`, ...text].join("\n");
}
