/** A popover of checkboxes to choose the action table's columns. */
import { Button, Checkbox, Popover, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { COLUMNS, type Column } from "../columns.ts";

/** The "Columns" button. */
export function ColumnChooser({ value, onChange }: { value: Column[]; onChange: (next: string[]) => void }) {
  const { t } = useTranslation();
  return (
    <Popover position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Button variant="default" size="xs">
          {t("common.columns")}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group value={value} onChange={onChange} label={t("common.columns")}>
          <Stack gap={6} mt="xs">
            {COLUMNS.map((c) => (
              <Checkbox key={c} value={c} label={t(`program.col.${c}`)} disabled={c === "action"} />
            ))}
          </Stack>
        </Checkbox.Group>
      </Popover.Dropdown>
    </Popover>
  );
}
