/** What my organization reports on in the open quarter, and the report writes (save, submit; attach: resumable-upload.ts). */
import { useQuery } from "@tanstack/react-query";
import { parseQuarter, quarterEnd, quarterStart } from "../../../domain/quarter.ts";
import type { MeasureParts, Period, Report, ReportBatch, ReportRow } from "../../../domain/views.ts";
import { api, type Page } from "../../lib/api-client.ts";
import type { MeasureRow, ProgramListItem } from "../programs/api.ts";

export type { MeasureParts, Period, Report, ReportRow };

/** What the executor writes. */
export interface ReportInput {
  status: string;
  percent: number;
  doneText: string;
  delayReason: string;
  values: { indicatorId: number; value: number }[];
  spending: { code: string; amount: number }[];
}

/** One measure to report on, with the report made so far (if any). */
export interface Task {
  program: ProgramListItem;
  period: string;
  /** my organization, which writes this report */
  organizationId: number;
  measure: MeasureRow;
  report: ReportRow | null;
}

/** True when a measure's deadline touches the quarter (the server's "expected" rule). */
export function activeIn(measure: MeasureRow, periodKey: string): boolean {
  const { from, to, repeat } = measure.deadline;
  if (repeat !== null) return true;
  const a = from ?? to;
  const b = to ?? from;
  if (a === null || b === null) return true;
  const q = parseQuarter(periodKey);
  return a <= quarterEnd(q) && b >= quarterStart(q);
}

async function all<T>(path: string, query: Record<string, string | number>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page < 50; page++) {
    const got = await api.get<Page<T>>(path, { ...query, page, pageSize: 200 });
    items.push(...got.items);
    if (items.length >= got.total || got.items.length === 0) break;
  }
  return items;
}

async function tasksOf(organizationId: number): Promise<{ tasks: Task[]; periods: string[] }> {
  const programs = await all<ProgramListItem>("/programs", {});
  const tasks: Task[] = [];
  const periods = new Set<string>();
  for (const program of programs) {
    // Published programs of other territories are listed too; my organization has no measures
    // there, and their reports are not mine to read.
    const measures = await all<MeasureRow>(`/programs/${program.id}/measures`, {
      organization: organizationId,
    });
    if (measures.length === 0) continue;
    const open = (await all<Period>(`/programs/${program.id}/periods`, {})).filter(
      (p) => p.status === "open",
    );
    if (open.length === 0) continue;
    for (const period of open) {
      periods.add(period.key);
      const reports = await all<ReportRow>(`/programs/${program.id}/reports`, {
        period: period.key,
        organization: organizationId,
      });
      const byMeasure = new Map(reports.map((r) => [r.measureId, r]));
      for (const measure of measures) {
        const report = byMeasure.get(measure.id) ?? null;
        if (report || activeIn(measure, period.key))
          tasks.push({ program, period: period.key, organizationId, measure, report });
      }
    }
  }
  // Returned reports first: they wait for the executor.
  tasks.sort((a, b) => Number(b.report?.workflow === "returned") - Number(a.report?.workflow === "returned"));
  return { tasks, periods: [...periods].sort() };
}

/** The measures my organization reports on in every open period. */
export function useMyTasks(organizationId: number | null) {
  return useQuery({
    queryKey: ["my-reports", organizationId],
    queryFn: () => tasksOf(organizationId ?? 0),
    enabled: organizationId !== null,
  });
}

/** One report with its ETag. */
export function useReport(id: number | null) {
  return useQuery({
    queryKey: ["report", id],
    queryFn: ({ signal }) => api.getTagged<Report>(`/reports/${id}`, signal),
    enabled: id !== null,
    staleTime: 0,
  });
}

/** The ETag of a row version. */
export const etagOf = (rowVersion: number) => `"${rowVersion}"`;

/** Saves the draft (creates it without If-Match, updates with it). */
export function saveReport(measureId: number, period: string, input: ReportInput, etag: string | null) {
  return api.put<Report>(`/measures/${measureId}/reports/${period}`, input, etag);
}

/** Submits, accepts or returns several reports at once (all or nothing). */
export function batchReports(ids: number[], action: "submit" | "accept" | "return", comment?: string) {
  return api.post<ReportBatch>("/reports/batch", { ids, action, comment });
}

/** Every body's part of a measure in a period (lead and co-executors), with the consolidated prefill. */
export function fetchParts(measureId: number, period: string, signal?: AbortSignal) {
  return api.get<MeasureParts>(`/measures/${measureId}/reports/${period}/parts`, undefined, signal);
}

/** The parts of a measure in a period, as they arrive. */
export function useParts(measureId: number, period: string, enabled = true) {
  return useQuery({
    queryKey: ["parts", measureId, period],
    queryFn: ({ signal }) => fetchParts(measureId, period, signal),
    enabled,
  });
}
