/** Programs, their measures, versions, bodies and territories, as TanStack queries. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type {
  Dashboard,
  MeasureListItem,
  Organization,
  Program,
  ProgramListItem,
  ProgramVersionItem,
  TerritoryNode,
} from "../../../domain/views.ts";
import { api, type Page } from "../../lib/api-client.ts";

export type { Organization, Program, ProgramListItem };

/** A territory of the tree. */
export type Territory = TerritoryNode;

/** A measure in the action table. */
export type MeasureRow = MeasureListItem;

/** The filters, sort and page of the action table (the URL keeps them). */
export interface MeasureQuery {
  q?: string;
  status?: string;
  organization?: number;
  funding?: string;
  due?: string;
  overdue?: boolean;
  sort?: string;
  page: number;
  pageSize: number;
}

/** A page of programs the user may read (a guest: the published ones). */
export function usePrograms(
  filters: { published?: boolean; page?: number; pageSize?: number; territoryId?: number } = {},
  options: { enabled?: boolean } = {},
) {
  const query = {
    page: filters.page ?? 1,
    pageSize: filters.pageSize ?? 50,
    published: filters.published,
    territoryId: filters.territoryId,
  };
  return useQuery({
    queryKey: ["programs", query],
    queryFn: ({ signal }) => api.get<Page<ProgramListItem>>("/programs", query, signal),
    enabled: options.enabled ?? true,
  });
}

/** One program. */
export function useProgram(id: number) {
  return useQuery({
    queryKey: ["program", id],
    queryFn: ({ signal }) => api.get<Program>(`/programs/${id}`, undefined, signal),
  });
}

/** A page of a program's measures, filtered and sorted on the server. */
export function useMeasures(programId: number, query: MeasureQuery) {
  return useQuery({
    queryKey: ["program", programId, "measures", query],
    queryFn: ({ signal }) =>
      api.get<Page<MeasureRow>>(`/programs/${programId}/measures`, { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Every measure of a program (for the printable view): pages of 200 until the end. */
export function useAllMeasures(programId: number) {
  return useQuery({
    queryKey: ["program", programId, "measures", "all"],
    queryFn: async ({ signal }) => {
      const items: MeasureRow[] = [];
      for (let page = 1; ; page++) {
        const got = await api.get<Page<MeasureRow>>(
          `/programs/${programId}/measures`,
          { page, pageSize: 200 },
          signal,
        );
        items.push(...got.items);
        if (items.length >= got.total || got.items.length === 0) return items;
      }
    },
  });
}

/** The versions of a program (signed-in users). */
export function useProgramVersions(programId: number, enabled = true) {
  return useQuery({
    queryKey: ["program", programId, "versions"],
    queryFn: ({ signal }) =>
      api.get<Page<ProgramVersionItem>>(`/programs/${programId}/versions`, { pageSize: 200 }, signal),
    enabled,
  });
}

/** The bodies a plan of this territory can name (for the body filter). */
export function useOrganizations(territoryId: number | undefined) {
  return useQuery({
    queryKey: ["organizations", territoryId],
    queryFn: ({ signal }) =>
      api.get<Page<Organization>>("/organizations", { territoryId, pageSize: 200 }, signal),
    enabled: territoryId !== undefined,
  });
}

/** The territory tree (signed-in users). */
export function useTerritories(enabled = true) {
  return useQuery({
    queryKey: ["territories"],
    queryFn: ({ signal }) => api.get<Page<Territory>>("/territories", { pageSize: 200 }, signal),
    enabled,
    staleTime: 10 * 60_000,
  });
}

/** A program's progress summary. */
export function useProgramSummary(programId: number) {
  return useQuery({
    queryKey: ["program", programId, "summary"],
    queryFn: ({ signal }) => api.get<Dashboard>(`/programs/${programId}/dashboard`, undefined, signal),
  });
}
