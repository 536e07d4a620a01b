/** The planner's queries and writes: reports of a program and period, periods, reporting rate. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  BodyRate,
  ManualReminder,
  Period,
  ReportAttachment,
  ReportBatch,
  ReportingRate,
  ReportRow,
} from "../../../domain/views.ts";
import { api, type Page } from "../../lib/api-client.ts";

export type { BodyRate, ReportingRate };

/** The quarters of a program. */
export function usePeriods(programId: number | null) {
  return useQuery({
    queryKey: ["periods", programId],
    queryFn: ({ signal }) =>
      api.get<Page<Period>>(`/programs/${programId}/periods`, { pageSize: 100 }, signal),
    enabled: programId !== null,
  });
}

/** A page of a program's reports in a period, by step and body. */
export function useProgramReports(
  programId: number | null,
  query: { period: string; workflow?: string; organization?: number; page: number },
) {
  return useQuery({
    queryKey: ["review", programId, query],
    queryFn: ({ signal }) =>
      api.get<Page<ReportRow>>(`/programs/${programId}/reports`, { ...query, pageSize: 50 }, signal),
    enabled: programId !== null && query.period !== "",
    placeholderData: keepPreviousData,
  });
}

/** Who has (not) reported in a period. */
export function useReportingRate(programId: number | null, period: string) {
  return useQuery({
    queryKey: ["reporting-rate", programId, period],
    queryFn: ({ signal }) =>
      api.get<ReportingRate>(`/programs/${programId}/reporting-rate`, { period }, signal),
    enabled: programId !== null && period !== "",
  });
}

/** Accepts or returns several reports (all or nothing); refreshes the queue and the rate. */
export function useReview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { ids: number[]; action: "accept" | "return"; comment?: string }) =>
      api.post<ReportBatch>("/reports/batch", input),
    onSuccess: () => invalidate(client),
  });
}

/** Opens or closes a quarter. */
export function usePeriodChange(programId: number | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { period: string; action: "open" | "close" }) =>
      api.post<Period>(`/programs/${programId}/periods/${input.period}/${input.action}`),
    onSuccess: () => invalidate(client),
  });
}

/** Reminds one body of its reports still owed in an open period (e-mail and the bell of its people). */
export function useRemindBody(programId: number, period: string) {
  return useMutation({
    mutationFn: (organizationId: number) =>
      api.post<ManualReminder>(`/programs/${programId}/periods/${period}/reminders`, { organizationId }),
  });
}

/** Shows a photo on the public portal or hides it (the program's planner); refreshes its report. */
export function useAttachmentPublic() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number; rowVersion: number; public: boolean }) =>
      api.patch<ReportAttachment>(
        `/attachments/${input.id}`,
        { public: input.public },
        `"${input.rowVersion}"`,
      ),
    onSettled: () => void client.invalidateQueries({ queryKey: ["report"] }),
  });
}

function invalidate(client: ReturnType<typeof useQueryClient>) {
  for (const key of ["review", "reporting-rate", "periods", "report", "my-reports", "dashboard", "program"])
    void client.invalidateQueries({ queryKey: [key] });
}
