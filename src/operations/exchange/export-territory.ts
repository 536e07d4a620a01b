/**
 * Open data of a territory: every published, approved program of its subtree in one file — the
 * program export's columns (export-table.ts), each row led by its program and territory.
 */
import type { Db } from "../../db/connect.ts";
import { type Plan, PlanSchema } from "../../domain/plan.ts";
import { loadProgram } from "../programs/program-access.ts";
import { getPublicTerritory } from "../public/get-public-territory.ts";
import { type ExportFile, programTable, TABLE_TYPES, type TableFormat } from "./export-program.ts";
import { type ExportRow, TABLE_WIDTHS, tableHeader, toCsv, toXlsx } from "./export-table.ts";

const LEADING = {
  ky: ["Программанын №", "Программа", "Аймак"],
  ru: ["№ программы", "Программа", "Территория"],
};

/** One program of the territory file: who, where, its plan (without people's names) and states. */
interface TerritoryProgram {
  id: number;
  title: string;
  territory: { nameKy: string; nameRu: string };
  periodFrom: number;
  periodTo: number;
  plan: Plan;
  progress: { status: string; percent: number }[];
}

/** The published programs of a territory and below it as CSV, JSON or XLSX; not_found for no such code. */
export async function exportTerritoryPrograms(
  db: Db,
  code: string,
  format: TableFormat,
  lang: "ky" | "ru" = "ky",
): Promise<ExportFile> {
  const { territory, programs } = await getPublicTerritory(db, code);
  const fileName = `territory-${territory.code}-programs.${format}`;
  const contentType = TABLE_TYPES[format];
  const rows: ExportRow[] = [];
  const listed: TerritoryProgram[] = [];
  for (const p of programs) {
    const table = await programTable(db, await loadProgram(db, p.id));
    const place = lang === "ky" ? p.territory.nameKy : p.territory.nameRu;
    for (const row of table.rows) rows.push([p.id, p.title, place, ...row]);
    const plan = PlanSchema.parse({ ...table.plan, signatories: [] });
    const { id, title, territory: where, periodFrom, periodTo } = p;
    listed.push({ id, title, territory: where, periodFrom, periodTo, plan, progress: table.states });
  }
  if (format === "json") {
    const body = { format: "territory-programs/v1", territory, programs: listed };
    return { fileName, contentType, body: new TextEncoder().encode(`${JSON.stringify(body, null, 2)}\n`) };
  }
  const header = [...LEADING[lang], ...tableHeader(lang)];
  if (format === "csv") return { fileName, contentType, body: new TextEncoder().encode(toCsv(header, rows)) };
  const title = lang === "ky" ? territory.nameKy : territory.nameRu;
  return { fileName, contentType, body: await toXlsx(title, header, rows, [8, 30, 20, ...TABLE_WIDTHS]) };
}
