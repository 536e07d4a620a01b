/** The dashboard of a program in a period. */
import { useQuery } from "@tanstack/react-query";
import type { Dashboard } from "../../../domain/views.ts";
import { api } from "../../lib/api-client.ts";

export type { Dashboard };

/** The dashboard numbers. */
export function useDashboard(programId: number | null, period: string) {
  return useQuery({
    queryKey: ["dashboard", programId, period],
    queryFn: ({ signal }) =>
      api.get<Dashboard>(`/programs/${programId}/dashboard`, { period: period || undefined }, signal),
    enabled: programId !== null,
  });
}
