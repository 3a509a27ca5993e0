import type { Page } from '@playwright/test';
import { round } from './medians';

// What the app and the plain page are both measured with, in the page, installed before anything
// loads: the marks of the first list entry, the first chart item a person can see and the chart
// going live; long tasks; script bytes; the heap.

/** What counts as a chart item and as a live chart in a page. */
export interface ChartSelectors {
  /** A drawn item: a box in the viewport with no hidden ancestor counts. */
  item: string;
  /** Present once the chart is live, if the page says so. */
  liveFlag?: string;
  /**
   * Otherwise vis-timeline's root: live once visible (it stays `visibility: hidden` until its first
   * draw counts as done).
   */
  liveRoot?: string;
}

/**
 * Marks the first list entry, the first chart item a person can see and the chart going live:
 * checked every frame, an element with a box of its own inside the viewport and no ancestor hidden.
 */
const MARKS_SCRIPT = (selectors: ChartSelectors) => {
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
    if (marks.firstItem === undefined && [...document.querySelectorAll(selectors.item)].some(seen)) marks.firstItem = performance.now();
    if (marks.live === undefined && ((selectors.liveFlag && document.querySelector(selectors.liveFlag)) || (selectors.liveRoot && [...document.querySelectorAll(selectors.liveRoot)].some(seen)))) {
      marks.live = performance.now();
    }
    if (marks.firstItem === undefined || marks.live === undefined) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
};

/**
 * `__untilPainted` resolves once the frame in which its condition first holds has been painted:
 * the filter clock stops there on both sides. `__scriptKB` adds up the script bytes as sent (gzip)
 * that had arrived by a moment (a mark, the load event), or all of them.
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

export type MeasuredWindow = {
  __marks: Record<string, number>;
  __longTasks: number[];
  __untilPainted: (condition: () => boolean) => Promise<void>;
  __scriptKB: (until?: number) => number;
};

export async function instrument(page: Page, selectors: ChartSelectors): Promise<void> {
  // tsx compiles this file with esbuild, which wraps named functions in __name(); functions sent
  // to the page need it too.
  await page.addInitScript('window.__name = (fn) => fn;');
  await page.addInitScript(MARKS_SCRIPT, selectors);
  await page.addInitScript(MEASURE_SCRIPT);
}

/** Resolves once the page has marked both its first visible chart item and its chart live. */
export async function untilShownAndLive(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const found = (window as unknown as MeasuredWindow).__marks;
      return found.firstItem !== undefined && found.live !== undefined;
    },
    null,
    { timeout: timeoutMs },
  );
}

export function marks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => (window as unknown as MeasuredWindow).__marks);
}

/** The script bytes by the load event, by the first chart item and in all, once the network is quiet. */
export async function scriptKB(page: Page): Promise<{ jsLoadGzipKB: number | null; jsFirstItemGzipKB: number | null; jsTotalGzipKB: number }> {
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

export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return round((metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / 1_048_576);
}

/** Items on the chart: events and counts, not the dots and lines of points. */
export function itemsDrawn(page: Page): Promise<number> {
  return page.locator('.vis-item:not(.vis-dot):not(.vis-line)').count();
}
