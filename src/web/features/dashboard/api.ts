/** The dashboard of a program in a period. */
import { useQuery } from "@tanstack/react-query";
import { api } from "../../lib/api-client.ts";
import type { ReportingRate } from "../review/api.ts";

/** GET /programs/{id}/dashboard. */
export interface Dashboard {
  programId: number;
  today: string;
  totals: { measures: number; percent: number; overdue: number };
  byStatus: { status: string; measures: number }[];
  bySection: {
    sectionId: number | null;
    code: string | null;
    title: string;
    measures: number;
    percent: number;
  }[];
  byBody: { organizationId: number; name: string; measures: number; lead: number; percent: number }[];
  byFunding: { code: string; measures: number; percent: number; planned: number; spent: number }[];
  overdue: {
    measureId: number;
    number: string | null;
    action: string;
    deadlineTo: string | null;
    percent: number;
    status: string;
  }[];
  reportingRate: ReportingRate | null;
}

/** The dashboard numbers. */
export function useDashboard(programId: number | null, period: string) {
  return useQuery({
    queryKey: ["dashboard", programId, period],
    queryFn: ({ signal }) =>
      api.get<Dashboard>(`/programs/${programId}/dashboard`, { period: period || undefined }, signal),
    enabled: programId !== null,
  });
}
