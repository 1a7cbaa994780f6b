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
