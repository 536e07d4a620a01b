/** A Gantt-like table: a row per measure, a column per quarter, cells filled while it runs. */
import { Anchor, Card, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { quarterEnd, quarterKey, quarterStart, quartersOfYears } from "../../../../domain/quarter.ts";
import { Pager } from "../../../components/pager.tsx";
import { QueryState } from "../../../components/states.tsx";
import { type MeasureRow, useAllMeasures, useProgram } from "../../programs/api.ts";
import { NS } from "../i18n.ts";

const PAGE = 30;

function runs(m: MeasureRow, start: string, end: string): boolean {
  if (m.deadline.repeat !== null) return true;
  const a = m.deadline.from ?? m.deadline.to;
  const b = m.deadline.to ?? m.deadline.from;
  return a !== null && b !== null && a <= end && b >= start;
}

/** The quarter timeline of a program's measures. */
export function QuarterTimeline({ programId }: { programId: number }) {
  const { t } = useTranslation([NS, "translation"]);
  const program = useProgram(programId);
  const measures = useAllMeasures(programId);
  const [page, setPage] = useState(1);
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t("timeline")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("timelineHint")}
        </Text>
        <QueryState query={program}>
          {(p) => (
            <QueryState query={measures}>
              {(items) => {
                const quarters = quartersOfYears(p.periodFrom, p.periodTo);
                const shown = items.slice((page - 1) * PAGE, page * PAGE);
                return (
                  <>
                    <div className="table-scroll">
                      <Table withTableBorder verticalSpacing={2} horizontalSpacing={4} fz="xs">
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th miw={180}>{t("translation:program.col.action")}</Table.Th>
                            {quarters.map((q) => (
                              <Table.Th key={quarterKey(q)} style={{ whiteSpace: "nowrap" }}>
                                {quarterKey(q)}
                              </Table.Th>
                            ))}
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {shown.map((m) => (
                            <Table.Tr key={m.id}>
                              <Table.Td>
                                <Anchor component={Link} to={`/measures/${m.id}`} size="xs" lineClamp={2}>
                                  {m.number ? `№ ${m.number} ` : ""}
                                  {m.action}
                                </Anchor>
                              </Table.Td>
                              {quarters.map((q) => {
                                const on = runs(m, quarterStart(q), quarterEnd(q));
                                return (
                                  <Table.Td
                                    key={quarterKey(q)}
                                    style={on ? { background: m.overdue ? "#ffc9c9" : "#a5d8ff" } : undefined}
                                  >
                                    {on ? <VisuallyHidden>{t("active")}</VisuallyHidden> : null}
                                  </Table.Td>
                                );
                              })}
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </div>
                    <Pager total={items.length} page={page} pageSize={PAGE} onPage={setPage} />
                  </>
                );
              }}
            </QueryState>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}
