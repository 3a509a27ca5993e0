// @ts-check
// Mutation testing of the logic that decides what a reader sees (`npm run test:mutation`, not part
// of `npm test`: it runs the unit tests once per mutant). Its report is written to reports/mutation/.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.stryker.config.mts', related: true },
  mutate: [
    'lib/view/**/*.ts',
    'lib/timeline/**/*.ts',
    'lib/data/validate.ts',
    'lib/publish/citations.ts',
    'lib/publish/oembed.ts',
    '!**/*.test.ts',
    '!lib/timeline/test-fixtures.ts',
  ],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // Two cores are shared by the whole team.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.tmp/stryker',
  ignorePatterns: ['.next', '.next-*', 'test-results', 'playwright-report', 'reports', 'e2e', 'public'],
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 80, break: 80 },
  ignoreStatic: true,
};
export default config;
