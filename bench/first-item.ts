import type { Page } from '@playwright/test';
import type { Run } from './figures';
import { limitedStep } from './limits';
import { heapMB, instrument, marks, scriptKB, untilShownAndLive, type ChartSelectors } from './page-instruments';

// A cold load, the same for the app and the plain page: until the first chart item a person can
// see and the chart live, the script bytes it took, and the heap once the network is quiet.

/**
 * Items are `[data-timeline-chart] [data-event-id]`, whoever draws them (vis-timeline, or the
 * server as a first frame); live is the chart's `data-chart-live`, once vis-timeline has drawn every
 * item and the server's frame is gone. Not vis-timeline's root turning visible: the app draws it
 * under that frame, which takes the wheel until then.
 */
export const APP_CHART: ChartSelectors = {
  // A count stands for events it holds and carries no one event's id: at wide zoom it is what is drawn.
  item: '[data-timeline-chart] [data-event-id], [data-timeline-chart] .vis-item',
  liveFlag: '[data-timeline-chart][data-chart-live]',
};

export type ColdLoad = Pick<Run, 'jsLoadGzipKB' | 'jsFirstItemGzipKB' | 'jsTotalGzipKB' | 'firstListMs' | 'firstItemMs' | 'liveMs' | 'heapMB'>;

const at = (mark: number | undefined) => (mark === undefined ? null : Math.round(mark));

/** Loads `url` in `page` (fresh, cold); the figures that did not come within the limit are named in `result.timedOut`. */
export async function coldLoad(page: Page, url: string, selectors: ChartSelectors, result: Run, limitMs: number): Promise<boolean> {
  const step = limitedStep(result, limitMs);
  await instrument(page, selectors);
  await page.goto(url, { waitUntil: 'load', timeout: limitMs });
  const shown = await step('firstItemMs', async () => {
    await untilShownAndLive(page, 0);
    return true;
  });
  if (shown === undefined) return false;
  const found = await marks(page);
  const figures: Partial<ColdLoad> = { firstListMs: at(found.firstList), firstItemMs: at(found.firstItem), liveMs: at(found.live) };
  Object.assign(result, figures, (await step('jsTotalGzipKB', () => scriptKB(page))) ?? {});
  result.heapMB = (await step('heapMB', () => heapMB(page))) ?? result.heapMB;
  return true;
}
