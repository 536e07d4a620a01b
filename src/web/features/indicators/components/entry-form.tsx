/** The planner's form: one actual (with its source), target or baseline of one indicator. */
import { Button, Card, Group, NativeSelect, NumberInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TerritoryIndicators } from "../../../../domain/views.ts";
import { useErrorText } from "../../../components/states.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { useLocalName } from "../../../lib/localized.ts";
import { type FigureChange, useSetFigures } from "../api.ts";
import { NS } from "../i18n.ts";

type Kind = FigureChange["kind"];

/** Sets one figure with the ETag the page was read with; a stale one says so and the page reloads. */
export function EntryForm(props: {
  code: string;
  data: TerritoryIndicators;
  etag: string | null;
  year: number;
}) {
  const { t } = useTranslation(NS);
  const local = useLocalName();
  const errorText = useErrorText();
  const save = useSetFigures(props.code);
  const [indicator, setIndicator] = useState(props.data.indicators[0]?.code ?? "");
  const [kind, setKind] = useState<Kind>("actual");
  const [year, setYear] = useState(props.year);
  const [quarter, setQuarter] = useState(0);
  const [value, setValue] = useState<number | string>("");
  const [source, setSource] = useState("");
  const submit = () => {
    const number = typeof value === "number" ? value : null;
    const change: FigureChange =
      kind === "actual"
        ? { kind, indicator, year, quarter, value: number, source: source.trim() || "manual" }
        : { kind, indicator, year, value: number };
    save.mutate({ changes: [change], etag: props.etag });
  };
  const failure = save.error
    ? isApiError(save.error, "conflict")
      ? t("conflict")
      : errorText(save.error)
    : null;
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t("entryTitle")}
        </Title>
        <NativeSelect
          label={t("indicator")}
          value={indicator}
          onChange={(e) => setIndicator(e.currentTarget.value)}
          data={props.data.indicators.map((i) => ({ value: i.code, label: local(i) }))}
        />
        <Group grow>
          <NativeSelect
            label={t("kind")}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as Kind)}
            data={(["actual", "target", "baseline"] as const).map((k) => ({
              value: k,
              label: t(`kind_${k}`),
            }))}
          />
          <NumberInput
            label={t("year")}
            value={year}
            min={2000}
            max={2100}
            onChange={(v) => setYear(Number(v))}
          />
          {kind === "actual" && (
            <NativeSelect
              label={t("quarter")}
              value={String(quarter)}
              onChange={(e) => setQuarter(Number(e.currentTarget.value))}
              data={[0, 1, 2, 3, 4].map((q) => ({
                value: String(q),
                label: q === 0 ? t("wholeYear") : `Q${q}`,
              }))}
            />
          )}
        </Group>
        <Group grow>
          <NumberInput label={t("value")} value={value} onChange={setValue} decimalScale={2} />
          {kind === "actual" && (
            <TextInput
              label={t("source")}
              value={source}
              onChange={(e) => setSource(e.currentTarget.value)}
            />
          )}
        </Group>
        {failure && (
          <Text c="red" size="sm" role="alert">
            {failure}
          </Text>
        )}
        {save.isSuccess && (
          <Text c="green" size="sm" role="status">
            {t("saved")}
          </Text>
        )}
        <Group>
          <Button onClick={submit} loading={save.isPending} disabled={indicator === ""}>
            {t("save")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
