import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Build checks and browser tests read the real site, built by the global setup (once per run, for both). */
const onTheBuiltSite = {
  globalSetup: ['tests/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 180_000,
};

export default defineConfig({
  // The same alias as tsconfig.json's paths, for tests that import the core.
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    // The JSON report lets CI print how many tests ran, so a run that tested nothing shows.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        // No browser and no build: a few seconds (`npm run test:unit`).
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], ...onTheBuiltSite, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          ...onTheBuiltSite,
          // Each file drives one browser, and much of a browser test is waiting on it: two files at a time
          // keep both cores of a small machine busy, and a bigger one runs a file per spare core.
          maxWorkers: Math.max(2, availableParallelism() - 1),
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
