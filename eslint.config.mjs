import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import tseslint from 'typescript-eslint';

/** Modules that only the server may load (each also says `import 'server-only'`). */
const SERVER_MODULES = [
  '@/lib/data/catalog',
  '@/lib/data/schema',
  '@/lib/data/validate',
  '@/lib/view/view',
  '@/lib/view/filter',
  '@/lib/view/actor-groups',
  '@/lib/view/map-view',
  '@/lib/geo/countries',
  '@/lib/geo/map-frame',
  '@/lib/geo/map-places',
  '@/lib/data/validate-places',
  '@/lib/publish/citations',
  '@/lib/publish/export',
  '@/lib/publish/structured-data',
  '@/lib/publish/oembed',
  '@/lib/publish/page-metadata',
  '@/lib/publish/og-card',
  '@/lib/publish/og-font',
];

const INTL_MESSAGE = 'Browser code does without Intl (countText, month names): its first use costs the page 20 to 80 ms.';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Browser-safe code: what client components load. Types from server modules are fine (erased).
    files: ['lib/dates/**', 'lib/timeline/**', 'lib/data/vocabulary.ts', 'lib/data/labels.ts', 'lib/data/event-sources.ts', 'lib/view/url-state.ts', 'lib/view/search-text.ts', 'lib/view/list-window.ts', 'lib/view/count-text.ts', 'lib/publish/site.ts', 'lib/publish/text-fragment.ts', 'lib/publish/cite-response.ts', 'lib/publish/embed.ts', 'lib/publish/embed-messages.ts', 'app/_components/**'],
    ignores: ['**/*.test.ts', 'lib/timeline/test-fixtures.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Browser-safe modules never load the schema library: take types from @/lib/data/schema with `import type`.' },
            { name: 'server-only', message: 'This module is loaded by the browser: it cannot be server-only.' },
          ],
          patterns: [{ group: SERVER_MODULES, allowTypeImports: true, message: 'A server module: browser-safe code may import only its types.' }],
        },
      ],
      // The first Intl object a page makes loads ICU's data on the main thread (20 to 80 ms), which
      // fell in the page's hydration: see lib/view/count-text.ts.
      'no-restricted-globals': ['error', { name: 'Intl', message: INTL_MESSAGE }],
      'no-restricted-properties': ['error', ...['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString', 'localeCompare'].map((property) => ({ property, message: INTL_MESSAGE }))],
    },
  },
  {
    // Tests read JSON answers and CSV rows as they come and check them with assertions: typing
    // every answer first would only restate what the assertions already say.
    files: ['e2e/**', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // Command-line scripts report on standard output.
    files: ['scripts/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Next.js loads its config as CommonJS: it reads the cache policy with require().
    files: ['next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  globalIgnores(['.next/**', '.next-*/**', 'node_modules/**', 'next-env.d.ts', 'playwright-report/**', 'test-results/**', '**/*.tmp.mjs', '**/*.tmp.json', '.tmp/**']),
]);
