/**
 * IATI 2.03 activity XML of published programs: data in, an XML string out (no I/O). The elements
 * follow the order of the activity schema's sequence; fast-xml-parser's XMLBuilder escapes every
 * text and attribute. tests/fixtures/iati-schemas holds the schema the tests validate against.
 */
import { XMLBuilder } from "fast-xml-parser";
import { quarterEnd, quarterStart } from "../../domain/quarter.ts";
import { fundingLabel } from "../labels.ts";
import {
  activityStatusOf,
  GOVERNMENT,
  type IatiActivity,
  type IatiIndicator,
  type IatiResult,
  orgRefOf,
  ROLE,
} from "./iati-activity.ts";
import { descriptionOf, otherTitleOf } from "./iati-texts.ts";

/** Our own namespace for what IATI has no element for (the funding source of a budget). */
export const EXTENSION_NS = "urn:x-kg-development-programs:iati";

type Node = Record<string, unknown>;
const narrative = (text: string, lang?: string): Node =>
  lang ? { "#text": text, "@_xml:lang": lang } : { "#text": text };
const date = (iso: string): Node => ({ "@_iso-date": iso });
const startOf = (year: number) => `${year}-01-01`;
const endOf = (year: number) => `${year}-12-31`;
const amount = (n: number) => n.toFixed(2);

/** The iati-activities document of the given activities, as of `today` (the activity status). */
export function renderIati(activities: IatiActivity[], today: string): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    format: true,
    suppressEmptyNode: true,
  });
  return builder.build({
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    "iati-activities": {
      "@_version": "2.03",
      "@_xmlns:prog": EXTENSION_NS,
      "iati-activity": activities.map((a) => activityNode(a, today)),
    },
  });
}

function activityNode(a: IatiActivity, today: string): Node {
  const ref = orgRefOf(a.territory.code);
  const other = a.language === "ky" ? "ru" : "ky";
  const names = [narrative(a.territory.nameKy, "ky"), narrative(a.territory.nameRu, "ru")];
  return {
    "@_xml:lang": a.language,
    "@_default-currency": "KGS",
    "iati-identifier": `${ref}-P${a.programId}`,
    "reporting-org": { "@_ref": ref, "@_type": GOVERNMENT, narrative: names },
    title: { narrative: [narrative(a.title, a.language), narrative(otherTitleOf(a, other), other)] },
    description: { narrative: (["ky", "ru"] as const).map((l) => narrative(descriptionOf(a, l), l)) },
    "participating-org": [
      { "@_ref": ref, "@_role": ROLE.accountable, "@_type": GOVERNMENT, narrative: names },
      ...a.funding.map((f) => ({
        "@_role": ROLE.funding,
        narrative: [narrative(fundingLabel("ky", f.code), "ky"), narrative(fundingLabel("ru", f.code), "ru")],
      })),
      ...a.bodies.map((name) => ({ "@_role": ROLE.implementing, narrative: narrative(name) })),
    ],
    "activity-status": { "@_code": activityStatusOf(a, today) },
    "activity-date": [
      { "@_type": "1", "@_iso-date": startOf(a.periodFrom) }, // planned start
      { "@_type": "3", "@_iso-date": endOf(a.periodTo) }, // planned end
    ],
    "recipient-country": { "@_code": "KG" },
    budget: a.funding.map((f) => budgetNode(a, f)),
    result: a.results.map((r) => resultNode(a, r)),
  };
}

/**
 * One budget per funding source over the program's years: the plan gives a sum per source, not per
 * year, so the period is the program's (IATI advises periods of a year at most; see decision 014).
 */
function budgetNode(a: IatiActivity, f: IatiActivity["funding"][number]): Node {
  return {
    "@_type": "1", // original
    "@_status": "1", // indicative: a plan, not a signed commitment
    "period-start": date(startOf(a.periodFrom)),
    "period-end": date(endOf(a.periodTo)),
    value: {
      "#text": amount(f.planned),
      "@_currency": "KGS",
      "@_value-date": a.approvalDate ?? startOf(a.periodFrom),
    },
    "prog:funding-source": { "@_code": f.code, "#text": fundingLabel(a.language, f.code) },
  };
}

// A measure's targets are outputs (ResultType 1), counted in units (IndicatorMeasure 1).
function resultNode(a: IatiActivity, r: IatiResult): Node {
  const title = r.measureNumber ? `${r.measureNumber}. ${r.action}` : r.action;
  return {
    "@_type": "1",
    title: { narrative: narrative(title) },
    indicator: r.indicators.map((i) => indicatorNode(a, i)),
  };
}

function indicatorNode(a: IatiActivity, i: IatiIndicator): Node {
  const quarters = i.actuals.map((v) => ({
    "period-start": date(quarterStart(v)),
    "period-end": date(quarterEnd(v)),
    actual: { "@_value": String(v.value) },
  }));
  return {
    "@_measure": "1",
    "@_ascending": "1",
    title: { narrative: narrative(i.unit) },
    ...(i.baseline === null
      ? {}
      : { baseline: { "@_year": String(a.periodFrom), "@_value": String(i.baseline) } }),
    period: [
      {
        "period-start": date(startOf(a.periodFrom)),
        "period-end": date(endOf(a.periodTo)),
        target: { "@_value": String(i.target) },
      },
      ...quarters,
    ],
  };
}
