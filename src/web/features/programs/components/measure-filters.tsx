/** Search, filters (status, body, funding source, due quarter, overdue) and sort of the action table. */
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { RESOURCES } from "../../../app/i18n/index.ts";
import type { MeasureQuery, Program } from "../api.ts";
import { useOrganizations } from "../api.ts";
import { isFiltered } from "../measure-query.ts";

const STATUSES = Object.keys(RESOURCES.ky.status).filter((s) => s !== "overdue");
const FUNDING = Object.keys(RESOURCES.ky.funding);
const SORTS = [
  ["position", "program.sortPosition"],
  ["deadline", "program.sortDeadline"],
  ["-deadline", "program.sortDeadlineDesc"],
  ["percent", "program.sortPercent"],
  ["-percent", "program.sortPercentDesc"],
] as const;

/** The filter bar; every change goes to the URL (and so to the server query). */
export function MeasureFilters(props: {
  program: Program;
  query: MeasureQuery;
  onChange: (change: Partial<MeasureQuery>) => void;
  signedIn: boolean;
}) {
  const { t } = useTranslation();
  const { query, onChange, program } = props;
  const bodies = useOrganizations(props.signedIn ? program.territoryId : undefined);
  const [text, setText] = useState(query.q ?? "");
  // Typing waits a moment before asking the server, so a phone on a weak line is not flooded.
  useEffect(() => {
    if ((query.q ?? "") === text) return;
    const timer = setTimeout(() => onChange({ q: text.trim() || undefined }), 300);
    return () => clearTimeout(timer);
  }, [text, query.q, onChange]);
  const all = { value: "", label: t("common.all") };
  const quarters: { value: string; label: string }[] = [];
  for (let year = program.periodFrom; year <= program.periodTo; year++)
    for (let quarter = 1; quarter <= 4; quarter++)
      quarters.push({ value: `${year}-Q${quarter}`, label: t("program.quarterValue", { year, quarter }) });
  return (
    <form onSubmit={(e) => e.preventDefault()} className="no-print" aria-label={t("program.filters")}>
      <TextInput
        label={t("common.search")}
        placeholder={t("program.searchPlaceholder")}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        type="search"
        mb="xs"
      />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 5 }} spacing="xs">
        <NativeSelect
          label={t("program.status")}
          value={query.status ?? ""}
          data={[all, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
          onChange={(e) => onChange({ status: e.currentTarget.value || undefined })}
        />
        {bodies.data && (
          <NativeSelect
            label={t("program.body")}
            value={query.organization ? String(query.organization) : ""}
            data={[
              all,
              ...bodies.data.items.map((o) => ({ value: String(o.id), label: o.shortName ?? o.name })),
            ]}
            onChange={(e) => onChange({ organization: Number(e.currentTarget.value) || undefined })}
          />
        )}
        <NativeSelect
          label={t("program.fundingSource")}
          value={query.funding ?? ""}
          data={[all, ...FUNDING.map((f) => ({ value: f, label: t(`funding.${f}`) }))]}
          onChange={(e) => onChange({ funding: e.currentTarget.value || undefined })}
        />
        <NativeSelect
          label={t("program.dueQuarter")}
          value={query.due ?? ""}
          data={[all, ...quarters]}
          onChange={(e) => onChange({ due: e.currentTarget.value || undefined })}
        />
        <NativeSelect
          label={t("program.sort")}
          value={query.sort ?? "position"}
          data={SORTS.map(([value, label]) => ({ value, label: t(label) }))}
          onChange={(e) =>
            onChange({ sort: e.currentTarget.value === "position" ? undefined : e.currentTarget.value })
          }
        />
      </SimpleGrid>
      <Group mt="xs" gap="md">
        <Checkbox
          label={t("program.overdueOnly")}
          checked={query.overdue === true}
          onChange={(e) => onChange({ overdue: e.currentTarget.checked || undefined })}
        />
        {isFiltered(query) && (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => {
              setText("");
              onChange({
                q: undefined,
                status: undefined,
                organization: undefined,
                funding: undefined,
                due: undefined,
                overdue: undefined,
              });
            }}
          >
            {t("program.clearFilters")}
          </Button>
        )}
      </Group>
    </form>
  );
}
