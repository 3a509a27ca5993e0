import type { LanesRun, LoadRun, MapRun, OpeningProfile, Run, ViewCacheRun } from './figures';
import type { LighthouseRun } from './lighthouse';
import { LANE_ACTORS } from './lanes';
import { WORK_KINDS } from './main-thread';
import { round } from './medians';
import { plainPeer, ratio } from './ratios';

// The tables the benchmark prints: the app next to the plain page (and the app's figures as ratios
// of the plain page's), where the time goes before the chart is live, the lanes, the map, the load
// run, the distinct views and Lighthouse.

const COLUMNS: Array<[keyof Run, string]> = [
  ['jsLoadGzipKB', 'JS gz KB (by load)'],
  ['jsFirstItemGzipKB', 'JS gz KB (first item)'],
  ['jsTotalGzipKB', 'JS gz KB (total)'],
  ['firstListMs', 'first list ms'],
  ['firstItemMs', 'first visible item ms'],
  ['liveMs', 'chart live ms'],
  ['filterMs', 'filter ms'],
  ['longestTaskMs', 'longest task ms'],
  ['frameMs', 'longest frame ms'],
  ['heapMB', 'heap MB'],
];

const sizeLabel = (run: { events: number; dataset: string }) => String(run.events) + (run.dataset === 'real' ? ' (real)' : '');

function printRows(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => row.map((value, column) => value.padStart(widths[column]!)).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

export function printPeers(runs: ReadonlyArray<Run>): void {
  const cell = (run: Run, key: keyof Run) => {
    const value = run[key];
    if (value === null || value === undefined) return '—';
    return `${run.timedOut.includes(String(key)) ? '≥ ' : ''}${String(value)}`;
  };
  const rows = runs.map((run) => [sizeLabel(run), run.variant, ...COLUMNS.map(([key]) => cell(run, key))]);
  for (const app of runs.filter((run) => run.variant === 'app')) {
    const plain = plainPeer(runs, app);
    if (!plain) continue;
    rows.push([
      sizeLabel(app),
      'app/plain',
      ...COLUMNS.map(([key]) => {
        const found = ratio(app, plain, key);
        return found ? `${found.bound}${found.value}×` : '—';
      }),
    ]);
  }
  console.log('\nthe app and the plain page (medians, interleaved cold loads; app/plain below 1 is the app ahead):');
  printRows(['events', 'variant', ...COLUMNS.map(([, label]) => label)], rows);
}

export function printOpenings(profiles: ReadonlyArray<OpeningProfile>): void {
  if (profiles.length === 0) return;
  const whole = (value: number | null | undefined) => (value === null || value === undefined ? '—' : String(Math.round(value)));
  const rows = profiles.flatMap((profile) =>
    profile.steps.map((step) => {
      const busy = step.work ? WORK_KINDS.reduce((sum, kind) => sum + (step.work?.[kind] ?? 0), 0) : null;
      return [profile.variant, step.label, whole(step.atMs), whole(step.sinceMs), whole(busy), ...WORK_KINDS.map((kind) => whole(step.work?.[kind]))];
    }),
  );
  const loads = Math.min(...profiles.map((profile) => profile.loads));
  console.log(
    `\nwhere the time goes until the chart is live, on the real corpus (each figure the median of ${loads} traced cold loads of each page, interleaved;` +
      ' tracing slows a page a little, so these may run later than the timed loads above). "at": ms from the navigation; "since": ms since the' +
      ' latest step above it in that load; then what the main thread did in that time, in ms by kind (the rest of "since" it waited):',
  );
  printRows(['variant', 'step', 'at', 'since', 'busy', ...WORK_KINDS], rows);
}

export function printLanes(runs: ReadonlyArray<LanesRun>): void {
  const columns: Array<[keyof LanesRun, string]> = [
    ['firstItemMs', 'first visible item ms'],
    ['lanesMs', 'lanes ms'],
    ['longestTaskMs', 'longest task ms'],
    ['frameMs', 'longest frame ms'],
    ['maxItems', 'most items drawn'],
  ];
  const rows = runs.map((run) => [
    sizeLabel(run),
    run.variant,
    run.lanes === 'actor' ? LANE_ACTORS.join(' + ') : 'six camps',
    ...columns.map(([key]) => {
      const value = run[key];
      return typeof value === 'number' ? `${value}${run.timedOut.includes(String(key)) ? ' (limit)' : ''}` : '—';
    }),
  ]);
  console.log('\nlanes:');
  printRows(['events', 'variant', 'lanes', ...columns.map(([, label]) => label)], rows);
}

export function printMaps(runs: ReadonlyArray<MapRun>): void {
  console.log('\nthe map of places (in the page of / at each size):');
  for (const run of runs) {
    console.log(`  ${`${sizeLabel(run)} events`.padEnd(22)} ${String(run.markers).padStart(3)} markers  HTML ${run.htmlKB} KB (${run.htmlGzipKB} KB gz)  follows a zoom in ${run.followMs ?? '—'} ms`);
  }
}

export function printLoads(loads: ReadonlyArray<LoadRun>): void {
  if (loads.length === 0) return;
  console.log('\nload on the real corpus (loopback, 50 connections):');
  for (const load of loads) {
    console.log(`  ${load.path.padEnd(60)} ${String(load.requestsPerSecond).padStart(6)} req/s  p99 ${String(load.p99Ms).padStart(5)} ms  errors ${load.errors}  non-2xx ${load.non2xx}`);
  }
}

export function printDistinctViews(run: ViewCacheRun | undefined): void {
  if (!run) return;
  console.log(
    `\n${run.requests} distinct search strings on / (50 connections): ${round(run.requests / run.seconds)} req/s, p99 ${run.p99Ms} ms, ${run.errors} errors;` +
      ` server memory ${run.rssBeforeMB} MB before, ${run.rssAfterMB} MB after (${run.rssAfterMB >= run.rssBeforeMB ? '+' : '−'}${round(Math.abs(run.rssAfterMB - run.rssBeforeMB))} MB)`,
  );
}

export function printLighthouse(runs: ReadonlyArray<LighthouseRun>): void {
  if (runs.length === 0) return;
  console.log('\nLighthouse, mobile (best of 2):');
  for (const run of runs) {
    console.log(`  ${run.path.padEnd(40)} performance ${run.performance}  TBT ${run.tbtMs} ms  LCP ${run.lcpMs} ms  CLS ${run.cls}  a11y ${run.accessibility}  best practices ${run.bestPractices}  SEO ${run.seo}`);
  }
  for (const run of runs.filter((one) => one.shortfalls.length > 0)) {
    console.log(`  ${run.path}, audits that cost points: ${run.shortfalls.join('; ')}`);
  }
}
