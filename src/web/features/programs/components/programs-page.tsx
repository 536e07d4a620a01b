/** The programs of my territory first, then the other programs I may read (a guest: published ones). */
import { SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Pager } from "../../../components/pager.tsx";
import { EmptyState, QueryState } from "../../../components/states.tsx";
import { type Me, useMe } from "../../auth/api.ts";
import { type ProgramListItem, type Territory, usePrograms, useTerritories } from "../api.ts";
import { ProgramCard } from "./program-card.tsx";

/** Programs whose territory lies within one of the user's grants. */
function splitMine(items: ProgramListItem[], me: Me | null, territories: Territory[]) {
  if (!me) return { mine: [], others: items };
  const pathOf = new Map(territories.map((t) => [t.id, t.path]));
  const scopes = me.grants.map((g) => pathOf.get(g.territoryId)).filter((p) => p !== undefined);
  const isMine = (p: ProgramListItem) => scopes.some((s) => (pathOf.get(p.territory.id) ?? "").startsWith(s));
  return { mine: items.filter(isMine), others: items.filter((p) => !isMine(p)) };
}

/** The programs screen. */
export function ProgramsPage({ publicOnly = false }: { publicOnly?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const user = publicOnly ? null : (me.data ?? null);
  const [page, setPage] = useState(1);
  const programs = usePrograms({ page, pageSize: 50, published: publicOnly ? true : undefined });
  const territories = useTerritories(user !== null);
  const link = (p: ProgramListItem) => (user ? `/programs/${p.id}` : `/public/programs/${p.id}`);
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{user ? t("programs.title") : t("programs.publicTitle")}</Title>
        <Text c="dimmed" size="sm">
          {t("programs.subtitle")}
        </Text>
      </div>
      <QueryState query={programs}>
        {(data) => {
          if (data.items.length === 0) return <EmptyState>{t("programs.empty")}</EmptyState>;
          const { mine, others } = splitMine(data.items, user, territories.data?.items ?? []);
          return (
            <>
              {mine.length > 0 && <ProgramGroup title={t("programs.mine")} items={mine} link={link} />}
              {others.length > 0 && (
                <ProgramGroup
                  title={mine.length > 0 ? t("programs.others") : null}
                  items={others}
                  link={link}
                />
              )}
              <Pager total={data.total} page={data.page} pageSize={data.pageSize} onPage={setPage} />
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}

function ProgramGroup(props: {
  title: string | null;
  items: ProgramListItem[];
  link: (p: ProgramListItem) => string;
}) {
  return (
    <section>
      {props.title && (
        <Title order={2} size="h3" mb="sm">
          {props.title}
        </Title>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {props.items.map((p) => (
          <ProgramCard key={p.id} program={p} to={props.link(p)} />
        ))}
      </SimpleGrid>
    </section>
  );
}
