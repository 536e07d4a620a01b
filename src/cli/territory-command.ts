import { AppError } from "../domain/errors.ts";
import { TERRITORY_LEVELS } from "../domain/territory-csv.ts";
import { createOrganization } from "../operations/territories/create-organization.ts";
import { createTerritory, type NewTerritory } from "../operations/territories/create-territory.ts";
import { findTerritory } from "../operations/territories/find-territory.ts";
import { importTerritories } from "../operations/territories/import-territories.ts";
import { readInput } from "./read-input.ts";
import type { CommandOutput } from "./run.ts";
import type { StoreContext } from "./store.ts";

/** The options of `territory add`. */
export interface TerritoryAddOptions {
  parent?: string | undefined;
  level?: string | undefined;
  ky?: string | undefined;
  ru?: string | undefined;
}

/** `territory add CODE [--parent CODE] --level LEVEL --ky NAME --ru NAME` (no parent: the republic). */
export async function territoryAdd(
  store: StoreContext,
  code: string,
  options: TerritoryAddOptions,
): Promise<CommandOutput> {
  const { db } = store.connection;
  const level = options.level as NewTerritory["level"];
  if (!(TERRITORY_LEVELS as readonly string[]).includes(level))
    throw new AppError("invalid_input", `--level must be one of ${TERRITORY_LEVELS.join(", ")}`);
  if (!options.ky?.trim() || !options.ru?.trim())
    throw new AppError("invalid_input", "a territory needs its names: --ky NAME --ru NAME");
  const parent = options.parent === undefined ? null : await findTerritory(db, { code: options.parent });
  const territory = await createTerritory(db, store.actor, {
    code,
    parentId: parent?.id ?? null,
    level,
    nameKy: options.ky.trim(),
    nameRu: options.ru.trim(),
  });
  return {
    stdout: `territory ${territory.code} added (id ${territory.id}, path ${territory.path}): ${territory.nameKy}`,
    exitCode: 0,
  };
}

/** The options of `org add`. */
export interface OrgAddOptions {
  name?: string | undefined;
  ru?: string | undefined;
  short?: string | undefined;
  alias?: string[] | undefined;
}

/** `org add TERRITORY_CODE --name NAME [--ru NAME] [--short ABBR] [--alias NAME]…`: a body plans name. */
export async function orgAdd(
  store: StoreContext,
  code: string,
  options: OrgAddOptions,
): Promise<CommandOutput> {
  const { db } = store.connection;
  if (!options.name?.trim()) throw new AppError("invalid_input", "a body needs --name NAME");
  const territory = await findTerritory(db, { code });
  const org = await createOrganization(db, store.actor, {
    territoryId: territory.id,
    name: options.name.trim(),
    nameRu: options.ru ?? null,
    shortName: options.short ?? null,
    aliases: options.alias ?? [],
  });
  return { stdout: `body ${org.name} added (id ${org.id}) to ${territory.code}`, exitCode: 0 };
}

/** `territory import FILE.csv [--json]` (FILE may be -): loads a territory register in one transaction. */
export async function territoryImport(
  store: StoreContext,
  file: string,
  json: boolean,
): Promise<CommandOutput> {
  const text = new TextDecoder().decode(await readInput(file));
  const result = await importTerritories(store.connection.db, store.actor, text);
  if (json) return { stdout: JSON.stringify(result, null, 2), exitCode: 0 };
  const lines = result.changes.map(
    (c) =>
      `  line ${c.line}: ${c.code} ${c.action === "create" ? "added" : `updated (${c.fields.join(", ")})`}`,
  );
  const summary = `${file}: ${result.rows} territories — ${result.created} added, ${result.updated} updated, ${result.unchanged} unchanged`;
  return { stdout: [summary, ...lines].join("\n"), exitCode: 0 };
}
