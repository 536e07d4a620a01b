/**
 * The importer's warnings grouped by kind with their counts, the kinds that change what the plan
 * means first (src/domain/warning-groups.ts); each group opens to the rows behind it.
 */
import { Alert, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { groupWarnings } from "../../../../domain/warning-groups.ts";
import { type WarningMessage, warningGroupTitle, warningText } from "../../../lib/messages.ts";
import { NS } from "../i18n.ts";

/** The summary of the warnings above the table; nothing when there are none. */
export function WarningGroups(props: { warnings: readonly WarningMessage[] }) {
  const { t } = useTranslation([NS, "translation"]);
  if (props.warnings.length === 0) return null;
  return (
    <Alert color="orange" role="status">
      <Stack gap={4}>
        <Text size="sm">{t("warnings", { count: props.warnings.length })}</Text>
        {groupWarnings(props.warnings).map((group) => (
          <details key={group.code} data-warning-code={group.code}>
            <summary>
              <Text component="span" size="sm" fw={600}>
                {warningGroupTitle(t, group.code, group.warnings.length)}
              </Text>
            </summary>
            <ul style={{ margin: "4px 0", maxHeight: 240, overflowY: "auto" }}>
              {group.warnings.map((w, i) => (
                // the same text can repeat in one group, so the position is part of the key
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is never reordered
                <li key={i}>
                  <Text size="sm">{warningText(t, w)}</Text>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </Stack>
    </Alert>
  );
}
