import { describe, expect, it } from "vitest";
import { describeStore, loadConfig, parseIsoDay } from "./config.ts";
import { isAppError } from "./domain/errors.ts";

describe("loadConfig", () => {
  it("defaults to PGlite in ./data on port 3000 with the clock's today", () => {
    const config = loadConfig({});
    expect([config.databaseUrl, config.dataDir, config.port]).toEqual([undefined, "./data", 3000]);
    expect(Math.abs(config.today().getTime() - Date.now())).toBeLessThan(5000);
  });

  it("reads DATABASE_URL, DATA_DIR, PORT and TODAY", () => {
    const config = loadConfig({
      DATABASE_URL: "postgres://u:secret@db:5432/plans",
      DATA_DIR: "/srv/x",
      PORT: "0",
      TODAY: "2026-09-30",
    });
    expect([config.databaseUrl, config.dataDir, config.port]).toEqual([
      "postgres://u:secret@db:5432/plans",
      "/srv/x",
      0,
    ]);
    expect(config.today().toISOString()).toBe("2026-09-30T00:00:00.000Z");
    expect(describeStore(config)).toBe("PostgreSQL db:5432/plans");
  });

  it("reads HOST as an address to listen on, every interface without it", () => {
    expect(loadConfig({}).host).toBeUndefined();
    expect(loadConfig({ HOST: " 127.0.0.1 " }).host).toBe("127.0.0.1");
    expect(loadConfig({ HOST: "[::1]" }).host).toBe("::1");
    expect(loadConfig({ HOST: "app-1.internal" }).host).toBe("app-1.internal");
  });

  it("refuses a malformed PORT, HOST or TODAY as a user error", () => {
    for (const env of [
      { PORT: "http" },
      { HOST: "http://127.0.0.1" },
      { HOST: "127.0.0.1:3000" },
      { PORT: "70000" },
      { TODAY: "30.09.2026" },
      { TODAY: "2026-02-30" },
    ]) {
      let error: unknown = null;
      try {
        loadConfig(env);
      } catch (e) {
        error = e;
      }
      expect(isAppError(error, "invalid_input")).toBe(true);
    }
  });

  it("parses only days that exist", () => {
    expect(parseIsoDay("2028-02-29")?.toISOString()).toBe("2028-02-29T00:00:00.000Z");
    expect(parseIsoDay("2026-02-29")).toBeNull();
    expect(parseIsoDay("2026-9-30")).toBeNull();
  });
});
