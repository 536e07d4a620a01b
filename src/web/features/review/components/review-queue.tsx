/** The queue of reports in a period: select one or many, accept or return with a comment. */
import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { WORKFLOWS } from "../../../../domain/report-workflow.ts";
import { Pager } from "../../../components/pager.tsx";
import { EmptyState, ErrorState, QueryState } from "../../../components/states.tsx";
import { WorkflowChip } from "../../../components/status-chip.tsx";
import { useProgramReports, useReview } from "../api.ts";
import { NS } from "../i18n.ts";
import { ReportDetails } from "./report-details.tsx";

/** The queue table with its batch buttons. */
export function ReviewQueue(props: { programId: number; period: string }) {
  const { t } = useTranslation([NS, "translation"]);
  const [workflow, setWorkflow] = useState("submitted");
  const [page, setPage] = useState(1);
  const reports = useProgramReports(props.programId, {
    period: props.period,
    workflow: workflow || undefined,
    page,
  });
  const review = useReview();
  const [selected, setSelected] = useState<number[]>([]);
  const [returning, setReturning] = useState<number[] | null>(null);
  const [comment, setComment] = useState("");
  const [shown, setShown] = useState<number | null>(null);
  const act = (ids: number[], action: "accept" | "return", text?: string) =>
    review.mutate(
      { ids, action, comment: text },
      {
        onSuccess: () => {
          setSelected([]);
          setReturning(null);
          setComment("");
        },
      },
    );
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t("workflow")}
        value={workflow}
        data={[
          { value: "", label: t("translation:common.all") },
          ...WORKFLOWS.map((w) => ({ value: w, label: t(`translation:workflow.${w}`) })),
        ]}
        onChange={(e) => {
          setWorkflow(e.currentTarget.value);
          setPage(1);
        }}
        w={220}
      />
      {review.error && <ErrorState error={review.error} />}
      <QueryState query={reports}>
        {(data) => {
          if (data.items.length === 0) return <EmptyState>{t("empty")}</EmptyState>;
          const reviewable = data.items.filter((r) => r.workflow === "submitted").map((r) => r.id);
          const all = reviewable.length > 0 && reviewable.every((id) => selected.includes(id));
          return (
            <>
              <Group gap="xs">
                <Button
                  size="xs"
                  disabled={selected.length === 0}
                  loading={review.isPending}
                  onClick={() => act(selected, "accept")}
                >
                  {t("acceptSelected", { count: selected.length })}
                </Button>
                <Button
                  size="xs"
                  color="red.9"
                  variant="outline"
                  disabled={selected.length === 0}
                  onClick={() => setReturning(selected)}
                >
                  {t("returnSelected", { count: selected.length })}
                </Button>
              </Group>
              <div className="table-scroll">
                <Table striped withTableBorder verticalSpacing="xs" miw={640}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>
                        <Checkbox
                          aria-label={t("selectAll")}
                          checked={all}
                          disabled={reviewable.length === 0}
                          onChange={(e) => setSelected(e.currentTarget.checked ? reviewable : [])}
                        />
                      </Table.Th>
                      <Table.Th>{t("measure")}</Table.Th>
                      <Table.Th>{t("body")}</Table.Th>
                      <Table.Th>{t("percent")}</Table.Th>
                      <Table.Th>{t("workflow")}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.flatMap((r) => {
                      const name = `${r.measureNumber ? `№ ${r.measureNumber} ` : ""}${r.measureAction}`;
                      const rows = [
                        <Table.Tr key={r.id} data-testid="review-row" data-report={r.id}>
                          <Table.Td>
                            {r.workflow === "submitted" && (
                              <Checkbox
                                aria-label={t("select", { name: r.measureNumber ?? r.id })}
                                checked={selected.includes(r.id)}
                                onChange={(e) =>
                                  setSelected(
                                    e.currentTarget.checked
                                      ? [...selected, r.id]
                                      : selected.filter((x) => x !== r.id),
                                  )
                                }
                              />
                            )}
                          </Table.Td>
                          <Table.Td>
                            <Anchor component={Link} to={`/measures/${r.measureId}`} size="sm" lineClamp={3}>
                              {name}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{r.organizationName}</Text>
                          </Table.Td>
                          <Table.Td>{r.percent}</Table.Td>
                          <Table.Td>
                            <WorkflowChip workflow={r.workflow} />
                            {r.resubmitted && (
                              <Text size="xs" c="dimmed">
                                {t("resubmitted")}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <Group gap={4} wrap="nowrap">
                              <Button
                                size="compact-xs"
                                variant="default"
                                onClick={() => setShown(shown === r.id ? null : r.id)}
                                aria-expanded={shown === r.id}
                              >
                                {t("details")}
                              </Button>
                              {r.workflow === "submitted" && (
                                <>
                                  <Button size="compact-xs" onClick={() => act([r.id], "accept")}>
                                    {t("accept")}
                                  </Button>
                                  <Button
                                    size="compact-xs"
                                    color="red.9"
                                    variant="outline"
                                    onClick={() => setReturning([r.id])}
                                  >
                                    {t("return")}
                                  </Button>
                                </>
                              )}
                            </Group>
                          </Table.Td>
                        </Table.Tr>,
                      ];
                      if (shown === r.id)
                        rows.push(
                          <Table.Tr key={`${r.id}-d`}>
                            <Table.Td colSpan={6}>
                              <ReportDetails id={r.id} />
                            </Table.Td>
                          </Table.Tr>,
                        );
                      return rows;
                    })}
                  </Table.Tbody>
                </Table>
              </div>
              <Pager total={data.total} page={data.page} pageSize={data.pageSize} onPage={setPage} />
            </>
          );
        }}
      </QueryState>
      <Modal
        opened={returning !== null}
        onClose={() => setReturning(null)}
        title={t("return")}
        closeButtonProps={{ "aria-label": t("cancel") }}
      >
        <Stack gap="sm">
          <Textarea
            label={t("comment")}
            required
            autosize
            minRows={3}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setReturning(null)}>
              {t("cancel")}
            </Button>
            <Button
              color="red.9"
              disabled={comment.trim() === ""}
              loading={review.isPending}
              onClick={() => returning && act(returning, "return", comment.trim())}
            >
              {t("confirmReturn")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
