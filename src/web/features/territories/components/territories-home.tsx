/**
 * /territories: the signed-in user's own territory page — the highest territory one of their roles
 * covers (a national planner the republic, an oblast planner the oblast); a guest, the republic.
 */

import { useTranslation } from "react-i18next";
import { Navigate } from "react-router";
import { EmptyState, QueryState } from "../../../components/states.tsx";
import { useMe } from "../../auth/api.ts";
import { useTerritoryTree } from "../api.ts";
import { NS } from "../i18n.ts";

/** Redirects to /territories/CODE of the user's territory. */
export function TerritoriesHome() {
  const { t } = useTranslation(NS);
  const me = useMe();
  const tree = useTerritoryTree();
  return (
    <QueryState query={tree}>
      {(page) => {
        if (me.isPending) return null;
        const granted = new Set((me.data?.grants ?? []).map((g) => g.territoryId));
        // pre-order: the first granted node is the highest one; a guest starts at the root
        const node = me.data ? page.items.find((n) => granted.has(n.id)) : page.items[0];
        return node ? (
          <Navigate replace to={`/territories/${node.code}`} />
        ) : (
          <EmptyState>{t("noTerritory")}</EmptyState>
        );
      }}
    </QueryState>
  );
}
