import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.mts';

// The unit tests as Stryker runs them, once per mutant: instrumented code runs several times
// slower, so a test gets more time, and a property fewer runs (lib/testing/properties.ts); the
// modules (and the catalog, validated once) are shared by the test files of a worker.
export default mergeConfig(
  base,
  defineConfig({ test: { testTimeout: 120_000, env: { PROPERTY_RUNS: '40' }, setupFiles: ['lib/testing/fewer-runs.ts'], isolate: false } }),
);
