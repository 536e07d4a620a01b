/** Sign in with login and password; lists the demo users to try. */
import {
  Alert,
  Anchor,
  Button,
  Paper,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useErrorText } from "../../../components/states.tsx";
import { isApiError } from "../../../lib/api-client.ts";
import { useLogin } from "../api.ts";

// The demo the server loads into a new database (README, "Running the store").
const DEMO = [
  { login: "planner.tk", password: "demo-planner-tk", role: "login.demoPlanner" },
  { login: "executor.tk", password: "demo-executor-tk", role: "login.demoExecutor" },
  { login: "viewer.tk", password: "demo-viewer-tk", role: "login.demoViewer" },
  { login: "admin", password: "demo-admin-1", role: "login.demoAdmin" },
];

/** The sign-in screen. */
export function LoginPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate(
      { login: name.trim(), password },
      { onSuccess: () => void navigate(params.get("next") ?? "/programs", { replace: true }) },
    );
  };
  const error = login.error;
  return (
    <Stack maw={420} mx="auto" py="lg" gap="md">
      <Title order={1}>{t("login.title")}</Title>
      <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t("login.login")}
            name="login"
            autoComplete="username"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <PasswordInput
            label={t("login.password")}
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {error && (
            <Alert color="red" role="alert">
              {isApiError(error, "unauthorized") ? t("login.failed") : errorText(error)}
            </Alert>
          )}
          <Button type="submit" loading={login.isPending} disabled={!name || !password}>
            {t("login.submit")}
          </Button>
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          {t("login.demoTitle")}
        </Title>
        <Text size="sm" mb="xs">
          {t("login.demoHint", { login: "planner.tk", password: "demo-planner-tk" })}
        </Text>
        <Table fz="sm" verticalSpacing={4}>
          <Table.Tbody>
            {DEMO.map((user) => (
              <Table.Tr key={user.login}>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => {
                      setName(user.login);
                      setPassword(user.password);
                    }}
                  >
                    <code>{user.login}</code>
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(user.role)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Anchor component={Link} to="/public" reloadDocument size="sm">
        {t("login.publicLink")}
      </Anchor>
    </Stack>
  );
}
