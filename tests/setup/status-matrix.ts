/** One authorization case: its name, the expected status for each actor in order, and the request. */
export type MatrixCase<A, C> = [string, number[], (client: C, actor: A) => Promise<{ status: number }>];

/**
 * Runs every case as every actor and returns the statuses got and wanted, keyed by case name, so a
 * test compares the whole matrix at once and a failure shows every wrong cell.
 */
export async function statusMatrix<A, C>(
  actors: readonly A[],
  clients: Map<A, C>,
  cases: MatrixCase<A, C>[],
) {
  const got: Record<string, number[]> = {};
  const want: Record<string, number[]> = {};
  for (const [name, expected, run] of cases) {
    want[name] = expected;
    got[name] = [];
    for (const a of actors) got[name].push((await run(clients.get(a) as C, a)).status);
  }
  return { got, want };
}
