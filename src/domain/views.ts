/**
 * The shapes of what the API returns for lists, shared by the operations that build them and the
 * web application that shows them (the web imports src/domain only).
 */

/** A program in the list, with its progress figures. */
export interface ProgramListItem {
  id: number;
  title: string;
  territory: { id: number; nameKy: string; nameRu: string };
  period: { from: number; to: number };
  language: "ky" | "ru";
  status: "draft" | "approved" | "archived";
  published: boolean;
  version: number;
  measureCount: number;
  progress: number;
  overdue: number;
}

/** A measure in the list with its state. */
export interface MeasureListItem {
  id: number;
  sectionId: number | null;
  number: string | null;
  task: string;
  action: string;
  deadline: { text: string; from: string | null; to: string | null; repeat: "yearly" | "ongoing" | null };
  result: string;
  responsible: string[];
  status: string;
  percent: number;
  overdue: boolean;
  removedInVersion: number | null;
}

/** One body's reporting in a period. */
export interface BodyRate {
  organizationId: number;
  name: string;
  expected: number;
  submitted: number;
  accepted: number;
  returned: number;
  draft: number;
  /** Measures with no report, or only a draft or a returned one, from this body. */
  notReported: number[];
}
