import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One embedded database per worker, shared by its test files (tests/setup/test-db.ts): a
    // PGlite instance takes seconds to create and ~280 MB, so files must not each make their own.
    isolate: false,
    fileParallelism: true,
  },
});
