/** "Saving…" / "Saved" / "Waiting to send" next to a report's form, read out by screen readers. */
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { NS } from "../i18n.ts";
import type { SaveState } from "../use-autosave.ts";

/** Where the report's input stands; `data-save-state` names it for tests and styles. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation([NS, "translation"]);
  const text = {
    saved: t("saved"),
    dirty: t("unsaved"),
    saving: t("saving"),
    waiting: t("waiting"),
    conflict: t("conflictTitle"),
    error: t("unsaved"),
  }[state];
  return (
    <Text
      size="sm"
      c={state === "saved" ? "green.9" : state === "waiting" ? "red.9" : "dimmed"}
      fw={state === "waiting" ? 600 : undefined}
      role="status"
      aria-live="polite"
      data-save-state={state}
    >
      {text}
    </Text>
  );
}
