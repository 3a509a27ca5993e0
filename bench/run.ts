import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import autocannon from 'autocannon';
import { loadCatalog, type Catalog } from '@/lib/data/catalog';
import { toTimelineItem } from '@/lib/timeline/entries';
import { freePort } from '../scripts/free-port';
import { build, buildTarget, isBuilt, ROOT } from './build';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { runLighthouse, type LighthouseRun } from './lighthouse';
import { printTargets } from './targets';

// `npm run bench -- [--sizes 100,1000,10000,50000] [--out results.json] [--repeat 3] [--limit 60] [--load-seconds 30] [--reuse-build] [--lighthouse]`
// Builds the production app against generated datasets of each size (and the real corpus), serves
// it, and measures it in Debian's Chromium next to a naive baseline: the same events handed
// straight to vis-timeline with its defaults. It prints figures; it passes or fails nothing.

interface Options {
  sizes: number[];
  out?: string;
  limitMs: number;
  reuseBuild: boolean;
  /** Seconds of load on each address of the real-corpus build; 0 skips the load run. */
  loadSeconds: number;
  /** How many times the app and the baseline are measured at each size; each figure is the median. */
  repeat: number;
  /** Also run Lighthouse on the real-corpus build. */
  lighthouse: boolean;
}

export interface LoadRun {
  path: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

export interface Run {
  events: number;
  variant: 'app' | 'baseline';
  dataset: 'real' | 'generated';
  /** Script bytes as sent (gzip) by the load event, by the first timeline item, and in all. */
  jsLoadGzipKB: number | null;
  jsFirstItemGzipKB: number | null;
  jsTotalGzipKB: number | null;
  firstListMs: number | null;
  /** When the first timeline item is on screen as a person sees it (see `MARKS_SCRIPT`). */
  firstItemMs: number | null;
  filterMs: number | null;
  longestTaskMs: number | null;
  frameMs: number | null;
  heapMB: number | null;
  /** Figures that hit the time limit: recorded as the limit, printed as "≥ limit". */
  timedOut: string[];
}

/** What the map of places costs: its markup in the page, and how long it takes to follow the chart's window. */
interface MapRun {
  events: number;
  dataset: 'real' | 'generated';
  /** The map region's HTML as rendered, and gzipped. */
  htmlKB: number;
  htmlGzipKB: number;
  markers: number;
  /** From a click on "One year" to the map counting the events of the new window. */
  followMs: number | null;
}

const BROWSER = { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] };
const FILTER_ACTOR = 'russia';

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    return at === -1 ? undefined : argv[at + 1];
  };
  const sizes = (value('--sizes') ?? '100,1000,10000,50000')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const out = value('--out');
  return {
    sizes,
    ...(out && { out }),
    limitMs: Number(value('--limit') ?? 60) * 1000,
    reuseBuild: argv.includes('--reuse-build'),
    loadSeconds: Number(value('--load-seconds') ?? 30),
    repeat: Math.max(1, Number(value('--repeat') ?? 3)),
    lighthouse: argv.includes('--lighthouse'),
  };
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Stops the server and everything it started (it runs as a process group of its own). */
function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) return resolve();
    child.on('exit', () => resolve());
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      resolve();
    }
  });
}

/**
 * What the app and the baseline are both measured with, in the page. `__untilPainted` resolves once
 * the frame in which its condition first holds has been painted: the filter clock stops there on
 * both sides. `__scriptKB` adds up the script bytes as sent (gzip) that had arrived by a moment
 * (a mark, the load event), or all of them.
 */
const MEASURE_SCRIPT = () => {
  Object.assign(window, {
    __untilPainted: (condition: () => boolean) =>
      new Promise<void>((resolve) => {
        const check = () => (condition() ? setTimeout(resolve, 0) : requestAnimationFrame(check));
        requestAnimationFrame(check);
      }),
    __scriptKB: (until?: number) => {
      const bytes = new Map<string, number>();
      for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        if (!/\.js(\?|$)/.test(new URL(entry.name).pathname) || (until !== undefined && entry.responseEnd > until)) continue;
        bytes.set(entry.name, Math.max(bytes.get(entry.name) ?? 0, entry.encodedBodySize));
      }
      return Math.round([...bytes.values()].reduce((sum, size) => sum + size, 0) / 102.4) / 10;
    },
  });
};

