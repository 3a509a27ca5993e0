import fc from 'fast-check';
import { runs } from './properties';

// Under mutation testing (vitest.stryker.config.mts) a property without a count of its own gets
// PROPERTY_RUNS runs too.
fc.configureGlobal({ numRuns: runs(100) });
