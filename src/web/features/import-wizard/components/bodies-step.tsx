/** Step 3: bodies no organization is known by; pick one (adds an alias) or leave them. */
import { Button, Group, NativeSelect, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/states.tsx";
import { useOrganizations } from "../../programs/api.ts";
import { addAlias } from "../api.ts";
import { NS } from "../i18n.ts";

/** The unmatched bodies with an organization picker each. */
export function BodiesStep(props: { territoryId: number; bodies: string[] }) {
  const { t } = useTranslation([NS, "translation"]);
  const orgs = useOrganizations(props.territoryId);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [linked, setLinked] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  if (props.bodies.length === 0) return <Text size="sm">{t("allMatched")}</Text>;
  const link = async (body: string) => {
    const id = Number(picked[body]);
    if (!id) return;
    setError(null);
    try {
      await addAlias(id, body);
      setLinked(new Set([...linked, body]));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Stack gap="sm">
      <Text size="sm">{t("unmatched")}</Text>
      {error !== null && <ErrorState error={error} />}
      <div className="table-scroll">
        <Table withTableBorder verticalSpacing={4} miw={520}>
          <Table.Tbody>
            {props.bodies.map((body) => (
              <Table.Tr key={body}>
                <Table.Td>{body}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <NativeSelect
                      size="xs"
                      aria-label={t("pickOrg", { name: body })}
                      value={picked[body] ?? ""}
                      disabled={linked.has(body)}
                      data={[
                        { value: "", label: t("leave") },
                        ...(orgs.data?.items ?? []).map((o) => ({ value: String(o.id), label: o.name })),
                      ]}
                      onChange={(e) => setPicked({ ...picked, [body]: e.currentTarget.value })}
                    />
                    <Button
                      size="xs"
                      disabled={!picked[body] || linked.has(body)}
                      onClick={() => void link(body)}
                    >
                      {linked.has(body) ? t("linked") : t("link")}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}