type MeasuredWindow = {
  __marks: Record<string, number>;
  __untilPainted: (condition: () => boolean) => Promise<void>;
  __scriptKB: (until?: number) => number;
};

/** The script bytes by the load event, by the first timeline item and in all, once the network is quiet. */
async function scriptKB(page: Page): Promise<Pick<Run, 'jsLoadGzipKB' | 'jsFirstItemGzipKB' | 'jsTotalGzipKB'>> {
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => {
    const measured = window as unknown as MeasuredWindow;
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const firstItem = measured.__marks.firstItem;
    return {
      jsLoadGzipKB: navigation ? measured.__scriptKB(navigation.loadEventStart) : null,
      jsFirstItemGzipKB: firstItem === undefined ? null : measured.__scriptKB(firstItem),
      jsTotalGzipKB: measured.__scriptKB(),
    };
  });
}

/**
 * Marks the first list entry in the page, and the first timeline item a person can see: checked
 * every frame, an item with a box of its own inside the viewport and no ancestor hidden (vis-timeline
 * attaches items to a root it keeps `visibility: hidden` until its first range change).
 */
const MARKS_SCRIPT = () => {
  const marks: Record<string, number> = {};
  const longTasks: number[] = [];
  Object.assign(window, { __marks: marks, __longTasks: longTasks });
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (marks.firstList === undefined && document.querySelector('.event-list li')) marks.firstList = performance.now();
  }).observe(document, { childList: true, subtree: true });
  const seen = (node: Element) => {
    const box = node.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0 || box.right <= 0 || box.bottom <= 0 || box.left >= innerWidth || box.top >= innerHeight) return false;
    for (let element: Element | null = node; element; element = element.parentElement) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility !== 'visible' || style.opacity === '0') return false;
    }
    return true;
  };
  const watch = () => {
    if ([...document.querySelectorAll('.vis-item')].some(seen)) marks.firstItem = performance.now();
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
};

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return round((metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / 1_048_576);
}

