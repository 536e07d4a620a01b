/** Choose a program and one of its quarters; the choice lives in the URL (?program=&period=). */
import { Group, NativeSelect } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { usePrograms } from "../../programs/api.ts";
import { usePeriods } from "../api.ts";
import { NS } from "../i18n.ts";

/** The chosen program and period (defaults: the first program, its open or last quarter). */
export function useProgramPeriod() {
  const [params, setParams] = useSearchParams();
  const programs = usePrograms({ pageSize: 200 });
  const first = programs.data?.items[0]?.id ?? null;
  const programId = Number(params.get("program")) || first;
  const periods = usePeriods(programId);
  const items = periods.data?.items ?? [];
  const fallback = items.find((p) => p.status === "open")?.key ?? items[items.length - 1]?.key ?? "";
  const period = params.get("period") ?? fallback;
  const set = (patch: Record<string, string>) =>
    setParams((old) => {
      const next = new URLSearchParams(old);
      for (const [k, v] of Object.entries(patch)) next.set(k, v);
      return next;
    });
  return { programs, programId, periods, period, set };
}

/** The two selects. */
export function ProgramPeriodPicker(props: {
  state: ReturnType<typeof useProgramPeriod>;
  withPeriod?: boolean;
}) {
  const { t } = useTranslation([NS, "translation"]);
  const { programs, programId, periods, period, set } = props.state;
  // A period from another program's years falls back to the default.
  useEffect(() => {
    const keys = periods.data?.items.map((p) => p.key);
    if (keys && period !== "" && !keys.includes(period)) set({ period: keys[0] ?? "" });
  });
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
