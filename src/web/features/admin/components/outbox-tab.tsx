/** The outbox: reminder e-mails with their status, attempts and last error; each message readable. */
import { Badge, NativeSelect, Spoiler, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../app/i18n/format.ts";
import { Pager } from "../../../components/pager.tsx";
import { QueryState } from "../../../components/states.tsx";
import { useOutbox } from "../api.ts";
import { NS } from "../i18n.ts";

const STATUSES = ["pending", "sending", "sent", "failed"] as const;
const COLOR = { pending: "yellow", sending: "blue", sent: "green", failed: "red" } as const;

/** The outbox tab. */
export function OutboxTab() {
  const { t } = useTranslation([NS, "translation"]);
  const format = useFormat();
  const [status, setStatus] = useState("");
  const [page, setPage] = useState(1);
  const outbox = useOutbox(status, page);
  return (
    <Stack gap="md">
      <Text size="sm">{t("outboxHelp")}</Text>
      <NativeSelect
        label={t("status")}
        value={status}
        maw={240}
        data={[
          { value: "", label: t("allStatuses") },
          ...STATUSES.map((s) => ({ value: s, label: t(`outboxStatus.${s}`) })),
        ]}
        onChange={(e) => {
          setStatus(e.currentTarget.value);
          setPage(1);
        }}
      />
      <QueryState query={outbox}>
        {(data) => (
          <>
            <div className="table-scroll">
              <Table withTableBorder striped verticalSpacing={4} miw={760}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("createdAt")}</Table.Th>
                    <Table.Th>{t("recipient")}</Table.Th>
                    <Table.Th>{t("subject")}</Table.Th>
                    <Table.Th>{t("status")}</Table.Th>
                    <Table.Th>{t("attempts")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td>{format.dateTime(m.createdAt)}</Table.Td>
                      <Table.Td>{m.recipient}</Table.Td>
                      <Table.Td>
                        <Spoiler maxHeight={24} showLabel="…" hideLabel="↑">
                          <Text size="sm" fw={500}>
                            {m.subject}
                          </Text>
                          <Text size="xs" style={{ whiteSpace: "pre-wrap" }}>
                            {m.bodyText}
                          </Text>
                        </Spoiler>
                        {m.lastError && (
                          <Text size="xs" c="red">
                            {t("lastError")}: {m.lastError}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Badge color={COLOR[m.status]} variant="light" tt="none">
                          {t(`outboxStatus.${m.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{m.attempts}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
            <Pager total={data.total} page={data.page} pageSize={data.pageSize} onPage={setPage} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
