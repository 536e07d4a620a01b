import { type DemoSummary, loadDemo } from "../operations/demo/load-demo.ts";
import type { CommandOutput } from "./run.ts";
import type { StoreContext } from "./store.ts";

/** The demo's summary: the logins to try first, then the programs and reports. */
export function describeDemo(summary: DemoSummary): string {
  const r = summary.reports;
  return [
    "demo loaded. Sign in as:",
    ...summary.users.map(
      (u) => `  ${u.login.padEnd(12)} ${u.password.padEnd(18)} ${u.role} over ${u.territory}`,
    ),
    ...summary.programs.map(
      (p) =>
        `program ${p.id}: ${p.title.slice(0, 70)}… (${p.measures} measures, ${p.unmatchedBodies.length} bodies without an organization)`,
    ),
    `generated: ${summary.generated.programs} programs (${summary.generated.measures} measures) in districts and aiyl aimaks, ${summary.generated.accepted} reports accepted, ${summary.generated.submitted} awaiting review`,
    `reports: ${r.accepted} accepted, ${r.returned} returned, ${r.draft} draft, ${r.submitted} awaiting review; ${r.periods} periods; ${r.attachments} attachments`,
  ].join("\n");
}

/** `demo`: loads the demo into the store (refused when it already has programs). */
export async function demoCommand(store: StoreContext): Promise<CommandOutput> {
  const { connection, config, actor } = store;
  const summary = await loadDemo(connection.db, connection.files, config.today(), actor);
  return { stdout: describeDemo(summary), exitCode: 0 };
}
