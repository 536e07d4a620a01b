/** Who has not reported yet in a period, by body, with links to the measures they owe. */
import { Anchor, Group, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../../app/i18n/format.ts";
import { EmptyState, QueryState } from "../../../components/states.tsx";
import { useReportingRate } from "../api.ts";
import { NS } from "../i18n.ts";
import { RemindButton } from "./remind-button.tsx";

/** The reporting rate table. */
export function RateTable(props: { programId: number; period: string }) {
  const { t } = useTranslation([NS, "translation"]);
  const format = useFormat();
  const rate = useReportingRate(props.programId, props.period);
  return (
    <QueryState query={rate}>
      {(data) => (
        <Stack gap="xs">
          <Text size="sm" data-testid="rate-summary">
            {t("rateSummary", {
              expected: data.expected,
              submitted: data.submitted,
              accepted: data.accepted,
              rate: format.percent(data.rate),
            })}
          </Text>
          {data.bodies.length === 0 ? (
            <EmptyState />
          ) : (
            <div className="table-scroll">
              <Table withTableBorder striped verticalSpacing={4} miw={560}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("body")}</Table.Th>
                    <Table.Th>{t("expected")}</Table.Th>
                    <Table.Th>{t("submitted")}</Table.Th>
                    <Table.Th>{t("accepted")}</Table.Th>
                    <Table.Th>{t("notReported")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.bodies.map((b) => (
                    <Table.Tr key={b.organizationId}>
                      <Table.Td>{b.name}</Table.Td>
                      <Table.Td>{b.expected}</Table.Td>
                      <Table.Td>{b.submitted}</Table.Td>
                      <Table.Td>{b.accepted}</Table.Td>
                      <Table.Td>
                        {b.notReported.length === 0 ? (
                          t("everyoneReported")
                        ) : (
                          <Group gap={6}>
                            {b.notReported.map((id) => (
                              <Anchor key={id} component={Link} to={`/measures/${id}`} size="sm">
                                #{id}
                              </Anchor>
                            ))}
                            {data.periodStatus === "open" && (
                              <RemindButton
                                programId={props.programId}
                                period={props.period}
                                organizationId={b.organizationId}
                                name={b.name}
                              />
                            )}
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
