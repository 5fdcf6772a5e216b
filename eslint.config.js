// Lint rules for TypeScript, JavaScript and Astro components. Formatting is Prettier's job (`npm run lint` runs both).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['dist/', 'dist-test/', 'test-results/', '.astro/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Build scripts and tests run in Node; components' scripts and tests' page callbacks run in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests read exported JSON and drive pages whose globals have no types; `any` is the honest type there.
    // Vitest fixtures name what they depend on by destructuring, so one that depends on nothing destructures `{}`.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
]);
