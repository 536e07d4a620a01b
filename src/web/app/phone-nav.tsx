/** The main menu on a narrow screen: a burger in the header opens a drawer with every menu entry. */
import { Burger, Drawer, NavLink, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { NavLink as RouterNavLink, useLocation } from "react-router";
import type { NavItem } from "./routes.tsx";

const DRAWER_ID = "phone-nav";

/** The burger button; shown below the `lg` breakpoint, where the header has no room for the menu. */
export function MenuButton(props: { opened: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <Burger
      opened={props.opened}
      onClick={props.onToggle}
      hiddenFrom="lg"
      size="sm"
      aria-label={t("app.openMenu")}
      aria-expanded={props.opened}
      aria-controls={DRAWER_ID}
      data-testid="menu-button"
    />
  );
}

/** The drawer with the menu; picking an entry closes it. */
export function PhoneNav(props: {
  opened: boolean;
  onClose: () => void;
  items: NavItem[];
  userName: string | null;
}) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Drawer
      id={DRAWER_ID}
      opened={props.opened}
      onClose={props.onClose}
      title={t("app.mainNav")}
      size="xs"
      closeButtonProps={{ "aria-label": t("app.closeMenu") }}
    >
      <Stack gap="md">
        <nav aria-label={t("app.mainNav")}>
          {props.items.map((item) => (
            <NavLink
              key={item.to}
              component={RouterNavLink}
              to={item.to}
              label={t(item.label)}
              active={pathname === item.to || pathname.startsWith(`${item.to}/`)}
              variant="filled"
              onClick={props.onClose}
            />
          ))}
        </nav>
        {props.userName && (
          <Text size="sm" c="dimmed">
            {props.userName}
          </Text>
        )}
      </Stack>
    </Drawer>
  );
}
