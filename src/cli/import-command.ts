import type { CellConfidence } from "../domain/cell-confidence.ts";
import type { WarningCode } from "../domain/message-codes.ts";
import type { Plan } from "../domain/plan.ts";
import { groupWarnings } from "../domain/warning-groups.ts";
import { type ImportWarning, importDocument } from "../operations/exchange/import-document.ts";
import { checkFirstLines } from "./check-first.ts";
import { readInput } from "./read-input.ts";
import type { CommandOutput } from "./run.ts";

/**
 * A readable summary: what was found, the warnings a planner must check, then the cells to check
 * first (the least sure, at most ten).
 */
export function summarize(plan: Plan, warnings: ImportWarning[], cells: CellConfidence[] = []): string {
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
  lines.push(...checkFirstLines(plan, cells));
  return lines.join("\n");
}

/** Each warning kind in a few English words. */
const KINDS: Record<WarningCode, string> = {
  lost_columns: "text that lost its columns",
  ocr_text: "read from a scan by OCR",
  no_action: "no measure text",
  no_deadline: "no deadline",
  unclear_deadline: "deadline not understood",
  unclear_split: "unclear split of responsible bodies",
  ocr_low_confidence: "words OCR was unsure of",
  unknown_funding: "unknown funding source",
  target_without_unit: "number without a unit",
};

/** `import FILE [--json]`: prints plan/v1 JSON, or a summary with warnings. */
export async function importCommand(file: string, json: boolean, today?: Date): Promise<CommandOutput> {
  const bytes = await readInput(file);
  const { plan, warnings, cells } = await importDocument(
    bytes,
    file === "-" ? "standard input" : file,
    today,
  );
  // --json is plan/v1 alone (its contract): the cells go to the human summary only
  return { stdout: json ? JSON.stringify(plan, null, 2) : summarize(plan, warnings, cells), exitCode: 0 };
}
