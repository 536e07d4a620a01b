import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { AppError } from "../domain/errors.ts";
import type { Plan } from "../domain/plan.ts";
import { MAX_FILE_BYTES } from "../importers/detect-type.ts";
import { type ImportWarning, importPlan } from "../importers/import-plan.ts";
import { savePlan } from "../operations/programs/save-plan.ts";
import { parseId, territoryByCode } from "./lookups.ts";
import type { CommandOutput } from "./run.ts";
import { type StoreContext, withStore } from "./store.ts";

/** Reads a file, or standard input for "-", refusing what cannot be a plan before reading it all. */
async function readInput(file: string): Promise<Uint8Array> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > MAX_FILE_BYTES) throw new AppError("too_large", "standard input: more than 50 MB of text");
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }
  const info = await stat(file).catch(() => null);
  if (info === null) throw new AppError("file_not_found", `${file}: no such file`);
  if (!info.isFile()) throw new AppError("file_not_found", `${file}: not a file`);
  if (info.size > MAX_FILE_BYTES) throw new AppError("too_large", `${file}: larger than 50 MB`);
  return readFile(file);
}

/** A readable summary: what was found, and the warnings a planner must check. */
export function summarize(plan: Plan, warnings: ImportWarning[]): string {
  const numbered = plan.measures.filter((m) => m.number !== null).length;
  const lines = [
    plan.title || "(no title found)",
    `territory: ${plan.territory ?? "?"}; period: ${plan.period.from}–${plan.period.to}; language: ${plan.language}`,
    `${plan.sections.length} sections, ${plan.measures.length} measures (${numbered} numbered), ${plan.signatories.length} signatories`,
  ];
  if (warnings.length === 0) lines.push("no warnings");
  else lines.push(`warnings to check (${warnings.length}):`, ...warnings.map((w) => `  - ${w.message}`));
  return lines.join("\n");
}

/** `import FILE [--json]`: prints plan/v1 JSON, or a summary with warnings. */
export async function importCommand(file: string, json: boolean, today?: Date): Promise<CommandOutput> {
  const bytes = await readInput(file);
  const { plan, warnings } = await importPlan(bytes, file === "-" ? "standard input" : file, { today });
  return { stdout: json ? JSON.stringify(plan, null, 2) : summarize(plan, warnings), exitCode: 0 };
}

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
  if (options.territory === undefined)
    throw new AppError(
      "invalid_input",
      "import --save needs --territory CODE (the territory the program is for)",
    );
  const programId = options.program === undefined ? undefined : parseId(options.program, "--program");
  const bytes = await readInput(file);
  const sourceName = file === "-" ? "standard input" : file;
  return withStore(async (store: StoreContext) => {
    const { db } = store.connection;
    const territory = await territoryByCode(db, options.territory as string);
    const { plan, warnings } = await importPlan(bytes, sourceName, { today: store.config.today() });
    const saved = await savePlan(db, store.actor, {
      territoryId: territory.id,
      plan,
      sourceName: basename(sourceName),
      ...(programId === undefined ? {} : { programId }),
    });
    const { added, changed, removed } = saved.diff;
    const lines = [
      summarize(plan, warnings),
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
