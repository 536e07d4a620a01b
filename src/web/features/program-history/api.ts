/** The diff between two versions of a program. */
import { useQuery } from "@tanstack/react-query";
import type { VersionDiff } from "../../../domain/views/public.ts";
import { api } from "../../lib/api-client.ts";

/** GET /programs/{id}/versions/diff?from=&to= (not asked for the same version twice). */
export function useVersionDiff(programId: number, from: number | null, to: number | null) {
  return useQuery({
    queryKey: ["version-diff", programId, from, to],
    queryFn: ({ signal }) =>
      api.get<VersionDiff>(`/programs/${programId}/versions/diff`, { from, to }, signal),
    enabled: from !== null && to !== null && from !== to,
  });
}
