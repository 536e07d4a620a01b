/** Users: search, add, grant / revoke roles, activate / deactivate, reset a password. */
import {
  Badge,
  Button,
  CloseButton,
  Group,
  NativeSelect,
  PasswordInput,
  Popover,
  Stack,
  Table,
  TextInput,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Pager } from "../../../components/pager.tsx";
import { ErrorState, QueryState } from "../../../components/states.tsx";
import { useLocalName } from "../../../lib/localized.ts";
import { SettingsForm } from "../../notifications/components/settings-form.tsx";
import { useTerritories } from "../../programs/api.ts";
import { type User, useAdminWrite, useAllOrganizations, useUsers } from "../api.ts";
import { NS } from "../i18n.ts";

const ROLES = ["admin", "planner", "executor", "viewer"] as const;

/** The users tab. */
export function UsersTab() {
  const { t } = useTranslation([NS, "translation"]);
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const users = useUsers(q, page);
  const orgs = useAllOrganizations("");
  const write = useAdminWrite();
  const [form, setForm] = useState({ login: "", displayName: "", password: "", organizationId: "" });
  const firstOrg = String(orgs.data?.items[0]?.id ?? "");
  return (
    <Stack gap="md">
      <TextInput label={t("search")} value={q} onChange={(e) => setQ(e.currentTarget.value)} maw={320} />
      {write.error && <ErrorState error={write.error} />}
      <QueryState query={users}>
        {(data) => (
          <>
            <div className="table-scroll">
              <Table withTableBorder striped verticalSpacing={4} miw={760}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("login")}</Table.Th>
                    <Table.Th>{t("organization")}</Table.Th>
                    <Table.Th>{t("roles")}</Table.Th>
                    <Table.Th>{t("active")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((u) => (
                    <UserRow key={u.id} user={u} write={write} />
                  ))}
                </Table.Tbody>
              </Table>
            </div>
            <Pager total={data.total} page={data.page} pageSize={data.pageSize} onPage={setPage} />
          </>
        )}
      </QueryState>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput
          label={t("login")}
          value={form.login}
          onChange={(e) => setForm({ ...form, login: e.currentTarget.value })}
        />
        <TextInput
          label={t("displayName")}
          value={form.displayName}
          onChange={(e) => setForm({ ...form, displayName: e.currentTarget.value })}
        />
        <PasswordInput
          label={t("password")}
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
        />
        <NativeSelect
          label={t("organization")}
          value={form.organizationId || firstOrg}
          data={(orgs.data?.items ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
          onChange={(e) => setForm({ ...form, organizationId: e.currentTarget.value })}
        />
        <Button
          disabled={form.login.length < 3 || !form.displayName || form.password.length < 8}
          loading={write.isPending}
          onClick={() =>
            write.mutate(
              {
                method: "post",
                path: "/users",
                body: { ...form, organizationId: Number(form.organizationId || firstOrg) || null },
              },
              {
                onSuccess: () =>
                  setForm({ login: "", displayName: "", password: "", organizationId: form.organizationId }),
              },
            )
          }
        >
          {t("add")}
        </Button>
      </Group>
    </Stack>
  );
}

function UserRow({ user, write }: { user: User; write: ReturnType<typeof useAdminWrite> }) {
  const { t } = useTranslation([NS, "translation"]);
  const name = useLocalName();
  const territories = useTerritories();
  const [role, setRole] = useState("viewer");
  const [territoryId, setTerritoryId] = useState("");
  const [password, setPassword] = useState("");
  const [passwordSet, setPasswordSet] = useState(false);
  const tid = Number(territoryId || territories.data?.items[0]?.id || 0);
  return (
    <Table.Tr>
      <Table.Td>
        {user.login}
        <br />
        {user.displayName}
      </Table.Td>
      <Table.Td>{user.organizationName ?? "—"}</Table.Td>
      <Table.Td>
        <Group gap={4}>
          {user.roles.map((r) => (
            <Badge
              key={`${r.role}-${r.territoryId}`}
              variant="light"
              color="dark"
              tt="none"
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label={t("revoke", {
                    role: `${t(`rolesNames.${r.role}`)} — ${name({ nameKy: r.territoryNameKy, nameRu: r.territoryNameRu })}`,
                  })}
                  onClick={() =>
                    write.mutate({
                      method: "post",
                      path: `/users/${user.id}/roles/revoke`,
                      body: { role: r.role, territoryId: r.territoryId },
                    })
                  }
                />
              }
            >
              {t(`rolesNames.${r.role}`)} · {name({ nameKy: r.territoryNameKy, nameRu: r.territoryNameRu })}
            </Badge>
          ))}
        </Group>
        <Group gap={4} mt={4} wrap="nowrap">
          <NativeSelect
            size="xs"
            aria-label={`${t("role")}: ${user.login}`}
            value={role}
            data={ROLES.map((r) => ({ value: r, label: t(`rolesNames.${r}`) }))}
            onChange={(e) => setRole(e.currentTarget.value)}
          />
          <NativeSelect
            size="xs"
            aria-label={`${t("territory")}: ${user.login}`}
            value={String(tid)}
            data={(territories.data?.items ?? []).map((x) => ({ value: String(x.id), label: name(x) }))}
            onChange={(e) => setTerritoryId(e.currentTarget.value)}
          />
          <Button
            size="xs"
            variant="default"
            onClick={() =>
              write.mutate({
                method: "post",
                path: `/users/${user.id}/roles`,
                body: { role, territoryId: tid },
              })
            }
          >
            {t("grant")}
          </Button>
        </Group>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Button
            size="xs"
            variant="default"
            onClick={() =>
              write.mutate({
                method: "patch",
                path: `/users/${user.id}`,
                body: { active: !user.active },
                ifMatch: `"${user.rowVersion}"`,
              })
            }
          >
            {user.active ? `${t("active")} · ${t("deactivate")}` : `${t("inactive")} · ${t("activate")}`}
          </Button>
          <Popover width={440} position="bottom-end" shadow="md">
            <Popover.Target>
              <Button size="xs" variant="default" aria-label={`${t("reminders")}: ${user.login}`}>
                {t("reminders")}
              </Button>
            </Popover.Target>
            <Popover.Dropdown>
              <SettingsForm userId={user.id} admin />
            </Popover.Dropdown>
          </Popover>
          <Group gap={4} wrap="nowrap">
            <PasswordInput
              size="xs"
              aria-label={`${t("newPassword")}: ${user.login}`}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <Button
              size="xs"
              variant="default"
              disabled={password.length < 8}
              onClick={() =>
                write.mutate(
                  { method: "post", path: `/users/${user.id}/password`, body: { password } },
                  {
                    onSuccess: () => {
                      setPassword("");
                      setPasswordSet(true);
                    },
                  },
                )
              }
            >
              {passwordSet ? t("passwordSet") : t("resetPassword")}
            </Button>
          </Group>
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
