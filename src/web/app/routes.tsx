/**
 * The route table: every screen is a lazily loaded chunk (code-split by route). A new screen adds
 * one line here and, when it belongs in the menu, one line in NAV.
 */
import type { ComponentType } from "react";

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
];

/** The main menu, in order. */
export const NAV: NavItem[] = [{ to: "/programs", label: "nav.programs" }];
