import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { OPENING_MARKS } from '@/lib/timeline/opening-marks';
import { VIEWPORT } from './browser';
import type { OpeningProfile, OpeningStep, Variant } from './figures';
import { APP_CHART } from './first-item';
import { mainThreadWork, parseTrace, workBetween, workOf, type Anchor, type TraceEvent } from './main-thread';
import { median } from './medians';
import { instrument, marks, untilShownAndLive } from './page-instruments';
import { PLAIN_CHART, withOwnBrowser, type PlainPage } from './plain-page';

// Where the time goes until the chart is live, on the real corpus: the steps each page goes through
// (the app's own are its User Timing marks, lib/timeline/opening-marks.ts), and what the main thread
// did between them, read from a trace of the load. Traced loads of their own, interleaved: tracing
// slows a page, so these loads are not the timed ones, and their times run a little later.

type Reached = Array<[label: string, ms: number | undefined]>;

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'loading', 'blink.user_timing'];

/** Read in the page once the chart is live: the browser's own timings and the page's marks. */
function timings(page: Page) {
  return page.evaluate((names) => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const resource = (ending: string) => resources.find((entry) => new URL(entry.name).pathname.endsWith(ending))?.responseEnd;
    const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
    const opening = { requested: mark(names.requested), evaluated: mark(names.evaluated), made: mark(names.made), drawn: mark(names.drawn) };
    const { requested, evaluated } = opening;
    // The app's chunk is named by its hash: the last of the scripts asked for once the chart asked,
    // that had arrived by the time the library was evaluated.
    const chunks =
      requested === undefined || evaluated === undefined
        ? []
        : resources.filter((entry) => entry.initiatorType === 'script' && entry.startTime >= requested && entry.responseEnd <= evaluated);
    return {
      html: navigation?.responseEnd,
      library: resource('/vis-timeline-graph2d.min.js'),
      chunk: chunks.length === 0 ? undefined : Math.max(...chunks.map((entry) => entry.responseEnd)),
      events: resource('/data/events.json'),
      opening,
    };
  }, OPENING_MARKS);
}

async function tracedLoad(page: Page, url: string, variant: Variant, limitMs: number): Promise<{ trace: TraceEvent[]; anchor: Anchor; reached: Reached }> {
  const browser = page.context().browser();
  if (!browser) throw new Error('a traced load needs its browser');
  await instrument(page, variant === 'app' ? APP_CHART : PLAIN_CHART);
  await browser.startTracing(page, { categories: CATEGORIES });
  let buffer: Buffer;
  let anchor: Anchor;
  try {
    await page.goto(url, { waitUntil: 'load', timeout: limitMs });
    await untilShownAndLive(page, limitMs);
    anchor = await page.evaluate((name) => ({ name, startTime: performance.mark(name).startTime }), `bench: anchor ${randomUUID()}`);
  } finally {
    buffer = await browser.stopTracing();
  }
  const found = await marks(page);
  const read = await timings(page);
  const reached: Reached =
    variant === 'app'
      ? [
          ['HTML received', read.html],
          ["first item (the server's frame)", found.firstItem],
          ['hydrated: library requested', read.opening.requested],
          ['library received', read.chunk],
          ['library evaluated', read.opening.evaluated],
          ['chart made', read.opening.made],
          ['items drawn', read.opening.drawn],
          ['live', found.live],
        ]
      : [
          ['HTML received', read.html],
          ['library received', read.library],
          ['events received', read.events],
          ['first item, live', found.live],
        ];
  return { trace: parseTrace(buffer.toString('utf8')), anchor, reached };
}

/** Each step's time and work since the step before, in one load. */
function stepsOf({ trace, anchor, reached }: { trace: TraceEvent[]; anchor: Anchor; reached: Reached }) {
  const stretches = mainThreadWork(trace, anchor);
  let previous = 0;
  return reached.map(([label, ms]): OpeningStep => {
    if (ms === undefined) return { label, atMs: null, sinceMs: null, work: null };
    // A step reached before the one listed above it (the frame can show before the HTML has all
    // arrived) has no time or work of its own.
    const until = Math.max(previous, ms);
    const step: OpeningStep = { label, atMs: ms, sinceMs: until - previous, work: workBetween(stretches, previous, until) };
    previous = until;
    return step;
  });
}

function medianProfile(variant: Variant, loads: ReadonlyArray<OpeningStep[]>): OpeningProfile {
  const labels = loads[0]?.map((step) => step.label) ?? [];
  const steps = labels.map((label, at) => {
    const samples = loads.map((steps) => steps[at]).filter((step): step is OpeningStep => step !== undefined);
    const works = samples.flatMap((step) => (step.work ? [step.work] : []));
    const figure = (key: 'atMs' | 'sinceMs') => median(samples.flatMap((step) => (step[key] === null ? [] : [step[key]])));
    return {
      label,
      atMs: figure('atMs'),
      sinceMs: figure('sinceMs'),
      work:
        works.length === 0
          ? null
          : workOf((kind) => median(works.map((work) => work[kind])) ?? 0),
    };
  });
  return { variant, loads: loads.length, steps };
}

/** The app's `/` and the plain page, `repeat` traced cold loads each, interleaved. */
export async function profileOpening(browser: Browser, base: string, plain: PlainPage, repeat: number, limitMs: number): Promise<OpeningProfile[]> {
  const apps: OpeningStep[][] = [];
  const plains: OpeningStep[][] = [];
  for (let n = 0; n < repeat; n += 1) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      apps.push(stepsOf(await tracedLoad(await context.newPage(), `${base}/`, 'app', limitMs)));
    } finally {
      await context.close();
    }
    plains.push(stepsOf(await withOwnBrowser((page) => tracedLoad(page, `${plain.url}/`, 'plain', limitMs))));
  }
  return [medianProfile('app', apps), medianProfile('plain', plains)];
}
