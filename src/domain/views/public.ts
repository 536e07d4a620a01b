/**
 * The shapes of the citizens' portal (server-rendered pages under /public) and of a program's plan
 * history. Only what may be shown to anyone: published, approved programs; accepted reports; public
 * photos; bodies by name — never a person's name except a feedback author who agreed to it.
 */
import { z } from "zod";
import { FormulaSchema } from "./formula.ts";
import { PlanDiffSchema } from "./imports.ts";

const Names = { nameKy: z.string(), nameRu: z.string() };

/** A territory of the portal's tree (pre-order), with its own and its subtree's published programs. */
export const PublicTerritoryNodeSchema = z.object({
  code: z.string(),
  ...Names,
  depth: z.number().int(),
  own: z.number().int(),
  total: z.number().int(),
});
export type PublicTerritoryNode = z.infer<typeof PublicTerritoryNodeSchema>;

/** A published program in a territory's list. */
export const PublicProgramItemSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  territory: z.object(Names),
  periodFrom: z.number().int(),
  periodTo: z.number().int(),
  measures: z.number().int(),
  percent: z.number(),
});
export type PublicProgramItem = z.infer<typeof PublicProgramItemSchema>;

/** A territory's page: where it is, and the published programs of it and below it. */
export const PublicTerritorySchema = z.object({
  territory: z.object({ code: z.string(), ...Names }),
  parents: z.array(z.object({ code: z.string(), ...Names })),
  programs: z.array(PublicProgramItemSchema),
});
export type PublicTerritory = z.infer<typeof PublicTerritorySchema>;

/** A program's header on the portal. */
export const PublicProgramHeaderSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  territory: z.object({ code: z.string(), ...Names }),
  periodFrom: z.number().int(),
  periodTo: z.number().int(),
  approvalNumber: z.string().nullable(),
  approvalDate: z.string().nullable(),
  status: z.enum(["approved", "archived"]),
  progressWeighting: z.enum(["equal", "cost"]),
  currentVersion: z.number().int(),
});
export type PublicProgramHeader = z.infer<typeof PublicProgramHeaderSchema>;

/** A measure as the portal shows it; bodies are organizations, by name. */
export const PublicMeasureSchema = z.object({
  id: z.number().int(),
  sectionId: z.number().int().nullable(),
  number: z.string().nullable(),
  task: z.string(),
  action: z.string(),
  deadline: z.string(),
  result: z.string(),
  status: z.string(),
  percent: z.number(),
  bodies: z.array(z.string()),
  funding: z.array(z.object({ code: z.string(), planned: z.number().nullable() })),
});
export type PublicMeasure = z.infer<typeof PublicMeasureSchema>;

/** What a body reported as done on a measure in a quarter — accepted reports only. */
export const PublicReportSchema = z.object({
  measureId: z.number().int(),
  period: z.string(),
  body: z.string(),
  status: z.string(),
  percent: z.number(),
  doneText: z.string(),
});
export type PublicReport = z.infer<typeof PublicReportSchema>;

/** A photo a planner made public, from an accepted report. */
export const PublicPhotoSchema = z.object({
  id: z.number().int(),
  measureId: z.number().int(),
  period: z.string(),
  fileName: z.string(),
});
export type PublicPhoto = z.infer<typeof PublicPhotoSchema>;

/** A published question with its official answer; the author's name only with consent. */
export const PublicFeedbackSchema = z.object({
  id: z.number().int(),
  measureId: z.number().int().nullable(),
  body: z.string(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
export type PublicFeedback = z.infer<typeof PublicFeedbackSchema>;

/** A meeting with residents as shown publicly. */
export const PublicMeetingSchema = z.object({
  heldOn: z.string(),
  place: z.string(),
  participants: z.number().int(),
  questions: z.string(),
  measureIds: z.array(z.number().int()),
});
export type PublicMeeting = z.infer<typeof PublicMeetingSchema>;

/** Everything the public page of a program shows. */
export const PublicProgramSchema = z.object({
  program: PublicProgramHeaderSchema,
  totals: z.object({
    measures: z.number().int(),
    percent: z.number(),
    overdue: z.number().int(),
    formula: FormulaSchema,
  }),
  byStatus: z.array(z.object({ status: z.string(), measures: z.number().int() })),
  byFunding: z.array(z.object({ code: z.string(), planned: z.number(), spent: z.number() })),
  sections: z.array(z.object({ id: z.number().int(), code: z.string().nullable(), title: z.string() })),
  measures: z.array(PublicMeasureSchema),
  reports: z.array(PublicReportSchema),
  photos: z.array(PublicPhotoSchema),
  feedback: z.array(PublicFeedbackSchema),
  meetings: z.array(PublicMeetingSchema),
});
export type PublicProgram = z.infer<typeof PublicProgramSchema>;

/** One version of a program in its history, with its counts of changed measures. */
export const VersionSummarySchema = z.object({
  number: z.number().int(),
  sourceName: z.string().nullable(),
  createdAt: z.iso.datetime(),
  added: z.number().int(),
  changed: z.number().int(),
  removed: z.number().int(),
});
export type VersionSummary = z.infer<typeof VersionSummarySchema>;

/** The difference between two versions of a program: measures added, removed, changed field by field. */
export const VersionDiffSchema = z
  .object({ from: z.number().int(), to: z.number().int(), diff: PlanDiffSchema })
  .meta({ id: "VersionDiff" });
export type VersionDiff = z.infer<typeof VersionDiffSchema>;

/** A program's history: every version and the diff between the two chosen ones. */
export const PublicHistorySchema = z.object({
  program: PublicProgramHeaderSchema,
  versions: z.array(VersionSummarySchema),
  diff: VersionDiffSchema.nullable(),
});
export type PublicHistory = z.infer<typeof PublicHistorySchema>;

/** Everything the public page of a measure shows. */
export const PublicMeasurePageSchema = z.object({
  program: PublicProgramHeaderSchema,
  section: z.object({ code: z.string().nullable(), title: z.string() }).nullable(),
  measure: PublicMeasureSchema,
  reports: z.array(PublicReportSchema),
  photos: z.array(PublicPhotoSchema),
  feedback: z.array(PublicFeedbackSchema),
});
export type PublicMeasurePageData = z.infer<typeof PublicMeasurePageSchema>;
