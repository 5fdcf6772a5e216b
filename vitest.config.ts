import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The JSON report lets CI print how many tests ran, so a run that tested nothing shows.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One browser at a time keeps a two-core machine responsive.
          fileParallelism: false,
        },
      },
    ],
  },
});
