/** Sorting the child territories' lines of a roll-up by a column, as the table's headers ask. */
import type { RollupChild } from "../../../domain/views/rollup.ts";

/** A sortable column: the territory's name or one of the line's numbers. */
export type SortKey =
  | "name"
  | "programs"
  | "measures"
  | "done"
  | "inProgress"
  | "notStarted"
  | "overdue"
  | "progress"
  | "reportingRate"
  | "planned"
  | "spent";

/** Which column and which way. */
export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** The lines in the asked order; ties keep the roll-up's order (by code). Names sort in `locale`. */
export function sortLines<T extends RollupChild & { label: string }>(
  lines: T[],
  sort: Sort,
  locale: string,
): T[] {
  const sign = sort.descending ? -1 : 1;
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => {
      const by =
        sort.key === "name"
          ? a.line.label.localeCompare(b.line.label, locale)
          : (a.line[sort.key] as number) - (b.line[sort.key] as number);
      return by === 0 ? a.index - b.index : sign * by;
    })
    .map((x) => x.line);
}

/** The next sort after a click on `key`: the same column flips, another starts (numbers: largest first). */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, descending: !current.descending };
  return { key, descending: key !== "name" };
}
