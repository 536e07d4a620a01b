/** The columns of the action table, which of them the user chose to see, remembered per browser. */
import { useCallback, useState } from "react";

/** Columns in display order: the key ones first, so a narrow screen shows them without scrolling. */
export const COLUMNS = [
  "number",
  "action",
  "status",
  "percent",
  "deadline",
  "responsible",
  "result",
] as const;
export type Column = (typeof COLUMNS)[number];

const DEFAULT: Column[] = ["number", "action", "status", "percent", "deadline", "responsible"];
const KEY = "measure-columns";

function saved(): Column[] {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? "null") as unknown;
    if (Array.isArray(raw)) {
      const chosen = COLUMNS.filter((c) => raw.includes(c));
      if (chosen.includes("action")) return chosen;
    }
  } catch {
    // unreadable: the default
  }
  return DEFAULT;
}

/** The chosen columns and a setter that keeps "action" (the row's link) always shown. */
export function useChosenColumns(): [Column[], (columns: string[]) => void] {
  const [columns, setColumns] = useState<Column[]>(saved);
  const choose = useCallback((next: string[]) => {
    const chosen = COLUMNS.filter((c) => c === "action" || next.includes(c));
    setColumns(chosen);
    try {
      localStorage.setItem(KEY, JSON.stringify(chosen));
    } catch {
      // kept for this visit only
    }
  }, []);
  return [columns, choose];
}
