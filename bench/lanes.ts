import type { Browser, Page } from '@playwright/test';
import { VIEWPORT } from './browser';
import type { DatasetKind, LanesRun } from './figures';
import { APP_CHART } from './first-item';
import { limitedStep, withLimit } from './limits';
import { medianOf } from './medians';
import { instrument, itemsDrawn, marks } from './page-instruments';
import { PLAIN_CHART, withOwnBrowser, type PlainPage, type PlainWindow } from './plain-page';
import { appZoom, duringZoom, plainZoom } from './zoom';

// The lanes run: Russia and the rebels in a lane each (the comparison the lanes are for), next to
// the plain page given the same two lanes; and the six camps' lanes over every event, the heaviest case.

export const LANE_ACTORS = ['russia', 'syrian-rebels'];

async function appLanes(browser: Browser, base: string, events: number, dataset: DatasetKind, lanes: LanesRun['lanes'], limitMs: number): Promise<LanesRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.setDefaultTimeout(limitMs);
  await instrument(page, APP_CHART);
  const actors = lanes === 'actor' ? `actors=${LANE_ACTORS.join(',')}&` : '';
  await page.goto(`${base}/?${actors}lanes=${lanes}`, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __marks: Record<string, number> }).__marks.firstItem !== undefined);
  const firstItem = (await marks(page)).firstItem ?? 0;
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
  const zoom = await duringZoom(page, () => appZoom(page, async () => void (maxItems = Math.max(maxItems, await itemsDrawn(page)))));
  await context.close();
  return { events, variant: 'app', dataset, lanes, firstItemMs: Math.round(firstItem), lanesMs, ...zoom, maxItems, timedOut: [] };
}

/** The app's lanes, each the median of `repeat` runs. */
export async function measureAppLanes(browser: Browser, base: string, events: number, dataset: DatasetKind, repeat: number, limitMs: number): Promise<LanesRun[]> {
  const runs: LanesRun[] = [];
  for (const lanes of ['actor', 'camp'] as const) {
    const samples: LanesRun[] = [];
    for (let n = 0; n < repeat; n += 1) samples.push(await appLanes(browser, base, events, dataset, lanes, limitMs));
    const median = (key: keyof LanesRun) => medianOf(samples, key);
    runs.push({ ...samples[0]!, firstItemMs: median('firstItemMs'), lanesMs: median('lanesMs'), longestTaskMs: median('longestTaskMs'), frameMs: median('frameMs'), maxItems: median('maxItems') });
  }
  return runs;
}

async function plainLanesIn(page: Page, result: LanesRun, limitMs: number): Promise<void> {
  const step = limitedStep(result, limitMs);
  // The two actors' events in one band first, as the app shows them before its lanes.
  const banded = await step('lanesMs', async () => {
    await page.waitForFunction(() => (window as unknown as { __marks: Record<string, number> }).__marks.firstItem !== undefined && 'timeline' in window, null, { timeout: 0 });
    await page.evaluate((actors) => {
      const state = window as unknown as PlainWindow;
      state.items.clear();
      state.items.add(state.toItems(state.allEvents.filter((event) => event.actors.some((actor) => actors.includes(actor)))));
    }, LANE_ACTORS);
    return true;
  });
  if (!banded) return;
  const lanesMs = await step('lanesMs', () =>
    page.evaluate(async (actors) => {
      const state = window as unknown as PlainWindow;
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
  if (lanesMs === undefined) return;
  result.lanesMs = lanesMs;
  let maxItems = await itemsDrawn(page);
  const zoom = await step('longestTaskMs', () => duringZoom(page, () => plainZoom(page, async () => void (maxItems = Math.max(maxItems, await itemsDrawn(page))))));
  if (zoom) Object.assign(result, zoom, { maxItems });
}

/** The plain page given the same two lanes: every event of each actor handed to vis-timeline in its lane. */
export async function measurePlainLanes(plain: PlainPage, events: number, dataset: DatasetKind, limitMs: number): Promise<LanesRun> {
  const result: LanesRun = { events, variant: 'plain', dataset, lanes: 'actor', firstItemMs: null, lanesMs: null, longestTaskMs: null, frameMs: null, maxItems: null, timedOut: [] };
  await withOwnBrowser(async (page) => {
    await instrument(page, PLAIN_CHART);
    await page.goto(`${plain.url}/`, { waitUntil: 'load' });
    await plainLanesIn(page, result, limitMs);
  });
  return result;
}
