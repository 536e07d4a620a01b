/** The entry of the web app: language first, then the providers and the router. */
import "@mantine/core/styles.css";
import "./app/global.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app.tsx";
import { initI18n } from "./app/i18n/index.ts";
import { registerServiceWorker } from "./app/service-worker.ts";

initI18n();
registerServiceWorker();
const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
