import { readFile, stat } from "node:fs/promises";
import { AppError } from "../domain/errors.ts";
import type { WarningCode } from "../domain/message-codes.ts";
import type { Plan } from "../domain/plan.ts";
import { groupWarnings } from "../domain/warning-groups.ts";
import {
  type ImportWarning,
  importDocument,
  MAX_FILE_BYTES,
} from "../operations/exchange/import-document.ts";
import type { CommandOutput } from "./run.ts";

/** Reads a file, or standard input for "-", refusing what cannot be a plan before reading it all. */
export async function readInput(file: string): Promise<Uint8Array> {
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
  else lines.push(`warnings to check (${warnings.length}):`);
  // by kind, the ones that change the plan's meaning first (as the web app shows them)
  for (const group of groupWarnings(warnings))
    lines.push(
      `  ${KINDS[group.code as WarningCode] ?? group.code} (${group.warnings.length}):`,
      ...group.warnings.map((w) => `    - ${w.message}`),
    );
  return lines.join("\n");
}

/** Each warning kind in a few English words. */
const KINDS: Record<WarningCode, string> = {
  no_action: "no measure text",
  no_deadline: "no deadline",
  unclear_deadline: "deadline not understood",
  unclear_split: "unclear split of responsible bodies",
  unknown_funding: "unknown funding source",
  target_without_unit: "number without a unit",
};

/** `import FILE [--json]`: prints plan/v1 JSON, or a summary with warnings. */
export async function importCommand(file: string, json: boolean, today?: Date): Promise<CommandOutput> {
  const bytes = await readInput(file);
  const { plan, warnings } = await importDocument(bytes, file === "-" ? "standard input" : file, today);
  return { stdout: json ? JSON.stringify(plan, null, 2) : summarize(plan, warnings), exitCode: 0 };
}
