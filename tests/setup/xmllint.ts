/** Test helper: validates XML against the committed IATI 2.03 activity schema with xmllint. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SCHEMA = new URL("../fixtures/iati-schemas/iati-activities-schema.xsd", import.meta.url).pathname;

/** True when xmllint (Debian's libxml2-utils) can run here. */
export const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;
if (!hasXmllint)
  console.warn(
    "\n!!! xmllint (libxml2-utils) is not on PATH: the IATI XSD validation tests are SKIPPED !!!\n",
  );

/** Runs `xmllint --noout --schema` on the XML; ok when it validates, with what xmllint said. */
export function validateIati(xml: string): { ok: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), "iati-")), "activity.xml");
  writeFileSync(file, xml);
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { encoding: "utf8" });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}
