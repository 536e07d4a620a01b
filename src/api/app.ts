import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../domain/errors.ts";
import type { ApiApp, ApiDeps, ApiEnv } from "./context.ts";
import { docsPage } from "./docs-page.ts";
import { errorResponse } from "./errors.ts";
import { attachmentRoutes } from "./routes/attachments.ts";
import { auditRoutes } from "./routes/audit.ts";
import { authRoutes } from "./routes/auth.ts";
import { dashboardRoutes } from "./routes/dashboard.ts";
import { feedbackRoutes } from "./routes/feedback.ts";
import { importRoutes } from "./routes/imports.ts";
import { indicatorRoutes } from "./routes/indicators.ts";
import { measureRoutes } from "./routes/measures.ts";
import { meetingRoutes } from "./routes/meetings.ts";
import { notificationRoutes } from "./routes/notifications.ts";
import { officialReportRoutes } from "./routes/official-reports.ts";
import { organizationRoutes } from "./routes/organizations.ts";
import { outboxRoutes } from "./routes/outbox.ts";
import { periodRoutes } from "./routes/periods.ts";
import { programHistoryRoutes } from "./routes/program-history.ts";
import { programRoutes } from "./routes/programs.ts";
import { publicDataRoutes } from "./routes/public-data.ts";
import { publicFeedbackRoutes } from "./routes/public-feedback.ts";
import { publicNotFoundRoute, publicPageRoutes } from "./routes/public-pages.ts";
import { reportRoutes } from "./routes/reports.ts";
import { territoryRoutes } from "./routes/territories.ts";
import { unsubscribeRoutes } from "./routes/unsubscribe.ts";
import { uploadRoutes } from "./routes/uploads.ts";
import { userRoleRoutes } from "./routes/user-roles.ts";
import { userRoutes } from "./routes/users.ts";
import { sessionMiddleware } from "./session.ts";

/** JSON bodies above this are refused; uploads have their own, larger limit on their route. */
export const JSON_BODY_LIMIT = 1024 * 1024;
export const UPLOAD_BODY_LIMIT = 20 * 1024 * 1024;

/** Every resource's routes, added in this order. */
const ROUTES: ((app: ApiApp) => void)[] = [
  authRoutes,
  territoryRoutes,
  organizationRoutes,
  programHistoryRoutes, // before programRoutes: /versions/diff is not /versions/{number}
  programRoutes,
  importRoutes,
  measureRoutes,
  periodRoutes,
  reportRoutes,
  attachmentRoutes,
  uploadRoutes,
  dashboardRoutes,
  officialReportRoutes,
  userRoutes,
  userRoleRoutes,
  auditRoutes,
  notificationRoutes,
  outboxRoutes,
  unsubscribeRoutes,
  indicatorRoutes,
  feedbackRoutes,
  meetingRoutes,
  publicFeedbackRoutes,
  publicDataRoutes, // open-data downloads and /public/data, before the portal's pages
  publicPageRoutes,
  publicNotFoundRoute, // last: the portal's 404 for anything else under /public
];

/** The HTTP application without listen(): tests call app.request(), the server serves it. */
export function createApp(deps: ApiDeps): ApiApp {
  const app: ApiApp = new OpenAPIHono<ApiEnv>({
    defaultHook: (result) => {
      if (!result.success)
        throw new AppError("invalid_input", "the request does not match the schema", result.error.issues);
    },
  });
  app.onError(errorResponse);
  app.notFound((c) => c.json({ code: "not_found", message: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.use("/api/*", async (c, next) => {
    c.set("deps", deps);
    await next();
  });
  // The citizens' portal (server-rendered, no session, no cookies) needs the same dependencies.
  app.use("/public/*", async (c, next) => {
    c.set("deps", deps);
    await next();
  });
  // the unsubscribe link of reminder e-mails lives outside /api (it answers a page, not JSON)
  app.use("/unsubscribe/*", async (c, next) => {
    c.set("deps", deps);
    await next();
  });
  app.use("/api/*", async (c, next) => {
    const type = c.req.header("content-type") ?? "";
    // a multipart file, or the bytes of a resumable (tus) upload
    const upload = type.startsWith("multipart/") || type.startsWith("application/offset+octet-stream");
    const limit = upload ? UPLOAD_BODY_LIMIT : JSON_BODY_LIMIT;
    return bodyLimit({
      maxSize: limit,
      onError: () => {
        const limitMb = limit / 1024 / 1024;
        throw new AppError("too_large", `the request body is larger than ${limitMb} MB`, undefined, {
          limitMb,
        });
      },
    })(c, next);
  });
  app.use("/api/*", sessionMiddleware());
  for (const add of ROUTES) add(app);
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Development programs API", version: "1" },
  });
  app.get("/api/docs", (c) => c.html(docsPage("/api/openapi.json")));
  return app;
}
