/** The territory tree (indented pre-order list) and a form to add a territory under a parent. */
import { Button, Group, List, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, QueryState } from "../../../components/states.tsx";
import { useLocalName } from "../../../lib/localized.ts";
import { useTerritories } from "../../programs/api.ts";
import { useAdminWrite } from "../api.ts";
import { NS } from "../i18n.ts";

const LEVELS = ["oblast", "district", "city", "aiyl_aimak", "city_district"] as const;
const depthOf = (path: string) => Math.max(0, path.split("/").length - 3);

/** The territories tab. */
export function TerritoriesTab() {
  const { t } = useTranslation([NS, "translation"]);
  const name = useLocalName();
  const territories = useTerritories();
  const write = useAdminWrite();
  const [form, setForm] = useState({ parentId: "", level: "city", code: "", nameKy: "", nameRu: "" });
  const set = (k: keyof typeof form) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [k]: e.currentTarget.value });
  return (
    <QueryState query={territories}>
      {(data) => (
        <Stack gap="md">
          <List listStyleType="none" spacing={2}>
            {data.items.map((x) => (
              <List.Item key={x.id} style={{ paddingLeft: depthOf(x.path) * 20 }}>
                {name(x)}
              </List.Item>
            ))}
          </List>
          <Group align="flex-end" gap="xs" wrap="wrap">
            <NativeSelect
              label={t("parent")}
              value={form.parentId || String(data.items[0]?.id ?? "")}
              data={data.items.map((x) => ({
                value: String(x.id),
                label: `${"· ".repeat(depthOf(x.path))}${name(x)}`,
              }))}
              onChange={set("parentId")}
            />
            <NativeSelect
              label={t("level")}
              value={form.level}
              data={LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
              onChange={set("level")}
            />
            <TextInput label={t("code")} value={form.code} onChange={set("code")} />
            <TextInput label={t("nameKy")} value={form.nameKy} onChange={set("nameKy")} />
            <TextInput label={t("nameRu")} value={form.nameRu} onChange={set("nameRu")} />
            <Button
              loading={write.isPending}
              disabled={!form.code || !form.nameKy || !form.nameRu}
              onClick={() =>
                write.mutate(
                  {
                    method: "post",
                    path: "/territories",
                    body: { ...form, parentId: Number(form.parentId || data.items[0]?.id) },
                  },
                  { onSuccess: () => setForm({ ...form, code: "", nameKy: "", nameRu: "" }) },
                )
              }
            >
              {t("add")}
            </Button>
          </Group>
          {write.error && <ErrorState error={write.error} />}
        </Stack>
      )}
    </QueryState>
  );
}
