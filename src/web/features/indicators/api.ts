/** A territory's indicators, the ranking of its children, setting figures and the XLSX template. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { IndicatorImport, IndicatorRanking, TerritoryIndicators } from "../../../domain/views.ts";
import { api } from "../../lib/api-client.ts";

export type { IndicatorRanking, TerritoryIndicators };

const key = (code: string) => ["indicators", code] as const;

/** The territory's indicators with the ETag a change must send back. */
export function useTerritoryIndicators(code: string) {
  return useQuery({
    queryKey: key(code),
    queryFn: ({ signal }) =>
      api.getTagged<TerritoryIndicators>(`/territories/${encodeURIComponent(code)}/indicators`, signal),
  });
}

/** The territory's children ranked on one indicator for a year. */
export function useIndicatorRanking(code: string, indicator: string | null, year: number) {
  return useQuery({
    queryKey: [...key(code), "ranking", indicator, year],
    queryFn: ({ signal }) =>
      api.get<IndicatorRanking>(
        `/territories/${encodeURIComponent(code)}/indicators/${indicator}/ranking`,
        { year },
        signal,
      ),
    enabled: indicator !== null,
  });
}

/** One figure a planner sets (value null removes it). */
export type FigureChange =
  | { kind: "actual"; indicator: string; year: number; quarter: number; value: number | null; source: string }
  | { kind: "target" | "baseline"; indicator: string; year: number; value: number | null };

/** Sets figures of the territory with If-Match; the answer (and its ETag) replaces the cache. */
export function useSetFigures(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ changes, etag }: { changes: FigureChange[]; etag: string | null }) => {
      const body = {
        actuals: changes.flatMap((c) => (c.kind === "actual" ? [c] : [])).map(({ kind: _, ...c }) => c),
        targets: changes.flatMap((c) => (c.kind === "target" ? [c] : [])).map(({ kind: _, ...c }) => c),
        baselines: changes.flatMap((c) => (c.kind === "baseline" ? [c] : [])).map(({ kind: _, ...c }) => c),
      };
      return api.put<TerritoryIndicators>(`/territories/${encodeURIComponent(code)}/indicators`, body, etag);
    },
    onSettled: () => client.invalidateQueries({ queryKey: key(code) }),
  });
}

/** Where the XLSX template of the territory's subtree for a year is downloaded. */
export const templateHref = (code: string, year: number) =>
  `/api/v1/territories/${encodeURIComponent(code)}/indicators/template?year=${year}`;

/** Uploads a filled template; every territory's figures are fetched again after it. */
export function useImportTemplate(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append("file", file);
      return api.post<IndicatorImport>("/indicators/import", form);
    },
    onSettled: () => client.invalidateQueries({ queryKey: key(code) }),
  });
}
