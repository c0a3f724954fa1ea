import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    benchmark: { include: ["bench/**/*.bench.ts"] },
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Store contract tests share the real Redis and Postgres on this machine; each suite
    // uses its own namespace, so files may still run in parallel.
    pool: "forks",
  },
});
