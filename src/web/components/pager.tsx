/** Server-side pagination under a list: page buttons, "1–50 of 120" and the page size. */
import { Group, NativeSelect, Pagination, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The pager of a `{ total, page, pageSize }` list. */
export function Pager(props: {
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize?: (size: number) => void;
  sizes?: number[];
}) {
  const { t } = useTranslation();
  const { total, page, pageSize } = props;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" gap="sm" my="sm" className="no-print">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t("common.pageInfo", { from, to, total })}
      </Text>
      <Group gap="sm">
        {pages > 1 && (
          <Pagination
            total={pages}
            value={page}
            onChange={props.onPage}
            size="sm"
            siblings={1}
            getControlProps={(control) => ({ "aria-label": `${t("common.pagination")}: ${control}` })}
            aria-label={t("common.pagination")}
          />
        )}
        {props.onPageSize && (
          <NativeSelect
            size="xs"
            aria-label={t("common.pageSize")}
            value={String(pageSize)}
            data={(props.sizes ?? [25, 50, 100]).map(String)}
            onChange={(e) => props.onPageSize?.(Number(e.currentTarget.value))}
          />
        )}
      </Group>
    </Group>
  );
}
