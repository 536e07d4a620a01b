/** A measure, its report history with values, and its audit trail, as TanStack queries. */
import { useQueries, useQuery } from "@tanstack/react-query";
import { api, type Page } from "../../lib/api-client.ts";

/** A measure with its bodies, funding, indicators and state. */
export interface Measure {
  id: number;
  programId: number;
  section: { id: number; code: string | null; title: string } | null;
  position: number;
  number: string | null;
  task: string;
  action: string;
  deadline: { text: string; from: string | null; to: string | null; repeat: "yearly" | "ongoing" | null };
  result: string;
  cost: { amount: number; currency?: string; text?: string } | null;
  bodies: { id: number; name: string; role: "lead" | "co"; organizationId: number | null }[];
  funding: { code: string; text: string; planned: number | null }[];
  indicators: { id: number; unit: string; baseline: number | null; target: number; cumulative: boolean }[];
  state: { status: string; percent: number; done: boolean; spent: number; firstOpenYear: number | null };
  addedInVersion: number;
  removedInVersion: number | null;
  rowVersion: number;
}

/** A report in a measure's history. */
export interface ReportItem {
  id: number;
  organizationId: number;
  organizationName: string;
  status: string;
  percent: number;
  doneText: string;
  delayReason: string;
  workflow: "draft" | "submitted" | "accepted" | "returned";
  resubmitted: boolean;
  reviewerComment: string | null;
  rowVersion: number;
  period: string;
  role: "lead" | "co";
}

/** One report with its values and spending. */
export interface ReportDetail extends ReportItem {
  values: { indicatorId: number; value: number }[];
  spending: { code: string; amount: number }[];
}

/** An entry of the audit trail. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
}

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
        api.get<ReportDetail>(`/reports/${r.id}`, undefined, signal),
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
