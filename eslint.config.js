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
  {
    // Which text a reader sees comes from src/lib/i18n (t, tf), and where a language lives from
    // src/lib/i18n/locale.ts; a comparison with a locale's code elsewhere decides one of them again.
    files: ['src/**'],
    ignores: [
      'src/lib/i18n/**',
      // Per-language rules by nature: how a date is written, which prose a content block must hold.
      'src/lib/base/dates.ts',
      'src/lib/model/validate.ts',
      // Search normalises and matches text per language.
      'src/lib/search/**',
      'src/scripts/search*.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(zh|en)$/]',
          message:
            "Don't compare a locale with its code here: use t()/tf() from src/lib/i18n/ui.ts, or otherLocale()/localePrefix() from src/lib/i18n/locale.ts.",
        },
      ],
    },
  },
]);
