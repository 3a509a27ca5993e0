import type { LoadRun, Run, ViewCacheRun } from './figures';
import type { LighthouseRun } from './lighthouse';
import { plainPeer, ratio } from './ratios';

// The issue's targets, each next to what was measured: met, or missed and by how much.

interface Target {
  label: string;
  /** `null`: not measured in this run. */
  value: number | null;
  limit: number;
  /** 'at most' for times, sizes, counts and ratios; 'at least' for scores and throughput. */
  direction: 'at most' | 'at least';
  unit: string;
  /** Measured at the limit: the true figure is at least (or, for an 'at least' target, at most) this. */
  capped?: boolean;
}

/** Which runs a target is about. */
interface Scope {
  name: string;
  applies: (run: Run) => boolean;
}

const REAL: Scope = { name: 'real corpus', applies: (run) => run.dataset === 'real' };
const TEN_THOUSAND: Scope = { name: '10,000 events (add 10000 to --sizes)', applies: (run) => run.dataset === 'generated' && run.events === 10_000 };
const LARGE: Scope = { name: '10,000 and 50,000 events', applies: (run) => run.dataset === 'generated' && (run.events === 10_000 || run.events === 50_000) };

const APP_TARGETS: Array<{ key: keyof Run; label: string; limit: number; unit: string; scope: Scope }> = [
  { key: 'firstItemMs', label: 'first visible item', limit: 900, unit: 'ms', scope: TEN_THOUSAND },
  { key: 'filterMs', label: 'actor filter, to the next paint', limit: 50, unit: 'ms', scope: LARGE },
  { key: 'longestTaskMs', label: 'longest task while zooming', limit: 50, unit: 'ms', scope: TEN_THOUSAND },
  { key: 'jsLoadGzipKB', label: 'JavaScript by the load event on / (gzip)', limit: 120, unit: 'KB', scope: REAL },
];

/** Ratios to the plain page on the real corpus: the app's figure over the plain page's. */
const RATIO_TARGETS: Array<{ app: keyof Run; plain: keyof Run; label: string; limit: number }> = [
  { app: 'firstItemMs', plain: 'firstItemMs', label: 'first visible item, app/plain', limit: 1 },
  { app: 'liveMs', plain: 'firstItemMs', label: 'chart live, app / plain first item', limit: 1.5 },
];

const sizeName = (run: Run) => (run.dataset === 'real' ? `real corpus (${run.events})` : `${run.events.toLocaleString('en')} events`);

function appTargets(runs: ReadonlyArray<Run>): Target[] {
  const apps = runs.filter((run) => run.variant === 'app');
  const targets: Target[] = [];
  for (const target of APP_TARGETS) {
    const measured = apps.filter(target.scope.applies);
    if (measured.length === 0) targets.push({ label: `${target.scope.name}: ${target.label}`, value: null, limit: target.limit, direction: 'at most', unit: target.unit });
    for (const run of measured) {
      const value = run[target.key];
      targets.push({
        label: `${sizeName(run)}: ${target.label}`,
        value: typeof value === 'number' ? value : null,
        limit: target.limit,
        direction: 'at most',
        unit: target.unit,
        capped: run.timedOut.includes(target.key),
      });
    }
  }
  const app = apps.find(REAL.applies);
  const plain = app && plainPeer(runs, app);
  for (const target of RATIO_TARGETS) {
    const found = app && plain ? ratio(app, plain, target.app, target.plain) : null;
    targets.push({ label: `real corpus: ${target.label}`, value: found?.value ?? null, limit: target.limit, direction: 'at most', unit: '×', capped: found?.bound === '≥ ' });
  }
  return targets;
}

const FILTERED = '/?actors=';

function loadTargets(loads: ReadonlyArray<LoadRun>): Target[] {
  const event = loads.find((load) => load.path.startsWith('/events/'));
  const filtered = loads.find((load) => load.path.startsWith(FILTERED));
  if (!event || !filtered) return [{ label: 'load: filtered view (run with --load-seconds > 0)', value: null, limit: 0.5, direction: 'at least', unit: '×' }];
  return [
    { label: `load: ${filtered.path} requests/s, as a share of an event page’s`, value: Math.round((filtered.requestsPerSecond / event.requestsPerSecond) * 100) / 100, limit: 0.5, direction: 'at least', unit: '×' },
    { label: `load: ${filtered.path} p99`, value: filtered.p99Ms, limit: 300, direction: 'at most', unit: 'ms' },
    ...loads.map((load) => ({ label: `load: ${load.path} errors and non-2xx answers`, value: load.errors + load.non2xx, limit: 0, direction: 'at most' as const, unit: '' })),
  ];
}

function distinctViewTargets(run: ViewCacheRun | undefined): Target[] {
  if (!run) return [{ label: 'distinct search strings: errors (run with --distinct-views > 0)', value: null, limit: 0, direction: 'at most', unit: '' }];
  return [{ label: `${run.requests} distinct search strings: errors and non-2xx answers`, value: run.errors, limit: 0, direction: 'at most', unit: '' }];
}

function lighthouseTargets(runs: ReadonlyArray<LighthouseRun>): Target[] {
  if (runs.length === 0) return [{ label: 'Lighthouse (mobile): run with --lighthouse', value: null, limit: 95, direction: 'at least', unit: '' }];
  return runs.flatMap((run) => [
    { label: `Lighthouse ${run.path}: performance`, value: run.performance, limit: 95, direction: 'at least' as const, unit: '' },
    { label: `Lighthouse ${run.path}: total blocking time`, value: run.tbtMs, limit: 200, direction: 'at most' as const, unit: 'ms' },
    { label: `Lighthouse ${run.path}: cumulative layout shift`, value: run.cls, limit: 0.05, direction: 'at most' as const, unit: '' },
    { label: `Lighthouse ${run.path}: accessibility`, value: run.accessibility, limit: 100, direction: 'at least' as const, unit: '' },
    { label: `Lighthouse ${run.path}: best practices`, value: run.bestPractices, limit: 100, direction: 'at least' as const, unit: '' },
    { label: `Lighthouse ${run.path}: SEO`, value: run.seo, limit: 100, direction: 'at least' as const, unit: '' },
  ]);
}

function verdict(target: Target): string {
  if (target.value === null) return 'not measured';
  const missedBy = target.direction === 'at most' ? target.value - target.limit : target.limit - target.value;
  if (missedBy <= 0 && !target.capped) return 'met';
  const by = Math.round(missedBy * 1000) / 1000;
  return `missed by ${target.capped ? 'at least ' : ''}${by}${target.unit === '×' ? '×' : ` ${target.unit}`.trimEnd()}`;
}

export function printTargets(runs: ReadonlyArray<Run>, loads: ReadonlyArray<LoadRun>, views: ViewCacheRun | undefined, lighthouse: ReadonlyArray<LighthouseRun>): void {
  const targets = [...appTargets(runs), ...loadTargets(loads), ...distinctViewTargets(views), ...lighthouseTargets(lighthouse)];
  const rows = targets.map((target) => [
    target.label,
    target.value === null ? '—' : `${target.capped ? '≥ ' : ''}${target.value}${target.unit ? ` ${target.unit}` : ''}`,
    `${target.direction === 'at most' ? '≤' : '≥'} ${target.limit}${target.unit ? ` ${target.unit}` : ''}`,
    verdict(target),
  ]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  console.log('\ntargets of issue 20 (medians, cold browser; the machine is shared, ±30%):');
  for (const row of rows) console.log(`  ${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padStart(widths[1]!)}  ${row[2]!.padEnd(widths[2]!)}  ${row[3]}`);
}
