import { expect, type Page } from '@playwright/test';

/** Opens a timeline page and waits until the chart has drawn. */
export async function openTimeline(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.locator('.timeline-canvas[data-ready="true"]')).toBeVisible();
}

/** Waits until the chart draws the set of events the list shows: each names its set by the same key. */
export async function expectChartInStepWithList(page: Page) {
  const key = await page.locator('.list-scroll').getAttribute('data-filter');
  expect(key).toBeTruthy();
  await expect(page.locator('.timeline-canvas')).toHaveAttribute('data-filter', key!);
}

/** The events the chart accounts for: those drawn one by one, plus those in its per-period counts. */
export function eventsOnChart(page: Page) {
  return page.locator('.timeline-canvas').evaluate((canvas) => {
    const drawn = canvas.querySelectorAll('.vis-item[data-event-id]').length;
    const counted = [...canvas.querySelectorAll('.tl-bucket-count')].reduce(
      (sum, node) => sum + Number(node.getAttribute('title')?.match(/: ([\d,]+) events?\./)?.[1]?.replace(/,/g, '') ?? NaN),
      0,
    );
    return drawn + counted;
  });
}

/** What injected markup would leave in the page: event-handler attributes, payload elements, a marker set by a payload. */
export function injectedMarkup(page: Page) {
  return page.evaluate(() => ({
    handlers: [...document.querySelectorAll('*')].filter((node) => [...node.attributes].some((attribute) => /^on/i.test(attribute.name))).length,
    images: document.querySelectorAll('img[src="x"]').length,
    svgs: document.querySelectorAll('body svg').length,
    pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
  }));
}

export const NOTHING_INJECTED = { handlers: 0, images: 0, svgs: 0, pwned: false };
