import { expect, type Page } from '@playwright/test';

/** Opens a timeline page and waits until the chart has drawn. */
export async function openTimeline(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.locator('.timeline-canvas[data-ready="true"]')).toBeVisible();
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