/** Runs `action` in the page and reports the longest task and the longest frame while it runs. */
async function duringZoom(page: Page, action: () => Promise<void>): Promise<{ longestTaskMs: number; frameMs: number }> {
  await page.evaluate(() => {
    const state = window as unknown as { __longTasks: number[]; __frames: number[]; __framing: boolean };
    state.__longTasks.length = 0;
    state.__frames = [];
    state.__framing = true;
    let last = performance.now();
    const tick = (now: number) => {
      state.__frames.push(now - last);
      last = now;
      if (state.__framing) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await action();
  return page.evaluate(() => {
    const state = window as unknown as { __longTasks: number[]; __frames: number[]; __framing: boolean };
    state.__framing = false;
    return { longestTaskMs: Math.round(Math.max(0, ...state.__longTasks)), frameMs: Math.round(Math.max(0, ...state.__frames)) };
  });
}

/** Unticks the actor again and waits for the page to show every event: both sides zoom over all of them. */
async function clearActorFilter(page: Page, actor: string, unfiltered: string | null): Promise<void> {
  await page.locator('.actor-filter label').filter({ hasText: actor }).locator('input').uncheck();
  await page.waitForURL((url) => !url.searchParams.has('actors'));
  await page.waitForFunction(
    (key) => document.querySelector<HTMLElement>('.list-scroll')?.dataset.filter === key && document.querySelector<HTMLElement>('.timeline-canvas')?.dataset.filter === key,
    unfiltered,
  );
}

async function measureApp(browser: Browser, base: string, events: number, dataset: Run['dataset'], limitMs: number): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(limitMs);
  // tsx compiles this file with esbuild, which wraps named functions in __name(); functions sent
  // to the page need it too.
  await page.addInitScript('window.__name = (fn) => fn;');
  await page.addInitScript(MARKS_SCRIPT);
  await page.addInitScript(MEASURE_SCRIPT);
  await page.goto(`${base}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __marks: Record<string, number> }).__marks.firstItem !== undefined);
  const marks = await page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks);
  const js = await scriptKB(page);
  const heap = await withLimit(heapMB(page), limitMs);

  await page.locator('.actor-filter summary').click();
  const unfiltered = await page.locator('.list-scroll').getAttribute('data-filter');
  const filterMs = await withLimit(page.evaluate(async (actor) => {
    // The list and the chart each name the set of events they show: done once both name the new
    // one on screen, after the next paint (as for the baseline).
    const canvas = document.querySelector<HTMLElement>('.timeline-canvas')!;
    const list = () => document.querySelector<HTMLElement>('.list-scroll')?.dataset.filter;
    const before = list();
    const box = [...document.querySelectorAll<HTMLInputElement>('.actor-filter input[type="checkbox"]')].find((input) =>
      input.parentElement?.textContent?.startsWith(actor),
    )!;
    const started = performance.now();
    box.click();
    await (window as unknown as MeasuredWindow).__untilPainted(() => list() !== before && canvas.dataset.filter === list());
    return Math.round(performance.now() - started);
  }, 'Russia ('), limitMs);
  await clearActorFilter(page, 'Russia (', unfiltered);

  const zoom = await duringZoom(page, async () => {
    await page.getByRole('button', { name: 'Fit all' }).click();
    await page.waitForTimeout(300);
    await page.getByRole('button', { name: /^(One month|Month around selection)$/ }).click();
    await page.waitForTimeout(700);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await page.waitForTimeout(700);
  });
  await context.close();
  return {
    events,
    variant: 'app',
    dataset,
    ...js,
    firstListMs: marks.firstList === undefined ? null : Math.round(marks.firstList),
    firstItemMs: marks.firstItem === undefined ? null : Math.round(marks.firstItem),
    filterMs,
    ...zoom,
    heapMB: heap,
    timedOut: [],
  };
}

async function measureMap(browser: Browser, base: string, events: number, dataset: MapRun['dataset'], limitMs: number): Promise<MapRun> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(limitMs);
  await page.addInitScript('window.__name = (fn) => fn;');
  await page.goto(`${base}/`, { waitUntil: 'load' });
  await page.waitForSelector('.timeline-canvas[data-ready="true"] .vis-item');
  // The map counts by the chart's window once the chart has drawn.
  await page.waitForSelector('.place-map:not([data-window-start=""])');
  const html = await page.locator('.map-region').evaluate((region) => region.outerHTML);
  const markers = await page.locator('.place-map svg a').count();
  const followMs = await withLimit(
    page.evaluate(async () => {
      const map = document.querySelector('.place-map')!;
      const before = map.getAttribute('data-window-start');
      const button = [...document.querySelectorAll('button')].find((candidate) => /^(One year|Year around selection)$/.test(candidate.textContent ?? ''))!;
      const started = performance.now();
      button.click();
      await new Promise<void>((resolve) => {
        const check = () => (map.getAttribute('data-window-start') !== before ? resolve() : requestAnimationFrame(check));
        requestAnimationFrame(check);
      });
      return Math.round(performance.now() - started);
    }),
    limitMs,
  ).catch(() => null);
  await context.close();
  return { events, dataset, htmlKB: round(html.length / 1024), htmlGzipKB: round(gzipSync(html).length / 1024), markers, followMs };
}

function printMapRuns(runs: ReadonlyArray<MapRun>): void {
  console.log('\nthe map of places (in the page of / at each size):');
  for (const run of runs) {
    const name = `${run.events}${run.dataset === 'real' ? ' (real)' : ''} events`.padEnd(22);
    console.log(`  ${name} ${String(run.markers).padStart(3)} markers  HTML ${run.htmlKB} KB (${run.htmlGzipKB} KB gz)  follows a zoom in ${run.followMs ?? '—'} ms`);
  }
}

/** Serves the baseline page, vis-timeline's standalone build and the events, gzipped like the app. */
function serveBaseline(dataJson: string): Promise<{ url: string; close: () => void }> {
  const files: Record<string, [string, string]> = {
    '/': [fs.readFileSync(path.join(__dirname, 'baseline.html'), 'utf8'), 'text/html'],
    '/vis.js': [fs.readFileSync(path.join(ROOT, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'), 'utf8'), 'text/javascript'],
    '/vis.css': [fs.readFileSync(path.join(ROOT, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'), 'utf8'), 'text/css'],
    '/data.json': [dataJson, 'application/json'],
  };
  const compressed = new Map(Object.entries(files).map(([route, [body]]) => [route, gzipSync(body)]));
  const server = http.createServer((request, response) => {
    const route = (request.url ?? '/').split('?')[0] ?? '/';
    const file = files[route];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': file[1], 'Content-Encoding': 'gzip' }).end(compressed.get(route));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    });
  });
}

/** Rejects when `promise` has not settled within `ms`: a page busy in one long task answers nothing. */
function withLimit<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`over the ${ms} ms limit`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

type BaselineWindow = {
  __marks: Record<string, number>;
  allEvents: Array<{ id: string; actors: string[]; content: string; start: string; end?: string }>;
  toItems(events: BaselineWindow['allEvents']): unknown[];
  items: { clear(): void; add(items: unknown[]): void };
  timeline: { fit(o: object): void; setWindow(a: Date, b: Date, o: object): void; getWindow(): { start: Date; end: Date } };
};

/**
 * Runs one measurement within the time limit; one that exceeds it is recorded as the limit and
 * named in `timedOut`, so that a capped figure is never read as a measured one.
 */
function limitedStep<R extends { timedOut: string[] }>(result: R, limitMs: number) {
  return async <T>(field: keyof R, work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await withLimit(work(), limitMs);
    } catch {
      Object.assign(result, { [field]: limitMs });
      result.timedOut.push(String(field));
      return undefined;
    }
  };
}

/**
 * The baseline in a browser of its own: past a few thousand items vis-timeline blocks the page for
 * minutes, and the only way out of a figure over the limit is to close that browser.
 */
async function measureBaseline(dataJson: string, events: number, dataset: Run['dataset'], limitMs: number): Promise<Run> {
  const server = await serveBaseline(dataJson);
  const browserServer = await chromium.launchServer(BROWSER);
  const browser = await chromium.connect(browserServer.wsEndpoint());
  const result: Run = {
    events,
    variant: 'baseline',
    dataset,
    jsLoadGzipKB: null,
    jsFirstItemGzipKB: null,
    jsTotalGzipKB: null,
    firstListMs: null,
    firstItemMs: null,
    filterMs: null,
    longestTaskMs: null,
    frameMs: null,
    heapMB: null,
    timedOut: [],
  };
  const step = limitedStep(result, limitMs);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.addInitScript('window.__name = (fn) => fn;');
    await page.addInitScript(MARKS_SCRIPT);
    await page.addInitScript(MEASURE_SCRIPT);
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    const firstItem = await step('firstItemMs', async () => {
      await page.waitForFunction(() => (window as unknown as BaselineWindow).__marks.firstItem !== undefined && 'timeline' in window, null, { timeout: 0 });
      return page.evaluate(() => Math.round((window as unknown as BaselineWindow).__marks.firstItem ?? 0));
    });
    if (firstItem === undefined) return result;
    result.firstItemMs = firstItem;
    Object.assign(result, await withLimit(scriptKB(page), limitMs).catch(() => ({})));
    result.heapMB = (await step('heapMB', () => heapMB(page))) ?? result.heapMB;
    const filterMs = await step('filterMs', () =>
      page.evaluate(async (actor) => {
        const state = window as unknown as BaselineWindow & MeasuredWindow;
        const started = performance.now();
        state.items.clear();
        state.items.add(state.toItems(state.allEvents.filter((event) => event.actors.includes(actor))));
        // vis-timeline redraws on the next frame: the clock stops once it is painted, as for the app.
        await state.__untilPainted(() => true);
        const took = Math.round(performance.now() - started);
        // Every event again, as the app does, so that both zoom over the same events.
        state.items.clear();
        state.items.add(state.toItems(state.allEvents));
        await state.__untilPainted(() => true);
        return took;
      }, FILTER_ACTOR),
    );
    if (filterMs === undefined) return result;
    result.filterMs = filterMs;
    const zoom = await step('longestTaskMs', () =>
      duringZoom(page, async () => {
        await page.evaluate(() => (window as unknown as BaselineWindow).timeline.fit({ animation: false }));
        await page.waitForTimeout(300);
        await page.evaluate(() => {
          const { timeline } = window as unknown as BaselineWindow;
          const { start, end } = timeline.getWindow();
          const centre = (start.getTime() + end.getTime()) / 2;
          timeline.setWindow(new Date(centre - 15.5 * 86_400_000), new Date(centre + 15.5 * 86_400_000), { animation: false });
        });
        await page.waitForTimeout(700);
        await page.evaluate(() => (window as unknown as BaselineWindow).timeline.fit({ animation: false }));
        await page.waitForTimeout(700);
      }),
    );
    if (zoom) Object.assign(result, zoom);
    return result;
  } finally {
    await withLimit(browser.close(), 10_000).catch(() => undefined);
    await browserServer.kill();
    server.close();
  }
}

/**
 * Each figure the median of the samples. A figure is capped ("≥ limit") when its median is the
 * limit, that is when at least half the samples hit it.
 */
function medianRun(samples: Run[], limitMs: number): Run {
  const [first] = samples;
  if (!first) throw new Error('no samples');
  const median = (key: keyof Run): number | null => {
    const values = samples.map((sample) => sample[key]).filter((value): value is number => typeof value === 'number').sort((a, b) => a - b);
    if (values.length === 0) return null;
    const middle = Math.floor(values.length / 2);
    return values.length % 2 === 1 ? values[middle]! : round((values[middle - 1]! + values[middle]!) / 2);
  };
  const figures = new Map(COLUMNS.map(([key]) => [key, median(key)]));
  const timedOut = [...new Set(samples.flatMap((sample) => sample.timedOut))].filter((key) => (figures.get(key as keyof Run) ?? 0) >= limitMs);
  return { ...first, ...Object.fromEntries(figures), timedOut };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** autocannon on loopback: 50 connections for a while on each address, counting errors and non-2xx answers. */
async function loadRun(base: string, paths: ReadonlyArray<string>, seconds: number): Promise<LoadRun[]> {
  const runs: LoadRun[] = [];
  for (const target of paths) {
    const result = await autocannon({ url: `${base}${target}`, connections: 50, duration: seconds });
    runs.push({
      path: target,
      connections: 50,
      seconds,
      requestsPerSecond: Math.round(result.requests.average),
      p99Ms: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
    });
  }
  return runs;
}

// The lanes run: Russia and the rebels in a lane each (the comparison the lanes are for), next to
// the baseline given the same two lanes; and the six camps' lanes over every event, the heaviest case.

interface LanesRun {
  events: number;
  variant: 'app' | 'baseline';
  dataset: Run['dataset'];
  lanes: 'actor' | 'camp';
  /** A view with lanes loaded in a cold browser context, until its first item is on screen. */
  firstItemMs: number | null;
  /** From one band to lanes, until the lanes are drawn. */
  lanesMs: number | null;
  /** While zooming from "fit all" to a month and back, in lanes. */
  longestTaskMs: number | null;
  frameMs: number | null;
  /** The most items (events and counts) drawn at once across all the lanes, at "fit all", a month and back. */
  maxItems: number | null;
  timedOut: string[];
}

const LANE_ACTORS = ['russia', 'syrian-rebels'];

/** Items on the chart: events and counts, not the dots and lines of points. */
function itemsDrawn(page: Page): Promise<number> {
  return page.locator('.vis-item:not(.vis-dot):not(.vis-line)').count();
}

async function measureAppLanes(browser: Browser, base: string, events: number, dataset: Run['dataset'], lanes: LanesRun['lanes'], limitMs: number): Promise<LanesRun> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(limitMs);
  await page.addInitScript('window.__name = (fn) => fn;');
  await page.addInitScript(MARKS_SCRIPT);
  const actors = lanes === 'actor' ? `actors=${LANE_ACTORS.join(',')}&` : '';
  await page.goto(`${base}/?${actors}lanes=${lanes}`, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __marks: Record<string, number> }).__marks.firstItem !== undefined);
  const firstItem = await page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks.firstItem ?? 0);
  // The chart says which lanes it has drawn once it has drawn them.
  const drawnLanes = (mode: string) => page.waitForFunction((wanted) => document.querySelector<HTMLElement>('.timeline-canvas')?.dataset.lanes === wanted, mode);
  await drawnLanes(lanes);
  let maxItems = await itemsDrawn(page);

  const picker = page.getByRole('combobox', { name: 'Lanes' });
  await picker.selectOption('');
  await drawnLanes('');
  await page.evaluate(() => {
    const state = window as unknown as { __lanesStarted?: number };
    document.querySelector('.lanes-choice select')?.addEventListener('change', () => (state.__lanesStarted = performance.now()), { capture: true, once: true });
  });
  await picker.selectOption(lanes);
  const lanesMs = await withLimit(
    page.evaluate(async (wanted) => {
      const canvas = document.querySelector<HTMLElement>('.timeline-canvas')!;
      await new Promise<void>((resolve) => {
        const check = () => (canvas.dataset.lanes === wanted ? resolve() : requestAnimationFrame(check));
        requestAnimationFrame(check);
      });
      return Math.round(performance.now() - ((window as unknown as { __lanesStarted?: number }).__lanesStarted ?? NaN));
    }, lanes),
    limitMs,
  );

  const zoom = await duringZoom(page, async () => {
    for (const [button, settle] of [['Fit all', 300], [/^(One month|Month around selection)$/, 700], ['Fit all', 700]] as const) {
      await page.getByRole('button', { name: button }).click();
      await page.waitForTimeout(settle);
      maxItems = Math.max(maxItems, await itemsDrawn(page));
    }
  });
  await context.close();
  return { events, variant: 'app', dataset, lanes, firstItemMs: Math.round(firstItem), lanesMs, ...zoom, maxItems, timedOut: [] };
}

type BaselineLanesWindow = BaselineWindow & {
  vis: { DataSet: new (items: unknown[]) => unknown };
  timeline: { setGroups(groups: unknown): void };
};

/** The baseline given the same two lanes: every event of each actor handed to vis-timeline in its lane. */
async function measureBaselineLanes(dataJson: string, events: number, dataset: Run['dataset'], limitMs: number): Promise<LanesRun> {
  const server = await serveBaseline(dataJson);
  const browserServer = await chromium.launchServer(BROWSER);
  const browser = await chromium.connect(browserServer.wsEndpoint());
  const result: LanesRun = { events, variant: 'baseline', dataset, lanes: 'actor', firstItemMs: null, lanesMs: null, longestTaskMs: null, frameMs: null, maxItems: null, timedOut: [] };
  const step = limitedStep(result, limitMs);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.addInitScript('window.__name = (fn) => fn;');
    await page.addInitScript(MARKS_SCRIPT);
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    // The two actors' events in one band first, as the app shows them before its lanes.
    const banded = await step('lanesMs', async () => {
      await page.waitForFunction(() => (window as unknown as BaselineWindow).__marks.firstItem !== undefined && 'timeline' in window, null, { timeout: 0 });
      await page.evaluate((actors) => {
        const state = window as unknown as BaselineWindow;
        state.items.clear();
        state.items.add(state.toItems(state.allEvents.filter((event) => event.actors.some((actor) => actors.includes(actor)))));
      }, LANE_ACTORS);
      return true;
    });
    if (!banded) return result;
    const lanesMs = await step('lanesMs', () =>
      page.evaluate(async (actors) => {
        const state = window as unknown as BaselineLanesWindow;
        const started = performance.now();
        state.timeline.setGroups(new state.vis.DataSet(actors.map((id, order) => ({ id, content: id, order }))));
        const copies = state.allEvents.flatMap((event) =>
          actors.filter((actor) => event.actors.includes(actor)).map((actor) => ({ ...(state.toItems([event])[0] as object), id: `${actor}/${event.id}`, group: actor })),
        );
        state.items.clear();
        state.items.add(copies);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return Math.round(performance.now() - started);
      }, LANE_ACTORS),
    );
    if (lanesMs === undefined) return result;
    result.lanesMs = lanesMs;
    let maxItems = await itemsDrawn(page);
    const zoom = await step('longestTaskMs', () =>
      duringZoom(page, async () => {
        await page.evaluate(() => (window as unknown as BaselineWindow).timeline.fit({ animation: false }));
        await page.waitForTimeout(300);
        maxItems = Math.max(maxItems, await itemsDrawn(page));
        await page.evaluate(() => {
          const { timeline } = window as unknown as BaselineWindow;
          const { start, end } = timeline.getWindow();
          const centre = (start.getTime() + end.getTime()) / 2;
          timeline.setWindow(new Date(centre - 15.5 * 86_400_000), new Date(centre + 15.5 * 86_400_000), { animation: false });
        });
        await page.waitForTimeout(700);
        maxItems = Math.max(maxItems, await itemsDrawn(page));
        await page.evaluate(() => (window as unknown as BaselineWindow).timeline.fit({ animation: false }));
        await page.waitForTimeout(700);
      }),
    );
    if (zoom) Object.assign(result, zoom, { maxItems });
    return result;
  } finally {
    await withLimit(browser.close(), 10_000).catch(() => undefined);
    await browserServer.kill();
    server.close();
  }
}

/** The app's lanes, each the median of `--repeat` runs. */
async function measureAppLanesMedian(browser: Browser, base: string, events: number, dataset: Run['dataset'], options: Options): Promise<LanesRun[]> {
  const runs: LanesRun[] = [];
  for (const lanes of ['actor', 'camp'] as const) {
    const samples: LanesRun[] = [];
    for (let n = 0; n < options.repeat; n += 1) samples.push(await measureAppLanes(browser, base, events, dataset, lanes, options.limitMs));
    const median = (key: keyof LanesRun) => {
      const values = samples.map((sample) => sample[key]).filter((value): value is number => typeof value === 'number').sort((a, b) => a - b);
      return values.length === 0 ? null : values[Math.floor(values.length / 2)]!;
    };
    runs.push({ ...samples[0]!, firstItemMs: median('firstItemMs'), lanesMs: median('lanesMs'), longestTaskMs: median('longestTaskMs'), frameMs: median('frameMs'), maxItems: median('maxItems') });
  }
  return runs;
}

function printLanesTable(runs: LanesRun[]): void {
  const columns: Array<[keyof LanesRun, string]> = [
    ['firstItemMs', 'first visible item ms'],
    ['lanesMs', 'lanes ms'],
    ['longestTaskMs', 'longest task ms'],
    ['frameMs', 'longest frame ms'],
    ['maxItems', 'most items drawn'],
  ];
  const header = ['events', 'variant', 'lanes', ...columns.map(([, label]) => label)];
  const rows = runs.map((run) => [
    String(run.events) + (run.dataset === 'real' ? ' (real)' : ''),
    run.variant,
    run.lanes === 'actor' ? LANE_ACTORS.join(' + ') : 'six camps',
    ...columns.map(([key]) => {
      const value = run[key];
      return typeof value === 'number' ? `${value}${run.timedOut.includes(String(key)) ? ' (limit)' : ''}` : '—';
    }),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => row.map((value, column) => value.padStart(widths[column]!)).join('  ');
  console.log('\nlanes:');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

/** What is measured on the real-corpus build only. */
interface RealCorpusFigures {
  loads: LoadRun[];
  lighthouse: LighthouseRun[];
}

async function measureSize(browser: Browser, size: number | 'real', options: Options, realFigures: RealCorpusFigures, maps: MapRun[], lanes: LanesRun[]): Promise<Run[]> {
  const real = size === 'real';
  if (!(options.reuseBuild && isBuilt(buildTarget(size)))) console.log(`building against ${real ? 'the real corpus' : `${size} generated events`}…`);
  const { eventsDir, seedsDir, env } = await build(size, { reuse: options.reuseBuild });
  const catalog = loadCatalog({ eventsDir, seedsDir, requireArticles: false });
  const count = catalog.events.length;
  const dataJson = JSON.stringify(
    catalog.events.map((event) => {
      const item = toTimelineItem(event, catalog);
      return { id: item.id, content: item.title, start: item.start, ...(item.end && { end: item.end }), actors: event.actors.map((a) => a.actor) };
    }),
  );
  const log = path.join(os.tmpdir(), `timeline-bench-server-${size}.log`);
  const logFd = fs.openSync(log, 'w');
  const port = await freePort();
  const server = spawn(path.join(ROOT, 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', logFd, logFd],
    detached: true,
  });
  let stopping = false;
  server.on('exit', (code) => {
    if (!stopping) console.error(`the app server stopped (exit ${code}); its output is in ${log}`);
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/data/timeline-index.json`, 60_000);
    // Measure a running server, not a cold start: the first request reads and checks the whole dataset.
    const warmUp = Date.now();
    await fetch(`${base}/`);
    console.log(`measuring ${count} events (the server's first page took ${Date.now() - warmUp} ms)…`);
    const dataset = real ? 'real' : 'generated';
    const samples: Run[] = [];
    for (let n = 0; n < options.repeat; n += 1) samples.push(await measureApp(browser, base, count, dataset, options.limitMs));
    const app = medianRun(samples, options.limitMs);
    maps.push(await measureMap(browser, base, count, dataset, options.limitMs));
    // Every app figure before any baseline: a baseline blocked past the limit leaves a busy machine behind.
    const appLanes = await measureAppLanesMedian(browser, base, count, dataset, options);
    const baselines: Run[] = [];
    for (let n = 0; n < options.repeat; n += 1) baselines.push(await measureBaseline(dataJson, count, dataset, options.limitMs));
    const baseline = medianRun(baselines, options.limitMs);
    lanes.push(...appLanes, await measureBaselineLanes(dataJson, count, dataset, options.limitMs));
    if (real) await measureRealCorpus(base, catalog, options, realFigures);
    return [app, baseline];
  } finally {
    stopping = true;
    await stop(server);
    fs.closeSync(logFd);
  }
}

/** Lighthouse on the pages a shared link lands on, then the load run on `/` with and without a filter, an event page and the dataset. */
async function measureRealCorpus(base: string, catalog: Catalog, options: Options, figures: RealCorpusFigures): Promise<void> {
  const event = `/events/${catalog.events[0]?.id ?? ''}`;
  const actor = `/actors/${catalog.actorById.has(FILTER_ACTOR) ? FILTER_ACTOR : (catalog.actors[0]?.id ?? '')}`;
  if (options.lighthouse) {
    console.log(`lighthouse (mobile) on /, ${event} and ${actor}, ${options.repeat} runs each…`);
    figures.lighthouse.push(...(await runLighthouse(base, ['/', event, actor], options.repeat)));
  }
  if (options.loadSeconds > 0) {
    console.log(`load: 50 connections for ${options.loadSeconds} s on each address…`);
    figures.loads.push(...(await loadRun(base, ['/', `/?actors=${FILTER_ACTOR}`, event, '/data/events.json'], options.loadSeconds)));
  }
}

const COLUMNS: Array<[keyof Run, string]> = [
  ['jsLoadGzipKB', 'JS gz KB (by load)'],
  ['jsFirstItemGzipKB', 'JS gz KB (first item)'],
  ['jsTotalGzipKB', 'JS gz KB (total)'],
  ['firstListMs', 'first list ms'],
  ['firstItemMs', 'first visible item ms'],
  ['filterMs', 'filter ms'],
  ['longestTaskMs', 'longest task ms'],
  ['frameMs', 'longest frame ms'],
  ['heapMB', 'heap MB'],
];

function printTable(runs: Run[]): void {
  const capped = (run: Run, key: keyof Run) => run.timedOut.includes(String(key));
  const cell = (run: Run, key: keyof Run) => {
    const value = run[key];
    if (value === null || value === undefined) return '—';
    return `${capped(run, key) ? '≥ ' : ''}${String(value)}`;
  };
  const header = ['events', 'variant', ...COLUMNS.map(([, label]) => label)];
  const rows: string[][] = [];
  for (const run of runs) rows.push([String(run.events) + (run.dataset === 'real' ? ' (real)' : ''), run.variant, ...COLUMNS.map(([key]) => cell(run, key))]);
  for (const app of runs.filter((run) => run.variant === 'app')) {
    const baseline = runs.find((run) => run.variant === 'baseline' && run.events === app.events && run.dataset === app.dataset);
    if (!baseline) continue;
    rows.push([
      String(app.events) + (app.dataset === 'real' ? ' (real)' : ''),
      'baseline/app',
      ...COLUMNS.map(([key]) => {
        const a = app[key];
        const b = baseline[key];
        if (typeof a !== 'number' || typeof b !== 'number' || a <= 0 || (capped(app, key) && capped(baseline, key))) return '—';
        // A capped baseline figure is at least the limit, so its ratio is at least this much.
        const bound = capped(baseline, key) ? '≥ ' : capped(app, key) ? '≤ ' : '';
        return `${bound}${round(b / a)}×`;
      }),
    ]);
  }
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => row.map((value, column) => value.padStart(widths[column]!)).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const browser = await chromium.launch(BROWSER);
  const runs: Run[] = [];
  const real: RealCorpusFigures = { loads: [], lighthouse: [] };
  const maps: MapRun[] = [];
  const lanes: LanesRun[] = [];
  try {
    for (const size of ['real' as const, ...options.sizes]) runs.push(...(await measureSize(browser, size, options, real, maps, lanes)));
  } finally {
    await browser.close();
  }
  printTable(runs);
  printLanesTable(lanes);
  printMapRuns(maps);
  if (real.loads.length > 0) {
    console.log('\nload on the real corpus (loopback, 50 connections):');
    for (const load of real.loads) {
      console.log(`  ${load.path.padEnd(60)} ${String(load.requestsPerSecond).padStart(6)} req/s  p99 ${String(load.p99Ms).padStart(5)} ms  errors ${load.errors}  non-2xx ${load.non2xx}`);
    }
  }
  printTargets(runs, real.loads, real.lighthouse);
  if (options.out) {
    fs.writeFileSync(options.out, `${JSON.stringify({ runs, load: real.loads, lighthouse: real.lighthouse, map: maps, lanes }, null, 2)}\n`);
    console.log(`wrote ${options.out}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
