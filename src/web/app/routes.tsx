/**
 * The route table: every screen is a lazily loaded chunk (code-split by route). A new screen adds
 * one line here and, when it belongs in the menu, one line in NAV.
 */
import type { ComponentType } from "react";
import "../features/nav-labels.ts";

/** A screen at a path, loaded when first visited; `title` is the i18n key of its tab title. */
export interface AppRoute {
  path: string;
  title: string;
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
    title: "page.login",
    load: screen(
      () => import("../features/auth/components/login-page.tsx"),
      (m) => m.LoginPage,
    ),
  },
  {
    path: "/programs",
    title: "page.programs",
    load: screen(
      () => import("../features/programs/components/programs-page.tsx"),
      (m) => m.ProgramsPage,
    ),
  },
  {
    path: "/programs/:id",
    title: "page.program",
    load: screen(
      () => import("../features/programs/components/program-page.tsx"),
      (m) => m.ProgramPage,
    ),
  },
  {
    path: "/programs/:id/print",
    title: "page.print",
    load: screen(
      () => import("../features/programs/components/print-page.tsx"),
      (m) => m.PrintPage,
    ),
  },
  {
    path: "/programs/:id/feedback",
    title: "reportingNav:residentQuestions",
    load: screen(
      () => import("../features/feedback/components/moderation-page.tsx"),
      (m) => m.ModerationPage,
    ),
  },
  {
    path: "/measures/:id",
    title: "page.measure",
    load: screen(
      () => import("../features/measures/components/measure-page.tsx"),
      (m) => m.MeasurePage,
    ),
  },
  {
    path: "/my-reports",
    title: "reportingNav:myReports",
    load: screen(
      () => import("../features/my-reports/components/my-reports-page.tsx"),
      (m) => m.MyReportsPage,
    ),
  },
  {
    path: "/review",
    title: "reportingNav:review",
    load: screen(
      () => import("../features/review/components/review-page.tsx"),
      (m) => m.ReviewPage,
    ),
  },
  {
    path: "/dashboard",
    title: "reportingNav:dashboard",
    load: screen(
      () => import("../features/dashboard/components/dashboard-page.tsx"),
      (m) => m.DashboardPage,
    ),
  },
  {
    path: "/import",
    title: "reportingNav:imports",
    load: screen(
      () => import("../features/import-wizard/components/import-page.tsx"),
      (m) => m.ImportPage,
    ),
  },
  {
    path: "/profile",
    title: "reportingNav:profile",
    load: screen(
      () => import("../features/notifications/components/profile-page.tsx"),
      (m) => m.ProfilePage,
    ),
  },
  {
    path: "/territories",
    title: "reportingNav:territories",
    load: screen(
      () => import("../features/territories/components/territories-home.tsx"),
      (m) => m.TerritoriesHome,
    ),
  },
  {
    path: "/territories/:code",
    title: "reportingNav:territories",
    load: screen(
      () => import("../features/territories/components/territory-page.tsx"),
      (m) => m.TerritoryPage,
    ),
  },
  {
    path: "/admin",
    title: "reportingNav:admin",
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
  {
    to: "/territories",
    label: "reportingNav:territories",
    roles: ["planner", "admin", "viewer", "executor"],
  },
  { to: "/import", label: "reportingNav:imports", roles: ["planner", "admin"] },
  { to: "/admin", label: "reportingNav:admin", roles: ["admin"] },
];
