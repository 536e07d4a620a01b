/** Quarters ("2026-Q3") and whole years ("2026") of the program's period, latest first. */
export function reportPeriods(from: number, to: number): string[] {
  const periods: string[] = [];
  for (let year = to; year >= from; year--) {
    periods.push(String(year));
    for (let quarter = 4; quarter >= 1; quarter--) periods.push(`${year}-Q${quarter}`);
  }
  return periods;
}
