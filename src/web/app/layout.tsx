/** The frame of every screen: header with the menu, the language switcher and the user; the screen below. */
import { Anchor, AppShell, Box, Button, Group } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useNavigate } from "react-router";
import { LoadingState } from "../components/states.tsx";
import { hasRole, useLogout, useMe } from "../features/auth/api.ts";
import { OutboxBadge } from "../features/my-reports/components/outbox-badge.tsx";
import { signOutForgetting } from "../features/my-reports/offline-data.ts";
import { Bell } from "../features/notifications/components/bell.tsx";
import { LanguageSwitcher } from "./language-switcher.tsx";
import { usePageTitle } from "./page-title.ts";
import { MenuButton, PhoneNav } from "./phone-nav.tsx";
import { NAV } from "./routes.tsx";

/** The height of the top bar; sticky table headers sit right below it (--app-shell-header-offset). */
const HEADER_HEIGHT = 56;

/** Header + main content with a skip link for keyboard users. */
export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const [menuOpened, menu] = useDisclosure(false);
  usePageTitle();
  const user = me.data ?? null;
  const items = NAV.filter((item) => !item.roles || hasRole(user, ...item.roles));
  return (
    <AppShell header={{ height: HEADER_HEIGHT }} padding="md">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <AppShell.Header px="md">
        <Group justify="space-between" gap="xs" wrap="nowrap" h="100%">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <MenuButton opened={menuOpened} onToggle={menu.toggle} />
            <Anchor
              component={Link}
              to="/"
              fw={700}
              c="dark"
              underline="never"
              style={{ whiteSpace: "nowrap" }}
            >
              <Box component="span" visibleFrom="sm">
                {t("app.title")}
              </Box>
              <Box component="span" hiddenFrom="sm">
                {t("app.short")}
              </Box>
            </Anchor>
            <Box component="nav" aria-label={t("app.mainNav")} visibleFrom="lg">
              <Group gap="sm" wrap="nowrap">
                {items.map((item) => (
                  <Anchor
                    key={item.to}
                    component={NavLink}
                    to={item.to}
                    size="sm"
                    style={{ whiteSpace: "nowrap" }}
                  >
                    {t(item.label)}
                  </Anchor>
                ))}
              </Group>
            </Box>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitcher />
            {user ? (
              <>
                <OutboxBadge />
                <Bell />
                <Anchor
                  component={Link}
                  to="/profile"
                  size="sm"
                  c="dark"
                  visibleFrom="lg"
                  title={user.organizationName ?? undefined}
                  style={{ whiteSpace: "nowrap" }}
                >
                  {user.displayName}
                </Anchor>
                <Button
                  size="xs"
                  variant="default"
                  loading={logout.isPending}
                  onClick={() =>
                    // this device forgets the user's offline data (after asking when reports wait to be sent)
                    void signOutForgetting(t).then(
                      (go) => go && logout.mutate(undefined, { onSettled: () => void navigate("/login") }),
                    )
                  }
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
      <PhoneNav opened={menuOpened} onClose={menu.close} items={items} userName={user?.displayName ?? null} />
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
