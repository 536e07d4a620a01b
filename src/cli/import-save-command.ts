import { basename } from "node:path";
import { AppError } from "../domain/errors.ts";
import { importAndSavePlan } from "../operations/exchange/import-and-save-plan.ts";
import { summarize } from "./import-command.ts";
import { parseId } from "./parse.ts";
import { readInput } from "./read-input.ts";
import type { CommandOutput } from "./run.ts";
import { type StoreContext, withStore } from "./store.ts";

/** The options of `import FILE --save`. */
export interface SaveOptions {
  territory?: string | undefined;
  program?: string | undefined;
}

/**
 * `import FILE --save --territory CODE [--program ID]`: imports, then stores the plan as a new
 * program or a new version of program ID; prints the summary, the bodies no organization is
 * known by, and what changed.
 */
export async function importSaveCommand(file: string, options: SaveOptions): Promise<CommandOutput> {
  const code = options.territory;
  if (code === undefined)
    throw new AppError(
      "invalid_input",
      "import --save needs --territory CODE (the territory the program is for)",
    );
  const programId = options.program === undefined ? undefined : parseId(options.program, "--program");
  const bytes = await readInput(file);
  const sourceName = file === "-" ? "standard input" : file;
  return withStore(async (store: StoreContext) => {
    const { plan, warnings, cells, saved } = await importAndSavePlan(store.connection.db, store.actor, {
      territory: { code },
      programId,
      bytes,
      fileName: sourceName,
      sourceName: basename(sourceName),
      today: store.config.today(),
    });
    const { added, changed, removed } = saved.diff;
    const lines = [
      summarize(plan, warnings, cells),
      `saved: program ${saved.programId}, version ${saved.version} (${added.length} measures added, ${changed.length} changed, ${removed.length} removed)`,
    ];
    if (saved.unmatchedBodies.length === 0) lines.push("every responsible body is a known organization");
    else
      lines.push(
        `bodies no organization is known by (${saved.unmatchedBodies.length}); add them or their aliases:`,
        ...saved.unmatchedBodies.map((name) => `  - ${name}`),
      );
    return { stdout: lines.join("\n"), exitCode: 0 };
  });
}
