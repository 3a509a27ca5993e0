import { RUN_FIGURES, type Run } from './figures';

// Each figure the median of the samples (the machine is noisy).

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export function median(values: ReadonlyArray<number>): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** The median of one figure over samples, ignoring those that have none. */
export function medianOf<S>(samples: ReadonlyArray<S>, key: keyof S): number | null {
  return median(samples.map((sample) => sample[key]).filter((value): value is S[keyof S] & number => typeof value === 'number'));
}

/**
 * Each figure the median of the samples. A figure is capped ("≥ limit") when its median is the
 * limit, that is when at least half the samples hit it.
 */
export function medianRun(samples: ReadonlyArray<Run>, limitMs: number): Run {
  const [first] = samples;
  if (!first) throw new Error('no samples');
  const figures = new Map(RUN_FIGURES.map((key) => [key, medianOf(samples, key)]));
  const timedOut = [...new Set(samples.flatMap((sample) => sample.timedOut))].filter((key) => (figures.get(key as (typeof RUN_FIGURES)[number]) ?? 0) >= limitMs);
  return { ...first, ...Object.fromEntries(figures), timedOut };
}
