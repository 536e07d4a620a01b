/**
 * Open data for anyone, without a session: a published program as IATI 2.03 XML, CSV, JSON or
 * XLSX; a territory's published programs as CSV, JSON or XLSX; and /public/data, the page listing
 * every download with its licence (CC BY 4.0, docs/decisions/014-open-data.md). A draft, an
 * unpublished or a missing program is 404, as on the portal's pages.
 */
import { createHash } from "node:crypto";
import type { Context } from "hono";
import { AppError, isAppError } from "../../domain/errors.ts";
import type { PortalLang } from "../../domain/portal-link.ts";
import { isoDate } from "../../domain/quarter.ts";
import { exportPublicProgram, type TableFormat } from "../../operations/exchange/export-program.ts";
import { exportTerritoryPrograms } from "../../operations/exchange/export-territory.ts";
import { iatiFileOf } from "../../operations/exchange/gather-iati.ts";
import { listOpenData, type OpenDataList } from "../../operations/exchange/list-open-data.ts";
import type { ApiApp, ApiEnv } from "../context.ts";
import { langOf, matches, PUBLIC_CACHE, pageOrNotFound } from "./public-respond.ts";

/** The licence of every download, named and linked on the data page. */
export const LICENCE = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" };

const PROGRAM_FILE = "{[0-9]+\\.(?:iati\\.xml|csv|json|xlsx)}";
const TERRITORY_FILE = "{programs\\.(?:csv|json|xlsx)}";

/** A file with a strong ETag of its bytes (304 when the client has them) and the portal's cache. */
function sendFile(c: Context, file: { fileName: string; contentType: string; body: Uint8Array }): Response {
  const etag = `"${createHash("sha256").update(file.body).digest("base64url").slice(0, 27)}"`;
  const headers = {
    "content-type": file.contentType,
    "content-disposition": `attachment; filename="${file.fileName}"`,
    "cache-control": PUBLIC_CACHE,
    "access-control-allow-origin": "*", // open data: any site may read it
    "x-content-type-options": "nosniff",
    etag,
  };
  if (matches(c.req.header("if-none-match"), etag)) return c.body(null, 304, headers);
  return c.body(new Uint8Array(file.body), 200, headers);
}

/** Runs a download; not_found is a plain 404 (a file link, not a page). */
async function download(c: Context, work: () => Promise<Parameters<typeof sendFile>[1]>) {
  try {
    return sendFile(c, await work());
  } catch (error) {
    if (isAppError(error, "not_found")) return c.text("not found", 404);
    throw error;
  }
}

/** The open-data routes; added before the portal's pages (and its catch-all 404). */
export function publicDataRoutes(app: ApiApp): void {
  const db = (c: Context<ApiEnv>) => c.get("deps").db;
  app.get(`/public/programs/:file${PROGRAM_FILE}`, (c) => {
    const [id, ...rest] = c.req.param("file").split(".");
    const format = rest.join(".");
    const programId = Number(id);
    return download(c, async () => {
      // beyond the database's integer range no program exists
      if (programId > 2_147_483_647) throw new AppError("not_found", `no program ${id}`);
      if (format !== "iati.xml") return exportPublicProgram(db(c), programId, format as TableFormat);
      const xml = await iatiFileOf(db(c), programId, isoDate(c.get("deps").today()));
      const body = new TextEncoder().encode(xml);
      return {
        fileName: `program-${programId}.iati.xml`,
        contentType: "application/xml; charset=utf-8",
        body,
      };
    });
  });
  app.get(`/public/territories/:code/:file${TERRITORY_FILE}`, (c) => {
    const format = c.req.param("file").split(".")[1] as TableFormat;
    const lang = c.req.query("lang") === "ru" ? "ru" : "ky";
    return download(c, () => exportTerritoryPrograms(db(c), c.req.param("code"), format, lang));
  });
  app.get("/public/data", (c) =>
    pageOrNotFound(c, async () => dataPage(langOf(c), await listOpenData(db(c)))),
  );
}

const WORDS = {
  ky: {
    title: "Ачык маалыматтар",
    intro: "Жарыяланган программалардын бардык файлдары. Лицензия:",
    territories: "Аймактар боюнча (ал жана андан төмөнкү аймактардын бардык программалары)",
    programs: "Программалар боюнча",
    none: "Азырынча жарыяланган программа жок.",
  },
  ru: {
    title: "Открытые данные",
    intro: "Все файлы опубликованных программ. Лицензия:",
    territories: "По территориям (все программы территории и ниже)",
    programs: "По программам",
    none: "Опубликованных программ пока нет.",
  },
  en: {
    title: "Open data",
    intro: "Every file of the published programs. Licence:",
    territories: "By territory (every program of the territory and below it)",
    programs: "By program",
    none: "No program is published yet.",
  },
};

/** HTML-escapes a text for an element or a quoted attribute. */
function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const links = (base: string, formats: string[]) =>
  formats.map((f) => `<a href="${esc(`${base}.${f}`)}">${esc(f.toUpperCase())}</a>`).join(" · ");

/** The data page: every territory's and program's downloads, with the licence. */
function dataPage(lang: PortalLang, data: OpenDataList): string {
  const w = WORDS[lang];
  const name = (n: { nameKy: string; nameRu: string }) => (lang === "ky" ? n.nameKy : n.nameRu);
  const territories = data.territories.map(
    (t) =>
      `<li>${esc(name(t))} (${esc(t.code)}): ${links(`/public/territories/${encodeURIComponent(t.code)}/programs`, ["csv", "json", "xlsx"])}</li>`,
  );
  const programs = data.programs.map(
    (p) =>
      `<li>${esc(p.title)} — ${esc(name(p.territory))}, ${esc(p.periodFrom)}–${esc(p.periodTo)}: ${links(`/public/programs/${p.id}`, ["iati.xml", "csv", "json", "xlsx"])}</li>`,
  );
  const list = (items: string[]) =>
    items.length === 0 ? `<p>${esc(w.none)}</p>` : `<ul>${items.join("")}</ul>`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(w.title)}</title></head><body><main><h1>${esc(w.title)}</h1><p>${esc(w.intro)} <a rel="license" href="${esc(LICENCE.url)}">${esc(LICENCE.name)}</a></p><h2>${esc(w.territories)}</h2>${list(territories)}<h2>${esc(w.programs)}</h2>${list(programs)}</main></body></html>`;
}
