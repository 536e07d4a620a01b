import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    // tests/e2e/*.test.ts drive Chromium against the built server; they set their own, longer timeouts
    // and skip loudly when /usr/bin/chromium is missing.
    // tests/reliability is its own, longer run: `npm run test:reliability` (CI runs it after this).
    exclude: ["node_modules/**", "tests/reliability/**"],
    testTimeout: 30_000,
    // A screen that is slow to render on a loaded 2-core machine is not a failure: expect.poll
    // waits up to 15 s (vitest's default is 1 s) before it says what it saw.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 60_000,
    // One embedded database per worker, shared by its test files (tests/setup/test-db.ts): a
    // PGlite instance takes seconds to create and ~280 MB, so files must not each make their own.
    isolate: false,
    fileParallelism: true,
  },
});
