/** A measure's audit trail (its state, reports and attachments included), newest first. */
import { Paper, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../app/i18n/format.ts";
import { Pager } from "../../../components/pager.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/states.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { useMeasureAudit } from "../api.ts";

/** The audit block; users who may not see it get a plain note instead. */
export function AuditTrail({ measureId, signedIn }: { measureId: number; signedIn: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const audit = useMeasureAudit(measureId, signedIn, page);
  const refused =
    !signedIn || isApiError(audit.error, "forbidden") || isApiError(audit.error, "unauthorized");
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="audit-title">
      <Title order={2} size="h4" id="audit-title" mb="sm">
        {t("measure.audit")}
      </Title>
      {refused ? (
        <Text size="sm" c="dimmed">
          {t("measure.auditUnavailable")}
        </Text>
      ) : audit.isPending ? (
        <LoadingState />
      ) : audit.error || !audit.data ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />
      ) : audit.data.items.length === 0 ? (
        <EmptyState>{t("measure.auditEmpty")}</EmptyState>
      ) : (
        <>
          <div className="table-scroll">
            <Table fz="sm" withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("measure.auditAt")}</Table.Th>
                  <Table.Th scope="col">{t("measure.auditActor")}</Table.Th>
                  <Table.Th scope="col">{t("measure.auditAction")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {audit.data.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{format.dateTime(e.at)}</Table.Td>
                    <Table.Td>{e.actor}</Table.Td>
                    <Table.Td>
                      <code>{e.action}</code>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
          <Pager
            total={audit.data.total}
            page={audit.data.page}
            pageSize={audit.data.pageSize}
            onPage={setPage}
          />
        </>
      )}
    </Paper>
  );
}
