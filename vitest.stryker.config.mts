import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.mts';

// The unit tests as Stryker runs them, once per mutant: instrumented code runs several times
// slower, so a test gets more time, and a property fewer runs (lib/testing/properties.ts). Test
// files stay isolated: sharing modules between them made most mutants time out.
export default mergeConfig(
  base,
  defineConfig({ test: { testTimeout: 120_000, env: { PROPERTY_RUNS: '40' }, setupFiles: ['lib/testing/fewer-runs.ts'] } }),
);
