import { expect, type Page, type Route } from '@playwright/test';

/**
 * Opens a timeline page and waits until vis-timeline has drawn the chart (`data-chart-live`): the
 * server's first frame carries the same items, but answers no click, zoom or tip.
 */
export async function openTimeline(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.locator('[data-timeline-chart][data-chart-live]')).toBeVisible();
}

/** Waits until the chart draws the set of events the list shows: each names its set by the same key. */
export async function expectChartInStepWithList(page: Page) {
  const key = await page.locator('.list-scroll').getAttribute('data-filter');
  expect(key).toBeTruthy();
  await expect(page.locator('.timeline-canvas')).toHaveAttribute('data-filter', key!);
}

/**
 * The events the chart accounts for: those drawn one by one, plus those in its per-period counts;
 * with `lane`, only in that lane (an event in two lanes counts in each).
 */
export function eventsOnChart(page: Page, lane?: string) {
  return page.locator('.timeline-canvas').evaluate((canvas, lane) => {
    const inLane = lane === undefined ? '' : `[data-lane="${lane}"]`;
    const drawn = canvas.querySelectorAll(`.vis-item${inLane}[data-event-id]`).length;
    const counted = [...canvas.querySelectorAll(`.vis-item${inLane} .tl-bucket-count`)].reduce(
      (sum, node) => sum + Number(node.getAttribute('aria-label')?.match(/: ([\d,]+) events?\./)?.[1]?.replace(/,/g, '') ?? NaN),
      0,
    );
    return drawn + counted;
  }, lane);
}

/** Each lane's label, in order, as the chart shows it: "Russia (33)" (of its full and short names, the one shown). */
export function laneLabels(page: Page) {
  return page.locator('.timeline-canvas .vis-label .tl-lane-label').evaluateAll((labels) => labels.map((label) => (label as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
}

/** The events drawn one by one in a lane. */
export function eventsInLane(page: Page, lane: string) {
  return page
    .locator(`.timeline-canvas .vis-item[data-lane="${lane}"][data-event-id]`)
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id')));
}

/** What injected markup would leave in the page: event-handler attributes, payload elements, a marker set by a payload. */
export function injectedMarkup(page: Page) {
  return page.evaluate(() => ({
    handlers: [...document.querySelectorAll('*')].filter((node) => [...node.attributes].some((attribute) => /^on/i.test(attribute.name))).length,
    images: document.querySelectorAll('img[src="x"]').length,
    // The site's own maps are the only SVG it draws.
    svgs: document.querySelectorAll('body svg:not(.place-map-svg)').length,
    pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
  }));
}

export const NOTHING_INJECTED = { handlers: 0, images: 0, svgs: 0, pwned: false };

/**
 * Watches a page of hostile data: the check it returns fails if a payload became markup, a script
 * of the page carries one (other than the data blocks Next.js and JSON-LD hold as text), or a dialog opened.
 */
export function guardAgainstPayloads(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return async () => {
    const scripts = await page.evaluate(
      () =>
        [...document.querySelectorAll('script')].filter(
          (script) => script.textContent?.includes('window.__pwned') && script.type !== 'application/ld+json' && !script.textContent.includes('self.__next_f'),
        ).length,
    );
    expect({ ...(await injectedMarkup(page)), scripts, dialogs }).toEqual({ ...NOTHING_INJECTED, scripts: 0, dialogs: [] });
  };
}

/**
 * Holds back the server's answers to in-app navigations (React Server Component requests) until
 * the returned function is called, to see what the page shows before the server answers.
 */
export async function holdServerAnswers(page: Page): Promise<() => Promise<void>> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const handler = async (route: Route) => {
    if (route.request().headers()['rsc'] === '1') await released;
    await route.fallback();
  };
  await page.route('**/*', handler);
  return async () => {
    release();
    await page.unroute('**/*', handler);
  };
}

/** Everything the list shows: each entry, the links to earlier and later events, and the set it names. */
export function listSnapshot(page: Page) {
  return page.locator('.list-scroll').evaluate((pane) => ({
    filter: pane.getAttribute('data-filter'),
    entries: [...pane.querySelectorAll('.event-list > li')].map((entry) => ({
      id: entry.getAttribute('data-event-id'),
      className: entry.className,
      dateTime: entry.querySelector('time')?.getAttribute('datetime'),
      text: entry.textContent,
      href: entry.querySelector('a')?.getAttribute('href'),
      current: entry.querySelector('a')?.getAttribute('aria-current'),
    })),
    more: [...pane.querySelectorAll('.list-more a')].map((link) => [link.getAttribute('href'), link.textContent]),
    empty: pane.querySelector('.muted')?.textContent ?? null,
  }));
}
