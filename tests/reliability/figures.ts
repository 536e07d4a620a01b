/**
 * The figures a reliability check measured, printed in one block a person copies into
 * docs/reliability.md (with the date and the machine).
 */
export function printFigures(check: string, figures: Record<string, unknown>): void {
  console.log(
    `\n[reliability] ${check} — ${new Date().toISOString().slice(0, 10)}\n${JSON.stringify(figures, null, 2)}\n`,
  );
}
