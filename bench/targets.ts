import type { LighthouseRun } from './lighthouse';
import type { LoadRun, Run } from './run';

// The issue's targets, each next to what was measured: met, or missed and by how much.

interface Target {
  label: string;
  /** `null`: not measured in this run. */
  value: number | null;
  limit: number;
  /** 'at most' for times, sizes and counts; 'at least' for scores and throughput. */
  direction: 'at most' | 'at least';
  unit: string;
  /** Measured at the limit: the true figure is at least this. */
  capped?: boolean;
}

/** Which runs a target is about; without one, every size. */
interface Scope {
  name: string;
  applies: (run: Run) => boolean;
}

const REAL: Scope = { name: 'real corpus', applies: (run) => run.dataset === 'real' };
const TEN_THOUSAND: Scope = { name: '10,000 events (add 10000 to --sizes)', applies: (run) => run.dataset === 'generated' && run.events === 10_000 };

const APP_TARGETS: Array<{ key: keyof Run; label: string; limit: number; unit: string; scope?: Scope }> = [
  { key: 'firstListMs', label: 'first list entry', limit: 300, unit: 'ms', scope: REAL },
  { key: 'firstItemMs', label: 'first timeline item', limit: 700, unit: 'ms', scope: REAL },
  { key: 'firstItemMs', label: 'first timeline item', limit: 1000, unit: 'ms', scope: TEN_THOUSAND },
  { key: 'filterMs', label: 'actor filter, to the next paint', limit: 50, unit: 'ms' },
  { key: 'longestTaskMs', label: 'longest task while zooming', limit: 50, unit: 'ms' },
  { key: 'jsLoadGzipKB', label: 'JavaScript by the load event (gzip)', limit: 150, unit: 'KB', scope: REAL },
];

function sizeName(run: Run): string {
  return run.dataset === 'real' ? `real corpus (${run.events})` : `${run.events.toLocaleString('en')} events`;
}

function appTargets(runs: Run[]): Target[] {
  const apps = runs.filter((run) => run.variant === 'app');
  const targets: Target[] = [];
  for (const target of APP_TARGETS) {
    const measured = apps.filter(target.scope?.applies ?? (() => true));
    if (measured.length === 0) {
      targets.push({ label: `${target.scope?.name ?? 'every size'}: ${target.label}`, value: null, limit: target.limit, direction: 'at most', unit: target.unit });
    }
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
  return targets;
}

function loadTargets(loads: LoadRun[]): Target[] {
  if (loads.length === 0) return [{ label: 'load: / within a factor of two of an event page', value: null, limit: 0.5, direction: 'at least', unit: '×' }];
  const home = loads.find((load) => load.path === '/');
  const event = loads.find((load) => load.path.startsWith('/events/'));
  const targets: Target[] = [];
  if (home && event) {
    targets.push({ label: 'load: / requests per second, as a share of an event page’s', value: Math.round((home.requestsPerSecond / event.requestsPerSecond) * 100) / 100, limit: 0.5, direction: 'at least', unit: '×' });
  }
  for (const load of loads) {
    targets.push({ label: `load: ${load.path} errors and non-2xx answers`, value: load.errors + load.non2xx, limit: 0, direction: 'at most', unit: '' });
  }
  return targets;
}

function lighthouseTargets(runs: LighthouseRun[]): Target[] {
  if (runs.length === 0) return [{ label: 'Lighthouse (mobile): run with --lighthouse', value: null, limit: 100, direction: 'at least', unit: '' }];
  return runs.flatMap((run) => [
    { label: `Lighthouse ${run.path}: performance`, value: run.performance, limit: 100, direction: 'at least' as const, unit: '' },
    { label: `Lighthouse ${run.path}: accessibility`, value: run.accessibility, limit: 100, direction: 'at least' as const, unit: '' },
    { label: `Lighthouse ${run.path}: best practices`, value: run.bestPractices, limit: 100, direction: 'at least' as const, unit: '' },
    { label: `Lighthouse ${run.path}: SEO`, value: run.seo, limit: 100, direction: 'at least' as const, unit: '' },
    { label: `Lighthouse ${run.path}: largest contentful paint`, value: run.lcpMs, limit: run.targets.lcpMs, direction: 'at most' as const, unit: 'ms' },
    { label: `Lighthouse ${run.path}: total blocking time`, value: run.tbtMs, limit: run.targets.tbtMs, direction: 'at most' as const, unit: 'ms' },
    { label: `Lighthouse ${run.path}: cumulative layout shift`, value: run.cls, limit: run.targets.cls, direction: 'at most' as const, unit: '' },
  ]);
}

function verdict(target: Target): string {
  if (target.value === null) return 'not measured';
  const missedBy = target.direction === 'at most' ? target.value - target.limit : target.limit - target.value;
  if (missedBy <= 0 && !target.capped) return 'met';
  const by = Math.round(missedBy * 1000) / 1000;
  return `missed by ${target.capped ? 'at least ' : ''}${by}${target.unit === '×' ? '' : ` ${target.unit}`.trimEnd()}`;
}

export function printTargets(runs: Run[], loads: LoadRun[], lighthouse: LighthouseRun[]): void {
  const targets = [...appTargets(runs), ...loadTargets(loads), ...lighthouseTargets(lighthouse)];
  const rows = targets.map((target) => [
    target.label,
    target.value === null ? '—' : `${target.capped ? '≥ ' : ''}${target.value}${target.unit ? ` ${target.unit}` : ''}`,
    `${target.direction === 'at most' ? '≤' : '≥'} ${target.limit}${target.unit ? ` ${target.unit}` : ''}`,
    verdict(target),
  ]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  console.log('\ntargets (medians, cold browser):');
  for (const row of rows) console.log(`  ${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padStart(widths[1]!)}  ${row[2]!.padEnd(widths[2]!)}  ${row[3]}`);
  for (const run of lighthouse.filter((one) => one.shortfalls.length > 0)) {
    console.log(`\nLighthouse ${run.path}, audits that cost points: ${run.shortfalls.join('; ')}`);
  }
}
