import { expect } from 'vitest';

// Helpers for the property tests (test code only).

/**
 * How many runs a property gets: as many as asked, or fewer under mutation testing
 * (vitest.stryker.config.mts sets PROPERTY_RUNS), where every mutant runs the property again.
 */
export function runs(asked: number): number {
  const cap = Number(process.env.PROPERTY_RUNS);
  return Number.isInteger(cap) && cap > 0 ? Math.min(asked, cap) : asked;
}

export interface Guard {
  /** Counts one run of the property, and whether its guard let the assertion run; returns `condition`. */
  (condition: boolean): boolean;
  /** Fails unless the guarded assertion ran in at least `share` of the runs (and at least once). */
  expectExercised(share?: number): void;
}

/**
 * A property whose assertion sits behind an `if` passes when the `if` never holds. Wrap the
 * condition in a guard, and call `expectExercised` after the property: a guard that never (or
 * rarely) fired fails the test, naming how often it did.
 */
export function guard(name: string): Guard {
  let total = 0;
  let fired = 0;
  const check = ((condition: boolean) => {
    total += 1;
    if (condition) fired += 1;
    return condition;
  }) as Guard;
  check.expectExercised = (share = 0.1) => {
    expect(fired, `${name}: the guarded assertion ran ${fired} times in ${total} runs`).toBeGreaterThanOrEqual(Math.max(1, Math.ceil(total * share)));
  };
  return check;
}
