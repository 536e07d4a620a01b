/**
 * What an IATI 2.03 activity of one program is made of (plain data, gathered by
 * src/operations/exchange/gather-iati.ts), and the codes it uses. The codes are from the IATI 2.03
 * codelists (OrganisationRole, ActivityStatus, ActivityDateType, ResultType, IndicatorMeasure,
 * BudgetType, BudgetStatus, OrganisationType); docs/decisions/014-open-data.md says why each.
 */

/**
 * The prefix of the local government's organisation identifier. No registration agency for Kyrgyz
 * local governments was found in the IATI org-id codelist, so this is a PLACEHOLDER ("XX" is no
 * country): a publisher replaces it with its registered identifier before publishing to IATI.
 */
export const IATI_ORG_PREFIX = "XX-SOATE";

/** OrganisationRole: who funds, who answers for, who carries out the activity. */
export const ROLE = { funding: "1", accountable: "2", implementing: "4" } as const;

/** OrganisationType 10: Government (a local government is a public authority). */
export const GOVERNMENT = "10";

/** A numeric target of a measure and what accepted reports said of it, quarter by quarter. */
export interface IatiIndicator {
  unit: string;
  baseline: number | null;
  target: number;
  /** The accepted value of each quarter that has one (the last accepted report of the quarter). */
  actuals: { year: number; quarter: number; value: number }[];
}

/** A measure with numeric targets: an IATI result (an output) with one indicator per target. */
export interface IatiResult {
  measureNumber: string | null;
  action: string;
  indicators: IatiIndicator[];
}

/** One published program as an IATI activity. */
export interface IatiActivity {
  programId: number;
  title: string;
  language: "ky" | "ru";
  territory: { code: string; nameKy: string; nameRu: string };
  periodFrom: number;
  periodTo: number;
  status: "approved" | "archived";
  approvalDate: string | null;
  measures: number;
  /** Responsible bodies by name (the linked organization's name when there is one). */
  bodies: string[];
  /** Planned money by funding source code (only sources with a planned sum). */
  funding: { code: string; planned: number }[];
  results: IatiResult[];
}

/**
 * ActivityStatus of a program on `today`: an archived program is closed (4); an approved one is in
 * the pipeline (1) before its first year, implemented (2) during its years, finalising (3) after.
 */
export function activityStatusOf(a: Pick<IatiActivity, "status" | "periodFrom" | "periodTo">, today: string) {
  if (a.status === "archived") return "4";
  const year = Number(today.slice(0, 4));
  if (year < a.periodFrom) return "1";
  return year > a.periodTo ? "3" : "2";
}

/** The reporting organisation's identifier: the prefix and the territory's СОАТЕ code. */
export function orgRefOf(territoryCode: string, prefix = IATI_ORG_PREFIX): string {
  return `${prefix}-${territoryCode}`;
}
