import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { VIEWPORT } from './browser';
import type { DatasetKind, MapRun } from './figures';
import { withLimit } from './limits';
import { round } from './medians';

// The map of places in the page of `/`: its markup, its markers, and how long it takes to follow
// the chart's window after a zoom.

export async function measureMap(browser: Browser, base: string, events: number, dataset: DatasetKind, limitMs: number): Promise<MapRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.setDefaultTimeout(limitMs);
  await page.addInitScript('window.__name = (fn) => fn;');
  await page.goto(`${base}/`, { waitUntil: 'load' });
  await page.waitForSelector('[data-timeline-chart][data-chart-live] .vis-item');
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
