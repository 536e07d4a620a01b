/**
 * Bad input: at least 1,000 fuzzed JSON bodies against a running server process — for every
 * operation of /api/openapi.json that takes a JSON body, arbitrary JSON and objects with the
 * schema's own property names holding values of the wrong kind — sent by a signed-in admin, so
 * they get past sign-in and CSRF to validation and the operations. No answer may be a 5xx.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Cluster, clusterReady, startCluster, warnIfSkipped } from "./cluster.ts";
import { type ExecutorClient, newTally, signIn } from "./executor-client.ts";
import { printFigures } from "./figures.ts";

warnIfSkipped("API body fuzz");

const RUNS = 1_200;
// Ending the admin's own session or password would stop the run; nothing else is left out.
const SPARED = /\/auth\/|\/password/;

interface Operation {
  method: string;
  path: string;
  properties: string[];
}

/** Operations with a JSON body, their path parameters filled with 1, and their body's property names. */
function jsonOperations(spec: {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: unknown }> } }>>;
  components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
}): Operation[] {
  const list: Operation[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    if (SPARED.test(path)) continue;
    for (const [method, op] of Object.entries(methods)) {
      const schema = op.requestBody?.content?.["application/json"]?.schema as
        | { $ref?: string; properties?: Record<string, unknown> }
        | undefined;
      if (!schema) continue;
      const resolved = schema.$ref
        ? spec.components?.schemas?.[schema.$ref.split("/").pop() as string]
        : schema;
      list.push({
        method: method.toUpperCase(),
        path: path.replace(/\{[^}]+\}/g, "1"),
        properties: Object.keys(resolved?.properties ?? {}),
      });
    }
  }
  return list;
}

/** A body for an operation: arbitrary JSON, or its own property names with values of any kind. */
function bodyFor(op: Operation): fc.Arbitrary<string> {
  const shaped =
    op.properties.length > 0
      ? fc.dictionary(fc.constantFrom(...op.properties), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 })
      : fc.object();
  return fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    shaped.map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 80 }), // not JSON at all
  );
}

describe.skipIf(!clusterReady)("fuzzed API bodies against a running server", () => {
  let cluster: Cluster;
  let admin: ExecutorClient;

  beforeAll(async () => {
    cluster = await startCluster("kgapifuzz", { executors: 5, bodies: 5, measures: 20 }, 1);
    admin = await signIn(
      cluster.apps[0]?.url as string,
      { login: "admin", password: "password-123", reports: [] },
      newTally(),
    );
  });
  afterAll(async () => cluster?.stop());

  it(`${RUNS} bodies over every JSON operation: no 5xx`, async () => {
    const base = cluster.apps[0]?.url as string;
    const operations = jsonOperations(await (await fetch(`${base}/api/openapi.json`)).json());
    const statuses: Record<number, number> = {};
    const failures: string[] = [];
    const call = fc.constantFrom(...operations).chain((op) => bodyFor(op).map((body) => ({ op, body })));
    await fc.assert(
      fc.asyncProperty(call, async ({ op, body }) => {
        const res = await fetch(`${base}${op.path}`, {
          method: op.method,
          headers: { cookie: admin.cookie, "x-csrf-token": admin.csrf, "content-type": "application/json" },
          body,
          signal: AbortSignal.timeout(30_000),
        });
        const text = await res.text();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status >= 500)
          failures.push(
            `${op.method} ${op.path} ${body.slice(0, 200)} → ${res.status} ${text.slice(0, 200)}`,
          );
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
    printFigures("API body fuzz", { bodies: RUNS, operations: operations.length, statuses });
    expect(failures).toEqual([]);
    expect(operations.length).toBeGreaterThan(20);
  });
});
