/** The frame of every screen: header with the menu, the language switcher and the user; the screen below. */
import { Anchor, AppShell, Button, Group, Text } from "@mantine/core";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useNavigate } from "react-router";
import { LoadingState } from "../components/states.tsx";
import { hasRole, useLogout, useMe } from "../features/auth/api.ts";
import { LanguageSwitcher } from "./language-switcher.tsx";
import { NAV } from "./routes.tsx";

/** Header + main content with a skip link for keyboard users. */
export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const user = me.data ?? null;
  const items = NAV.filter((item) => !item.roles || hasRole(user, ...item.roles));
  return (
    <AppShell header={{ height: { base: 96, sm: 56 } }} padding="md">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <AppShell.Header px="md" py={6}>
        <Group justify="space-between" gap="xs" wrap="wrap" h="100%">
          <Group gap="md" wrap="nowrap">
            <Anchor component={Link} to="/" fw={700} c="dark" underline="never">
              {t("app.title")}
            </Anchor>
            <nav aria-label={t("app.mainNav")}>
              <Group gap="sm" wrap="nowrap">
                {items.map((item) => (
                  <Anchor key={item.to} component={NavLink} to={item.to} size="sm">
                    {t(item.label)}
                  </Anchor>
                ))}
              </Group>
            </nav>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitcher />
            {user ? (
              <>
                <Text size="sm" visibleFrom="sm" title={user.organizationName ?? undefined}>
                  {user.displayName}
                </Text>
                <Button
                  size="xs"
                  variant="default"
                  loading={logout.isPending}
                  onClick={() => logout.mutate(undefined, { onSettled: () => void navigate("/login") })}
                >
                  {t("app.signOut")}
                </Button>
              </>
            ) : (
              !me.isPending && (
                <Button size="xs" component={Link} to="/login">
                  {t("app.signIn")}
                </Button>
              )
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
