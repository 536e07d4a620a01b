/**
 * The portal's pages as HTML text: each reads its data (the operations beside this file) and
 * renders it with src/reports/public-pages — the doors only send what these return.
 */
import type { Db } from "../../db/connect.ts";
import type { PortalLang } from "../../domain/portal-link.ts";
import { historyPage } from "../../reports/public-pages/history-page.ts";
import { measurePage } from "../../reports/public-pages/measure-page.ts";
import { messagePage } from "../../reports/public-pages/message-page.ts";
import { programPage } from "../../reports/public-pages/program-page.ts";
import { territoryPage } from "../../reports/public-pages/territory-page.ts";
import { treePage } from "../../reports/public-pages/tree-page.ts";
import { getPublicHistory } from "./get-public-history.ts";
import { getPublicMeasure } from "./get-public-measure.ts";
import { getPublicProgram } from "./get-public-program.ts";
import { getPublicTerritory } from "./get-public-territory.ts";
import { getPublicTree } from "./get-public-tree.ts";

/** /public: the territory tree. */
export async function treeHtml(db: Db, lang: PortalLang): Promise<string> {
  return treePage(lang, await getPublicTree(db)).value;
}

/** /public/territories/{code}. */
export async function territoryHtml(db: Db, lang: PortalLang, code: string): Promise<string> {
  return territoryPage(lang, await getPublicTerritory(db, code)).value;
}

/** /public/programs/{id}, as of `today` (overdue counts). */
export async function programHtml(
  db: Db,
  lang: PortalLang,
  programId: number,
  today: string,
): Promise<string> {
  return programPage(lang, await getPublicProgram(db, programId, today)).value;
}

/** /public/programs/{id}/measures/{measureId}. */
export async function measureHtml(db: Db, lang: PortalLang, programId: number, measureId: number) {
  return measurePage(lang, await getPublicMeasure(db, programId, measureId)).value;
}

/** /public/programs/{id}/history?from=&to=. */
export async function historyHtml(
  db: Db,
  lang: PortalLang,
  programId: number,
  wanted: { from?: number | undefined; to?: number | undefined },
): Promise<string> {
  return historyPage(lang, await getPublicHistory(db, programId, wanted)).value;
}

/** A short page: thanks for a question, its refusal, or not found. */
export function messageHtml(
  lang: PortalLang,
  kind: "thanks" | "tooMany" | "invalid" | "notFound",
  back?: string,
): string {
  return messagePage(lang, kind, back).value;
}
