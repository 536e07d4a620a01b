/** The providers around every screen: Mantine theme, TanStack Query, the router. */
import { createTheme, MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { RouterProvider } from "react-router";
import { isApiError } from "../lib/api-client.ts";
import { createAppRouter } from "./router.tsx";

const theme = createTheme({
  primaryColor: "blue",
  primaryShade: 8, // dark enough for white text at 4.5:1
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  defaultRadius: "sm",
});

// Mantine's "dimmed" grey (gray.6) is below 4.5:1 on white; gray.7 reads well and passes axe.
const cssVariablesResolver = () => ({
  variables: {},
  light: { "--mantine-color-dimmed": "#495057" },
  dark: {},
});

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Offline, ask anyway: the service worker answers from its cache (the executor's own measures).
        networkMode: "offlineFirst",
        // A weak connection deserves a second try; a refusal (4xx) does not.
        retry: (count, error) =>
          count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
    },
  });
}

/** The whole application. */
export function App() {
  const [client] = useState(makeQueryClient);
  const [router] = useState(createAppRouter);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
