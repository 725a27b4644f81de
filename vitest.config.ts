import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests, and browser tests that build the real site
// once (tests/e2e/global-setup.ts) and drive Chromium against it. Two files
// at a time (the machine has two cores; pages wait on the browser as much as
// on the CPU). Tests that build in a temporary project give each build its
// own Astro cache (ASTRO_CACHE_DIR), so two builds never share one.
export default defineConfig({
  test: {
    maxWorkers: 2,
    reporters: ['default', './tests/reporters/summary.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: true,
        },
      },
    ],
  },
});
