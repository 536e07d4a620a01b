import { createRoute, z } from "@hono/zod-openapi";
import { isoDate } from "../../domain/quarter.ts";
import { CONTENT_TYPES, REPORT_FORMATS } from "../../domain/report-formats.ts";
import { buildReportFile } from "../../operations/exchange/build-report.ts";
import type { ApiApp } from "../context.ts";
import { errors, IdParam } from "./report-schemas.ts";

const binary = { schema: z.string().openapi({ format: "binary" }) };
const ReportQuery = z.object({
  period: z
    .string()
    .regex(/^\d{4}(-Q[1-4])?$/)
    .openapi({ example: "2026-Q2", description: "a quarter, or a year (2026) for the annual report" }),
  format: z.enum(REPORT_FORMATS).default("pdf"),
  lang: z
    .enum(["ky", "ru"])
    .default("ky")
    .openapi({ description: "labels' language; the plan's text stays as written" }),
});

const official = createRoute({
  method: "get",
  path: "/api/v1/programs/{id}/reports/official",
  tags: ["reports"],
  summary:
    "The official implementation report (title block, summary with chart, action table by section) as DOCX, XLSX or PDF",
  request: { params: IdParam, query: ReportQuery },
  responses: {
    200: {
      description: "the report file, as an attachment named report-<id>-<period>-<lang>.<format>",
      content: Object.fromEntries(Object.values(CONTENT_TYPES).map((type) => [type, binary])),
    },
    ...errors(400, 401, 403, 404),
  },
});

/** The official report of a program for a quarter or a year (program.read over its territory). */
export function officialReportRoutes(app: ApiApp): void {
  app.openapi(official, async (c) => {
    const { period, format, lang } = c.req.valid("query");
    const today = isoDate(c.get("deps").today());
    const file = await buildReportFile(c.get("deps").db, c.get("actor"), c.req.valid("param").id, {
      period,
      format,
      lang,
      today,
    });
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "x-content-type-options": "nosniff",
    });
  });
}
