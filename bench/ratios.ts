import type { Run } from './figures';

// The app's figures as ratios of the plain page's, measured on the same events in the same run.

/** The plain page that `app` is measured against: the same events. */
export function plainPeer(runs: ReadonlyArray<Run>, app: Run): Run | undefined {
  return runs.find((run) => run.variant === 'plain' && run.events === app.events && run.dataset === app.dataset);
}

/** `app / plain`, or null when either is missing or both hit the limit; `bound` says which side is capped. */
export function ratio(app: Run, plain: Run, appKey: keyof Run, plainKey: keyof Run = appKey): { value: number; bound: '' | '≥ ' | '≤ ' } | null {
  const a = app[appKey];
  const p = plain[plainKey];
  const cappedApp = app.timedOut.includes(String(appKey));
  const cappedPlain = plain.timedOut.includes(String(plainKey));
  if (typeof a !== 'number' || typeof p !== 'number' || p <= 0 || (cappedApp && cappedPlain)) return null;
  // A capped app figure is at least the limit, so its ratio is at least this much; a capped plain one, at most.
  return { value: Math.round((a / p) * 100) / 100, bound: cappedApp ? '≥ ' : cappedPlain ? '≤ ' : '' };
}
