import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests, and browser tests that build the real site
// once (tests/e2e/global-setup.ts) and drive Debian's Chromium against it.
export default defineConfig({
  test: {
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
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
