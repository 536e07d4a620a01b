/** Choose a program and one of its quarters; the choice lives in the URL (?program=&period=). */
import { Group, NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { quarterKey, quarterOf } from "../../../../domain/quarter.ts";
import { useMe } from "../../auth/api.ts";
import { useDashboard } from "../../dashboard/api.ts";
import { usePrograms } from "../../programs/api.ts";
import { usePeriods } from "../api.ts";
import { NS } from "../i18n.ts";

/**
 * The chosen program and period. Programs: those of the user's own territory and below (a
 * planner reviews and watches their own, not every published program); default the first. Period:
 * the quarter containing the server's today (TODAY pins it in tests), else the latest open
 * quarter, else the last one.
 */
export function useProgramPeriod() {
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const territoryId = me.data?.grants[0]?.territoryId;
  const programs = usePrograms({ pageSize: 200, territoryId }, { enabled: me.isFetched });
  const first = programs.data?.items[0]?.id ?? null;
  const programId = Number(params.get("program")) || first;
  const periods = usePeriods(programId);
  // The dashboard without a period is the server's today and the numbers of today's quarter.
  const summary = useDashboard(programId, "");
  const today = summary.data?.today;
  const todayPeriod = today === undefined ? null : quarterKey(quarterOf(today));
  const keys = periods.data?.items.map((p) => p.key);
  const asked = params.get("period");
  let period = "";
  if (asked && (keys === undefined || keys.includes(asked))) period = asked;
  else if (periods.data && !summary.isPending) period = defaultPeriod(periods.data.items, todayPeriod);
  const set = (patch: Record<string, string>) =>
    setParams((old) => {
      const next = new URLSearchParams(old);
      for (const [k, v] of Object.entries(patch)) next.set(k, v);
      return next;
    });
  return { programs, programId, periods, period, todayPeriod, set };
}

function defaultPeriod(items: { key: string; status: string }[], todayPeriod: string | null): string {
  if (todayPeriod !== null && items.some((p) => p.key === todayPeriod)) return todayPeriod;
  const open = items.filter((p) => p.status === "open");
  return open[open.length - 1]?.key ?? items[items.length - 1]?.key ?? "";
}

/** The two selects. */
export function ProgramPeriodPicker(props: {
  state: ReturnType<typeof useProgramPeriod>;
  withPeriod?: boolean;
}) {
  const { t } = useTranslation([NS, "translation"]);
  const { programs, programId, periods, period, set } = props.state;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <NativeSelect
        label={t("program")}
        value={programId === null ? "" : String(programId)}
        data={(programs.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.title.slice(0, 90) }))}
        onChange={(e) => set({ program: e.currentTarget.value, period: "" })}
        style={{ flex: "1 1 260px", minWidth: 0 }}
      />
      {props.withPeriod !== false && (
        <NativeSelect
          label={t("period")}
          value={period}
          data={(periods.data?.items ?? []).map((p) => ({
            value: p.key,
            label: `${p.key} (${p.status === "open" ? t("periodOpen") : t("periodClosed")})`,
          }))}
          onChange={(e) => set({ period: e.currentTarget.value })}
          w={200}
        />
      )}
    </Group>
  );
}
