/** A measure, its report history with values, and its audit trail, as TanStack queries. */
import { useQueries, useQuery } from "@tanstack/react-query";
import type { AuditEntry, MeasureDetail, MeasureReportRow, Report } from "../../../domain/views.ts";
import { api, type Page } from "../../lib/api-client.ts";

/** A measure with its bodies, funding, indicators and state. */
export type Measure = MeasureDetail;

/** A report in a measure's history. */
export type ReportItem = MeasureReportRow;

/** A report of the history with its values and spending (GET /reports/{id} merged into its row). */
export type ReportDetail = MeasureReportRow & Pick<Report, "values" | "spending">;

export type { AuditEntry };

/** One measure (guests too, for a published program). */
export function useMeasure(id: number) {
  return useQuery({
    queryKey: ["measure", id],
    queryFn: ({ signal }) => api.get<Measure>(`/measures/${id}`, undefined, signal),
  });
}

/** A measure's report history (signed-in users). */
export function useMeasureReports(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ["measure", id, "reports"],
    queryFn: ({ signal }) => api.get<Page<ReportItem>>(`/measures/${id}/reports`, { pageSize: 200 }, signal),
    enabled,
  });
}

/** The details (values, spending) of the accepted lead reports, for the targets-vs-actuals chart. */
export function useReportDetails(reports: ReportItem[]) {
  return useQueries({
    queries: reports.map((r) => ({
      queryKey: ["report", r.id, r.rowVersion],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<Report>(`/reports/${r.id}`, undefined, signal),
      staleTime: Number.POSITIVE_INFINITY,
    })),
  });
}

/** A measure's audit trail (planners and admins; others get 403). */
export function useMeasureAudit(id: number, enabled: boolean, page: number) {
  return useQuery({
    queryKey: ["audit", "measure", id, page],
    queryFn: ({ signal }) =>
      api.get<Page<AuditEntry>>("/audit", { entity: "measure", entityId: id, page, pageSize: 20 }, signal),
    enabled,
  });
}
