/** What the territory page reads: a territory's roll-up, the territory tree, its own programs. */
import { useQuery } from "@tanstack/react-query";
import type { Rollup } from "../../../domain/views/rollup.ts";
import type { Page, ProgramListItem, TerritoryNode } from "../../../domain/views.ts";
import { api } from "../../lib/api-client.ts";

export type { Rollup, TerritoryNode };

/** The roll-up of a territory for a quarter ("" = today's quarter, as the server counts it). */
export function useRollup(code: string, period: string) {
  return useQuery({
    queryKey: ["rollup", code, period],
    queryFn: ({ signal }) =>
      api.get<Rollup>(
        `/territories/${encodeURIComponent(code)}/rollup`,
        { period: period || undefined },
        signal,
      ),
  });
}

/** The territory tree (pre-order), for the breadcrumb, names in the UI language and ids. */
export function useTerritoryTree() {
  return useQuery({
    queryKey: ["territories", "tree"],
    queryFn: ({ signal }) => api.get<Page<TerritoryNode>>("/territories", { pageSize: 5000 }, signal),
    staleTime: 10 * 60_000,
  });
}

/** The programs of a territory and below it (first 100); the page keeps the territory's own. */
export function useTerritoryPrograms(territoryId: number | null) {
  return useQuery({
    queryKey: ["programs", "territory", territoryId],
    queryFn: ({ signal }) =>
      api.get<Page<ProgramListItem>>(
        "/programs",
        { territoryId: territoryId ?? undefined, pageSize: 100 },
        signal,
      ),
    enabled: territoryId !== null,
  });
}
