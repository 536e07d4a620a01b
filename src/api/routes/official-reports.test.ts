import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { createProgramFixture } from "../../../tests/setup/program-fixture.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld } from "../../../tests/setup/world.ts";

// every role × own territory (Tash-Kömür) / another (Chong-Alai); the program is published,
// and still the report is not public
const MATRIX: [string, number][] = [
  ["anonymous", 401],
  ["viewer-tk", 200],
  ["executor-tk", 200],
  ["planner-tk", 200],
  ["admin", 200],
  ["executor-ca", 403],
  ["planner-ca", 403],
];

describe.each(testEngines())("official report API on %s", (engine) => {
  it("sends each format with its content type and file name, to those who may read", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const f = await createProgramFixture(db, world, { published: true });
    const api = apiFor(db, { today: () => new Date("2026-07-05T08:00:00Z") });
    const url = (q: string) => `/api/v1/programs/${f.programId}/reports/official?${q}`;
    for (const [who, status] of MATRIX) {
      const client = who === "anonymous" ? api.anonymous() : await api.as(who);
      const res = await client.get(url("period=2026-Q2&format=pdf&lang=ky"));
      expect([who, res.status]).toEqual([who, status]);
    }
    const planner = await api.as("planner-tk");
    const types = {
      docx: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK"],
      xlsx: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK"],
      pdf: ["application/pdf", "%PDF"],
    };
    for (const [format, [type, magic]] of Object.entries(types)) {
      const res = await planner.get(url(`period=2026&format=${format}&lang=ru`));
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(type);
      expect(res.headers.get("content-disposition")).toBe(
        `attachment; filename="report-${f.programId}-2026-ru.${format}"`,
      );
      expect(String(res.body).startsWith(magic as string)).toBe(true);
    }
    for (const q of ["period=2026-Q5", "period=2026-Q2&format=odt", "period=2026-Q2&lang=en", "period=2031"])
      expect([q, (await planner.get(url(q))).status]).toEqual([q, 400]);
    expect(
      (await planner.get(`/api/v1/programs/${f.programId + 50}/reports/official?period=2026-Q2`)).status,
    ).toBe(404);
  }, 60_000);
});
