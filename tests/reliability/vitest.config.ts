import { defineConfig } from "vitest/config";

/**
 * `npm run test:reliability`: load, faults, backup under load and fuzzing (docs/reliability.md).
 * One file at a time: the checks time requests, and two of them at once on 2 cores would measure
 * each other. Each file bounds its own run; the whole suite stays under about 8 minutes.
 */
export default defineConfig({
  test: {
    include: ["tests/reliability/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
