/**
 * The route table: every screen is a lazily loaded chunk (code-split by route). A new screen adds
 * one line here and, when it belongs in the menu, one line in NAV.
 */
import type { ComponentType } from "react";
import "../features/nav-labels.ts";

/** A screen at a path, loaded when first visited. */
export interface AppRoute {
  path: string;
  load: () => Promise<{ default: ComponentType }>;
}

/** A menu entry; `roles` hides it from users without one of them (absent: everyone, guests too). */
export interface NavItem {
  to: string;
  label: string;
  roles?: ("admin" | "planner" | "executor" | "viewer")[];
}

const screen =
  <M,>(load: () => Promise<M>, pick: (m: M) => ComponentType) =>
  () =>
    load().then((m) => ({ default: pick(m) }));

/** Every screen of the app by path. */
export const ROUTES: AppRoute[] = [
  {
    path: "/login",
    load: screen(
      () => import("../features/auth/components/login-page.tsx"),
      (m) => m.LoginPage,
    ),
  },
  {
    path: "/programs",
    load: screen(
      () => import("../features/programs/components/programs-page.tsx"),
      (m) => m.ProgramsPage,
    ),
  },
  {
    path: "/programs/:id",
    load: screen(
      () => import("../features/programs/components/program-page.tsx"),
      (m) => m.ProgramPage,
    ),
  },
  {
    path: "/programs/:id/print",
    load: screen(
      () => import("../features/programs/components/print-page.tsx"),
      (m) => m.PrintPage,
    ),
  },
  {
    path: "/measures/:id",
    load: screen(
      () => import("../features/measures/components/measure-page.tsx"),
      (m) => m.MeasurePage,
    ),
  },
  {
    path: "/public",
    load: screen(
      () => import("../features/public/components/public-list-page.tsx"),
      (m) => m.PublicListPage,
    ),
  },
  {
    path: "/public/programs/:id",
    load: screen(
      () => import("../features/public/components/public-program-page.tsx"),
      (m) => m.PublicProgramPage,
    ),
  },
  {
    path: "/my-reports",
    load: screen(
      () => import("../features/my-reports/components/my-reports-page.tsx"),
      (m) => m.MyReportsPage,
    ),
  },
  {
    path: "/review",
    load: screen(
      () => import("../features/review/components/review-page.tsx"),
      (m) => m.ReviewPage,
    ),
  },
  {
    path: "/dashboard",
    load: screen(
      () => import("../features/dashboard/components/dashboard-page.tsx"),
      (m) => m.DashboardPage,
    ),
  },
  {
    path: "/import",
    load: screen(
      () => import("../features/import-wizard/components/import-page.tsx"),
      (m) => m.ImportPage,
    ),
  },
  {
    path: "/admin",
    load: screen(
      () => import("../features/admin/components/admin-page.tsx"),
      (m) => m.AdminPage,
    ),
  },
];

/** The main menu, in order. */
export const NAV: NavItem[] = [
  { to: "/programs", label: "nav.programs" },
  { to: "/my-reports", label: "reportingNav:myReports", roles: ["executor", "admin"] },
  { to: "/review", label: "reportingNav:review", roles: ["planner", "admin"] },
  { to: "/dashboard", label: "reportingNav:dashboard", roles: ["planner", "admin", "viewer", "executor"] },
  { to: "/import", label: "reportingNav:imports", roles: ["planner", "admin"] },
  { to: "/admin", label: "reportingNav:admin", roles: ["admin"] },
];
