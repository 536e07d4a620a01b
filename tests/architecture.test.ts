/**
 * The dependency direction of docs/architecture.md, checked on every import of every source file:
 * domain imports nothing of ours; importers and reports only domain; operations not api, cli or
 * web; api and cli not web; web only domain (and itself); nothing imports cli or web.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve("src");
const ALLOWED: Record<string, string[]> = {
  domain: ["domain"],
  importers: ["importers", "domain"],
  reports: ["reports", "domain"],
  db: ["db", "domain"],
  operations: ["operations", "domain", "importers", "reports", "db"],
  api: ["api", "operations", "domain", "db", "importers", "reports"],
  cli: ["cli", "operations", "domain", "db", "importers", "reports", "config", "server"],
  web: ["web", "domain"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The top folder (or file) under src/ that a relative import of `file` lands in. */
function layerOf(file: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const target = relative(SRC, resolve(join(file, ".."), specifier));
  if (target.startsWith("..")) return "outside";
  return (target.split("/")[0] ?? "").replace(/\.tsx?$/, "");
}

describe("layers import only what docs/architecture.md allows", () => {
  for (const [layer, allowed] of Object.entries(ALLOWED)) {
    it(`src/${layer}`, () => {
      const wrong: string[] = [];
      for (const file of sourceFiles(join(SRC, layer))) {
        const text = readFileSync(file, "utf8");
        for (const match of text.matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']/g)) {
          const target = layerOf(file, match[1] as string);
          if (target !== null && !allowed.includes(target))
            wrong.push(`${relative(SRC, file)} → ${match[1]}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});
