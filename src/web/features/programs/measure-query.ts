/** The action table's filters, sort and page, kept in the URL so a link or reload shows the same rows. */
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import type { MeasureQuery } from "./api.ts";

const PAGE_SIZES = [25, 50, 100];

/** The action table's query from the URL, and a setter that resets to page 1 unless the page changes. */
export function useMeasureQuery(): [MeasureQuery, (change: Partial<MeasureQuery>) => void] {
  const [params, setParams] = useSearchParams();
  const query = useMemo<MeasureQuery>(() => {
    const num = (key: string) => {
      const n = Number(params.get(key));
      return Number.isInteger(n) && n > 0 ? n : undefined;
    };
    const size = num("pageSize");
    return {
      q: params.get("q") ?? undefined,
      status: params.get("status") ?? undefined,
      organization: num("organization"),
      funding: params.get("funding") ?? undefined,
      due: params.get("due") ?? undefined,
      overdue: params.get("overdue") === "true" ? true : undefined,
      sort: params.get("sort") ?? undefined,
      page: num("page") ?? 1,
      pageSize: size && PAGE_SIZES.includes(size) ? size : 50,
    };
  }, [params]);
  const change = useCallback(
    (next: Partial<MeasureQuery>) => {
      // From the address bar, not the hook's closure: a debounced search must not bring back a
      // filter cleared in the meantime (react-router hands updaters the params of its last render).
      const merged = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(next)) {
        if (value === undefined || value === "" || value === false) merged.delete(key);
        else merged.set(key, String(value));
      }
      if (!("page" in next)) merged.delete("page");
      setParams(merged, { replace: true });
    },
    [setParams],
  );
  return [query, change];
}

/** True when any filter narrows the table. */
export function isFiltered(q: MeasureQuery): boolean {
  return Boolean(q.q || q.status || q.organization || q.funding || q.due || q.overdue);
}
