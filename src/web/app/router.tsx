/** The browser router built from the route table, every screen inside the layout. */
import { lazy } from "react";
import { createBrowserRouter, Navigate } from "react-router";
import { Layout } from "./layout.tsx";
import { NotFoundPage } from "./not-found-page.tsx";
import { ROUTES } from "./routes.tsx";

/** The router of the app. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      path: "/",
      Component: Layout,
      children: [
        { index: true, element: <Navigate to="/programs" replace /> },
        ...ROUTES.map((route) => ({
          path: route.path,
          Component: lazy(route.load),
          handle: { title: route.title },
        })),
        { path: "*", Component: NotFoundPage, handle: { title: "page.notFound" } },
      ],
    },
  ]);
}
