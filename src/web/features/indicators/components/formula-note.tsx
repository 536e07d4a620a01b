/** "How is this computed": the rule of a parent's figure, the children counted and those left out. */
import { Popover, Stack, Text, UnstyledButton } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { IndicatorFormulaView } from "../../../../domain/views.ts";
import { NS } from "../i18n.ts";

/** The formula's sentences in the user's language. */
export function formulaLines(t: TFunction<typeof NS>, formula: IndicatorFormulaView): string[] {
  const codes = (reason: string) =>
    formula.leftOut
      .filter((l) => l.reason === reason)
      .map((l) => l.code)
      .join(", ");
  const noFigure = codes("no_figure");
  const noPopulation = codes("no_population");
  return [
    t(`rule_${formula.rule}`),
    ...(formula.rule === "none" ? [] : [t("counted", { count: formula.counted.length })]),
    ...(noFigure ? [t("leftOutNoFigure", { codes: noFigure })] : []),
    ...(noPopulation ? [t("leftOutNoPopulation", { codes: noPopulation })] : []),
  ];
}

/** A small link beside a figure that opens its formula. */
export function FormulaNote({ formula }: { formula: IndicatorFormulaView }) {
  const { t } = useTranslation(NS);
  return (
    <Popover width={300} position="bottom" withArrow shadow="md">
      <Popover.Target>
        <UnstyledButton aria-label={t("howComputed")} fz="xs" c="blue" td="underline">
          ?
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t("howComputed")}
          </Text>
          {formulaLines(t, formula).map((line) => (
            <Text size="sm" key={line}>
              {line}
            </Text>
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
