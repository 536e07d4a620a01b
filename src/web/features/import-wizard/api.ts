/** Preview an upload, teach a body an alias, read the current plan, save the reviewed plan. */
import type { Plan } from "../../../domain/plan.ts";
import type { PlanDiff } from "../../../domain/plan-diff.ts";
import { api } from "../../lib/api-client.ts";

/** A warning of the importer; `measure` is the row's index when it concerns one. */
export interface ImportWarning {
  measure?: number;
  code: string;
  message: string;
}

/** What POST /imports answers. */
export interface Preview {
  plan: Plan;
  warnings: ImportWarning[];
  unmatchedBodies: string[];
  diff?: PlanDiff;
}

/** Reads a document (or pasted text, sent as a .txt file) without saving. */
export function previewImport(file: File, territoryId: number, programId?: number) {
  const form = new FormData();
  form.append("file", file);
  form.append("territoryId", String(territoryId));
  if (programId !== undefined) form.append("programId", String(programId));
  return api.post<Preview>("/imports", form);
}

/** Links measures naming `alias` to the organization. */
export function addAlias(organizationId: number, alias: string) {
  return api.post<unknown>(`/organizations/${organizationId}/aliases`, { alias });
}

/** The program's current plan (plan/v1), to diff an edited plan against. */
export function currentPlan(programId: number) {
  return api.get<Plan>(`/programs/${programId}/export`, { format: "json" });
}

/** Saves as a new program, or with programId as its next version. */
export function savePlan(input: { territoryId: number; plan: Plan; programId?: number; sourceName: string }) {
  return api.post<{ programId: number; version: number }>("/imports/save", input);
}
