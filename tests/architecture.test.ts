/**
 * The layer rules of docs/architecture.md, checked on every import of every source file under src/
 * (top-level files too): which of our folders a file may import, which only for types, and which
 * packages are confined to one layer (SQL to db and operations, HTTP to api and server.ts, no Node
 * built-ins in domain and web). The checker is itself tested on a wrong import in each layer.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve("src");

/** What a layer (a folder under src/, or a top-level file) may import. */
interface Rule {
  /** Layers it may import anything from. */
  may: string[];
  /** Layers it may import types from only (`import type`): the database connection's type. */
  types?: string[];
}

const DOORS = ["operations", "domain"];
const RULES: Record<string, Rule> = {
  domain: { may: ["domain"] },
  importers: { may: ["importers", "domain"] },
  reports: { may: ["reports", "domain"] },
  db: { may: ["db", "domain"] },
  operations: { may: ["operations", "domain", "importers", "reports", "db"] },
  api: { may: ["api", ...DOORS], types: ["db"] },
  cli: { may: ["cli", ...DOORS, "config.ts", "server.ts"], types: ["db"] },
  web: { may: ["web", "domain"] },
  "config.ts": { may: ["domain"] },
  "server.ts": { may: ["api", ...DOORS, "config.ts"], types: ["db"] },
  "main.ts": { may: ["cli", ...DOORS, "config.ts", "server.ts"] },
};

/** Packages only some layers may import. */
const PACKAGES: { pattern: RegExp; what: string; only?: string[]; never?: string[] }[] = [
  { pattern: /^(drizzle-orm|pg|@electric-sql\/pglite)(\/|$)/, what: "SQL", only: ["db", "operations"] },
  { pattern: /^(hono|@hono\/)/, what: "HTTP", only: ["api", "server.ts"] },
  { pattern: /^@aws-sdk\//, what: "S3", only: ["db"] },
  { pattern: /^@tus\//, what: "the tus server", only: ["api"] },
  { pattern: /^tus-js-client(\/|$)/, what: "the tus client", only: ["web"] },
  { pattern: /^node:/, what: "Node built-ins", never: ["domain", "web"] },
];

interface Source {
  /** Path relative to src/. */
  path: string;
  text: string;
}

const IMPORT_RE =
  /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** The layer of a path relative to src/: its top folder, or the file itself at the top. */
function layerOfPath(path: string): string {
  return path.split("/")[0] as string;
}

/** Every import of a source that breaks a rule, as "file → specifier (why)". */
function violations(sources: Source[]): string[] {
  const wrong: string[] = [];
  for (const { path, text } of sources) {
    const layer = layerOfPath(path);
    const rule = RULES[layer];
    if (!rule) {
      wrong.push(`${path}: no rule for layer "${layer}" in docs/architecture.md`);
      continue;
    }
    for (const m of text.matchAll(IMPORT_RE)) {
      const typeOnly = m[2] !== undefined;
      const specifier = (m[3] ?? m[4]) as string;
      const why = judge(path, layer, rule, specifier, typeOnly);
      if (why) wrong.push(`${path} → ${specifier} (${why})`);
    }
  }
  return wrong;
}

function judge(path: string, layer: string, rule: Rule, specifier: string, typeOnly: boolean): string | null {
  if (!specifier.startsWith(".")) {
    for (const p of PACKAGES)
      if (p.pattern.test(specifier)) {
        if (p.only && !p.only.includes(layer)) return `${p.what} only in ${p.only.join(", ")}`;
        if (p.never?.includes(layer)) return `no ${p.what} in ${layer}`;
      }
    return null;
  }
  const target = relative(SRC, resolve(join(SRC, path, ".."), specifier));
  if (target.startsWith("..")) return "outside src/ (tests and scripts are not production code)";
  const to = layerOfPath(target);
  if (rule.may.includes(to)) return null;
  if (typeOnly && rule.types?.includes(to)) return null;
  return rule.types?.includes(to)
    ? `${layer} may import only types from ${to}`
    : `${layer} may not import ${to}`;
}

function sourceFiles(dir: string): Source[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    if (!/\.(ts|tsx)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    return [{ path: relative(SRC, path), text: readFileSync(path, "utf8") }];
  });
}

describe("every file under src/ imports only what docs/architecture.md allows", () => {
  const sources = sourceFiles(SRC);
  it("covers every layer and top-level file", () => {
    expect(sources.length).toBeGreaterThan(100);
    const layers = new Set(sources.map((s) => layerOfPath(s.path)));
    expect([...layers].filter((l) => !RULES[l])).toEqual([]);
  });
  for (const layer of Object.keys(RULES))
    it(`src/${layer}`, () => {
      expect(violations(sources.filter((s) => layerOfPath(s.path) === layer))).toEqual([]);
    });
});

describe("the checker catches a wrong import in each layer", () => {
  /** A forbidden import for each layer, written as that layer's files would write it. */
  const WRONG: [path: string, line: string][] = [
    ["domain/x.ts", `import { a } from "../importers/import-plan.ts";`],
    ["domain/x.ts", `import { readFile } from "node:fs/promises";`],
    ["importers/x.ts", `import { a } from "../operations/programs/save-plan.ts";`],
    ["reports/x.ts", `import { a } from "../db/schema.ts";`],
    ["db/x.ts", `import { a } from "../operations/shared/write.ts";`],
    ["operations/x/y.ts", `import { a } from "../../api/app.ts";`],
    ["api/x.ts", `import { programs } from "../db/schema.ts";`],
    ["api/routes/x.ts", `import { eq } from "drizzle-orm";`],
    ["api/x.ts", `import { a } from "../importers/import-plan.ts";`],
    ["cli/x.ts", `import { a } from "../reports/render-report.ts";`],
    ["cli/x.ts", `const m = await import("../db/connect.ts");`],
    ["web/features/x/y.tsx", `import { a } from "../../../operations/programs/get-program.ts";`],
    ["web/x.ts", `import { Hono } from "hono";`],
    ["operations/x/y.ts", `import { S3Client } from "@aws-sdk/client-s3";`],
    ["operations/x/y.ts", `import { Server } from "@tus/server";`],
    ["api/x.ts", `import { Upload } from "tus-js-client";`],
    ["config.ts", `import { a } from "./db/connect.ts";`],
    ["server.ts", `import { migrate } from "./db/migrate.ts";`],
    ["main.ts", `import { programs } from "./db/schema.ts";`],
    ["operations/x/y.ts", `import { a } from "../../../tests/setup/world.ts";`],
  ];
  for (const [path, line] of WRONG)
    it(`${path}: ${line}`, () => {
      expect(violations([{ path, text: line }])).toHaveLength(1);
    });

  it("lets a door import the connection's type, and nothing else of db", () => {
    expect(violations([{ path: "api/x.ts", text: `import type { Db } from "../db/connect.ts";` }])).toEqual(
      [],
    );
    expect(
      violations([{ path: "api/x.ts", text: `import { connect } from "../db/connect.ts";` }]),
    ).toHaveLength(1);
  });

  it("refuses a file in a folder the page does not name", () => {
    expect(violations([{ path: "jobs/x.ts", text: "" }])).toHaveLength(1);
  });
});
