/** The quarters of a program, each with an open or close button. */
import { Button, Group, Stack, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorState, QueryState } from "../../../components/states.tsx";
import { usePeriodChange, usePeriods } from "../api.ts";
import { NS } from "../i18n.ts";

/** Open and close reporting periods. */
export function PeriodsPanel({ programId }: { programId: number }) {
  const { t } = useTranslation([NS, "translation"]);
  const periods = usePeriods(programId);
  const change = usePeriodChange(programId);
  return (
    <Stack gap="xs">
      {change.error && <ErrorState error={change.error} />}
      <QueryState query={periods}>
        {(data) => (
          <Table withTableBorder verticalSpacing={4} maw={420}>
            <Table.Tbody>
              {data.items.map((p) => (
                <Table.Tr key={p.key}>
                  <Table.Td>{p.key}</Table.Td>
                  <Table.Td>{p.status === "open" ? t("periodOpen") : t("periodClosed")}</Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      <Button
                        size="compact-xs"
                        variant={p.status === "open" ? "default" : "light"}
                        loading={change.isPending && change.variables?.period === p.key}
                        onClick={() =>
                          change.mutate({ period: p.key, action: p.status === "open" ? "close" : "open" })
                        }
                        aria-label={`${p.status === "open" ? t("closePeriod") : t("open")} ${p.key}`}
                      >
                        {p.status === "open" ? t("closePeriod") : t("open")}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </Stack>
  );
}
