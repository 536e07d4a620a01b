/** "How is this computed?": a small button beside a progress figure that opens its formula. */
import { List, Popover, Stack, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Formula } from "../../domain/views/formula.ts";
import { useFormat } from "../app/i18n/format.ts";
import { formulaLines, NS } from "./formula-strings.ts";

/** The note of one figure; keyboard: Tab to the button, Enter / Space opens, Escape closes. */
export function FormulaNote({ formula }: { formula: Formula }) {
  const { t } = useTranslation(NS);
  const format = useFormat();
  const { lines, leftOut } = formulaLines(t, formula, format.money);
  return (
    <Popover width={320} position="bottom" withArrow shadow="md" trapFocus={false} returnFocus>
      <Popover.Target>
        <UnstyledButton
          aria-label={t("howComputed")}
          title={t("howComputed")}
          data-formula-note
          fz="xs"
          fw={700}
          c="blue.9"
          px={6}
          style={{ border: "1px solid currentColor", borderRadius: 999, lineHeight: 1.4 }}
        >
          ?
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown data-formula>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t("howComputed")}
          </Text>
          {lines.map((line) => (
            <Text size="sm" key={line}>
              {line}
            </Text>
          ))}
          <Text size="sm">{leftOut.length === 0 ? t("nothingLeftOut") : t("leftOut")}</Text>
          {leftOut.length > 0 && (
            <List size="sm">
              {leftOut.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
