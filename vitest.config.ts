import { defineConfig } from 'vitest/config';

// Two layers: pure pipeline units (fast) and the build test, which runs
// `astro build` on fixture seeds and inspects dist/. Browser tests live in
// Playwright (test/e2e), not here.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Building the converters takes seconds on a loaded 2-core machine: 5 s (the default) is not enough there.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
