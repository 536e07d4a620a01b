/** Organizations with their aliases: search, add an organization, add an alias. */
import { Button, Group, NativeSelect, Stack, Table, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState, ErrorState, QueryState } from "../../../components/states.tsx";
import { useLocalName } from "../../../lib/localized.ts";
import { useTerritories } from "../../programs/api.ts";
import { useAdminWrite, useAllOrganizations } from "../api.ts";
import { NS } from "../i18n.ts";

/** The organizations tab. */
export function OrganizationsTab() {
  const { t } = useTranslation([NS, "translation"]);
  const name = useLocalName();
  const [q, setQ] = useState("");
  const orgs = useAllOrganizations(q);
  const territories = useTerritories();
  const write = useAdminWrite();
  const [form, setForm] = useState({ territoryId: "", name: "", shortName: "" });
  const [alias, setAlias] = useState<Record<number, string>>({});
  const tName = (id: number) => name(territories.data?.items.find((x) => x.id === id));
  const firstTerritory = String(territories.data?.items[0]?.id ?? "");
  return (
    <Stack gap="md">
      <TextInput label={t("search")} value={q} onChange={(e) => setQ(e.currentTarget.value)} maw={320} />
      {write.error && <ErrorState error={write.error} />}
      <QueryState query={orgs}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState />
          ) : (
            <div className="table-scroll">
              <Table withTableBorder striped verticalSpacing={4} miw={640}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("name")}</Table.Th>
                    <Table.Th>{t("territory")}</Table.Th>
                    <Table.Th>{t("aliases")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((o) => (
                    <Table.Tr key={o.id}>
                      <Table.Td>
                        {o.name}
                        {o.shortName ? ` (${o.shortName})` : ""}
                      </Table.Td>
                      <Table.Td>{tName(o.territoryId)}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{(o.aliases ?? []).join("; ")}</Text>
                        <Group gap={4} wrap="nowrap" mt={4}>
                          <TextInput
                            size="xs"
                            aria-label={`${t("alias")}: ${o.name}`}
                            value={alias[o.id] ?? ""}
                            onChange={(e) => setAlias({ ...alias, [o.id]: e.currentTarget.value })}
                          />
                          <Button
                            size="xs"
                            variant="default"
                            disabled={!alias[o.id]?.trim()}
                            onClick={() =>
                              write.mutate(
                                {
                                  method: "post",
                                  path: `/organizations/${o.id}/aliases`,
                                  body: { alias: alias[o.id]?.trim() },
                                },
                                { onSuccess: () => setAlias({ ...alias, [o.id]: "" }) },
                              )
                            }
                          >
                            {t("addAlias")}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )
        }
      </QueryState>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <NativeSelect
          label={t("territory")}
          value={form.territoryId || firstTerritory}
          data={(territories.data?.items ?? []).map((x) => ({ value: String(x.id), label: name(x) }))}
          onChange={(e) => setForm({ ...form, territoryId: e.currentTarget.value })}
        />
        <TextInput
          label={t("name")}
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
        />
        <TextInput
          label={t("shortName")}
          value={form.shortName}
          onChange={(e) => setForm({ ...form, shortName: e.currentTarget.value })}
        />
        <Button
          disabled={!form.name.trim()}
          loading={write.isPending}
          onClick={() =>
            write.mutate(
              {
                method: "post",
                path: "/organizations",
                body: {
                  territoryId: Number(form.territoryId || firstTerritory),
                  name: form.name.trim(),
                  shortName: form.shortName.trim() || null,
                },
              },
              { onSuccess: () => setForm({ ...form, name: "", shortName: "" }) },
            )
          }
        >
          {t("add")}
        </Button>
      </Group>
    </Stack>
  );
}
