/** Coloured chips for a measure's status, a report's workflow step and "overdue". */
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

// Background / text pairs checked for at least 4.5:1 contrast (axe's color-contrast rule).
const GREY = { bg: "#f1f3f5", fg: "#343a40" };
const BLUE = { bg: "#e7f5ff", fg: "#1864ab" };
const GREEN = { bg: "#ebfbee", fg: "#1e6b30" };
const ORANGE = { bg: "#fff4e6", fg: "#a63c06" };
const RED = { bg: "#fff5f5", fg: "#a51d1d" };
const DARK = { bg: "#e9ecef", fg: "#212529" };
const STATUS_COLORS: Record<string, { bg: string; fg: string }> = {
  not_started: GREY,
  in_progress: BLUE,
  done: GREEN,
  postponed: ORANGE,
  cancelled: DARK,
};
const WORKFLOW_COLORS: Record<string, { bg: string; fg: string }> = {
  draft: GREY,
  submitted: BLUE,
  accepted: GREEN,
  returned: RED,
};

// A chip never cuts its label ("Аткары…"): it grows to two lines instead, a word at a time.
const WRAP = {
  root: {
    height: "auto",
    minHeight: "var(--badge-height)",
    lineHeight: 1.3,
    paddingBlock: 2,
    overflow: "visible",
  },
  label: { whiteSpace: "normal", overflow: "visible", textOverflow: "clip" },
} as const;

function Chip({ colors, children }: { colors: { bg: string; fg: string }; children: string }) {
  return (
    <Badge
      radius="sm"
      tt="none"
      variant="filled"
      styles={WRAP}
      data-chip
      style={{ backgroundColor: colors.bg, color: colors.fg }}
    >
      {children}
    </Badge>
  );
}

/** The status of a measure or report: not started, in progress, done, postponed, cancelled. */
export function StatusChip({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Chip colors={STATUS_COLORS[status] ?? GREY}>{t(`status.${status}`, { defaultValue: status })}</Chip>
  );
}

/** The workflow step of a report: draft, submitted, accepted, returned. */
export function WorkflowChip({ workflow }: { workflow: string }) {
  const { t } = useTranslation();
  return (
    <Chip colors={WORKFLOW_COLORS[workflow] ?? GREY}>
      {t(`workflow.${workflow}`, { defaultValue: workflow })}
    </Chip>
  );
}

/** The red "overdue" mark. */
export function OverdueChip() {
  const { t } = useTranslation();
  return (
    <Badge color="red.9" variant="filled" radius="sm" tt="none" styles={WRAP} data-chip>
      {t("status.overdue")}
    </Badge>
  );
}
