/**
 * The shapes of everything the API answers, declared once as zod schemas (types inferred from
 * them): the routes put them in the OpenAPI document, the operations are typed by them and the
 * web application (which imports src/domain only) reads its answers as them.
 */
export * from "./views/bodies.ts";
export * from "./views/dashboard.ts";
export * from "./views/formula.ts";
export * from "./views/imports.ts";
export * from "./views/measures.ts";
export * from "./views/notifications.ts";
export * from "./views/page.ts";
export * from "./views/programs.ts";
export * from "./views/reports.ts";
export * from "./views/rollup.ts";
export * from "./views/socio-indicators.ts";
export * from "./views/users.ts";
