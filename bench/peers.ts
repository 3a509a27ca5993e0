import type { Browser } from '@playwright/test';
import { VIEWPORT } from './browser';
import type { DatasetKind, Run, Variant } from './figures';
import { appFilterMs, plainFilterMs } from './filter';
import { APP_CHART, coldLoad } from './first-item';
import { limitedStep } from './limits';
import { medianRun } from './medians';
import { PLAIN_CHART, withOwnBrowser, type PlainPage } from './plain-page';
import { appZoom, duringZoom, plainZoom } from './zoom';

// The app and the plain page side by side, measured the same way: a cold load, an actor filter,
// a zoom. Their samples are interleaved (app, plain, app, plain…), so that the machine's moods fall
// on both alike, and each figure is the median of `repeat`.

export interface Peer {
  events: number;
  dataset: DatasetKind;
  limitMs: number;
}

function emptyRun(variant: Variant, { events, dataset }: Peer): Run {
  return {
    events,
    variant,
    dataset,
    jsLoadGzipKB: null,
    jsFirstItemGzipKB: null,
    jsTotalGzipKB: null,
    firstListMs: null,
    firstItemMs: null,
    liveMs: null,
    filterMs: null,
    longestTaskMs: null,
    frameMs: null,
    heapMB: null,
    timedOut: [],
  };
}

/** One app sample, in a fresh browser context (a cold cache). */
async function appSample(browser: Browser, base: string, peer: Peer): Promise<Run> {
  const result = emptyRun('app', peer);
  const step = limitedStep(result, peer.limitMs);
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(peer.limitMs);
    if (!(await coldLoad(page, `${base}/`, APP_CHART, result, peer.limitMs))) return result;
    result.filterMs = (await step('filterMs', () => appFilterMs(page))) ?? result.filterMs;
    Object.assign(result, await step('longestTaskMs', () => duringZoom(page, () => appZoom(page))));
    return result;
  } finally {
    await context.close();
  }
}

/** One plain-page sample, in a browser of its own. */
function plainSample(plain: PlainPage, peer: Peer): Promise<Run> {
  const result = emptyRun('plain', peer);
  const step = limitedStep(result, peer.limitMs);
  return withOwnBrowser(async (page) => {
    if (!(await coldLoad(page, `${plain.url}/`, PLAIN_CHART, result, peer.limitMs))) return result;
    const filterMs = await step('filterMs', () => plainFilterMs(page));
    if (filterMs === undefined) return result;
    result.filterMs = filterMs;
    Object.assign(result, await step('longestTaskMs', () => duringZoom(page, () => plainZoom(page))));
    return result;
  });
}

/** The app's and the plain page's medians over `repeat` interleaved samples. */
export async function measurePeers(browser: Browser, base: string, plain: PlainPage, peer: Peer, repeat: number): Promise<[Run, Run]> {
  const apps: Run[] = [];
  const plains: Run[] = [];
  for (let n = 0; n < repeat; n += 1) {
    apps.push(await appSample(browser, base, peer));
    plains.push(await plainSample(plain, peer));
  }
  return [medianRun(apps, peer.limitMs), medianRun(plains, peer.limitMs)];
}
