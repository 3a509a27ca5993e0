import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { holdServerAnswers, openTimeline } from './helpers';

// The reading loop (issue 19): select an event on the chart or in the list, and its source panel is
// where the reader is looking; go back, and the timeline is where it was.

const TANF = 'russian-airstrike-on-al-tanf-base-2016';
const TANF_TITLE = 'Russian aircraft bomb the U.S.-backed New Syrian Army base at al-Tanf';
const HAMMAD = 'russian-airstrike-on-hammad-camp-2016';
/** The event after al-Tanf's in the whole timeline's order. */
const NEXT = 'kerry-prepares-to-fly-to-moscow-on-coordination-agreement-2016';
/** A month of 2016 in which the chart draws al-Tanf and its neighbours one by one. */
const AROUND_TANF = '/?window=2016-05-20..2016-07-20';

const WIDE = { width: 1400, height: 900 };
const PHONE = { width: 375, height: 812 };

/** What draws an event on the chart (the contract: `data-event-id` inside `data-timeline-chart`). */
function chartItem(page: Page, id: string) {
  return page.locator(`:is([data-timeline-chart], .timeline-canvas) [data-event-id="${id}"]`).filter({ visible: true }).first();
}

function listLink(page: Page, title: string | RegExp) {
  return page.getByRole('region', { name: 'Events in order' }).getByRole('link', { name: title });
}

function panelHeading(page: Page, name: string | RegExp) {
  return page.locator('#event-panel').getByRole('heading', { level: 2, name });
}

const backToTimeline = (page: Page) => page.getByRole('link', { name: 'Back to the timeline' });

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** What Next's route announcer last said: a selection is said once, by focus, never again by it. */
const routeAnnouncement = (page: Page) =>
  page.evaluate(() => document.querySelector('next-route-announcer')?.shadowRoot?.textContent ?? '');

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('at 1400×900', () => {
  test.use({ viewport: WIDE });

  test('a selection on the chart and in the list shows its panel beside them, with the chart and the list still in view', async ({ page }) => {
    await openTimeline(page, AROUND_TANF);
    const scrolled = () => page.evaluate(() => window.scrollY);
    await chartItem(page, TANF).click();
    await expect(page).toHaveURL(new RegExp(`event=${TANF}`));
    await expect(panelHeading(page, TANF_TITLE)).toBeInViewport();
    await expect(chartItem(page, TANF)).toBeInViewport();
    await expect(page.getByRole('heading', { level: 2, name: 'Events in order' })).toBeInViewport();
    // The list starts on screen, with the selection at its top.
    await expect(page.locator(`.event-list [data-event-id="${TANF}"]`)).toBeInViewport();
    expect(await scrolled()).toBe(0);

    // Reaching the entry scrolls the page down: the panel is there too.
    await listLink(page, /Hammad camp/).click();
    await expect(page).toHaveURL(new RegExp(`event=${HAMMAD}`));
    await expect(panelHeading(page, /Hammad camp/)).toBeInViewport();

    // Far down the page, the panel is still beside what the reader is looking at.
    await page.getByRole('region', { name: 'Where it happened' }).scrollIntoViewIfNeeded();
    await listLink(page, TANF_TITLE).click();
    await expect(panelHeading(page, TANF_TITLE)).toBeInViewport();
  });

  test('the keyboard moves focus to the panel heading, and back to the item; the router says nothing more', async ({ page }) => {
    await openTimeline(page, AROUND_TANF);
    const title = await page.title();
    const link = listLink(page, TANF_TITLE);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`event=${TANF}`));
    await expect(panelHeading(page, TANF_TITLE)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`event=${NEXT}`));
    await expect(panelHeading(page, /Kerry/)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/event=/);
    await expect(listLink(page, /^Kerry prepares to fly to Moscow/)).toBeFocused();
    expect(await page.title()).toBe(title);
    expect(await routeAnnouncement(page)).toBe('');
  });

  test('a zoom while Escape waits for the server does not bring the selection back', async ({ page }) => {
    await openTimeline(page, AROUND_TANF);
    await listLink(page, TANF_TITLE).click();
    await expect(panelHeading(page, TANF_TITLE)).toBeInViewport();
    await expect(page).toHaveURL(/window=/);
    const followed = page.url();
    const release = await holdServerAnswers(page);
    await page.keyboard.press('Escape');
    // The chart's new window is written to the address while the cleared view is still on its way.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page).not.toHaveURL(followed);
    await release();
    await expect(page).not.toHaveURL(/event=/);
    await expect(panelHeading(page, TANF_TITLE)).toHaveCount(0);
  });

  test('axe finds nothing with an event selected', async ({ page }) => {
    await openTimeline(page, `/?event=${TANF}`);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('at 375×812', () => {
  test.use({ viewport: PHONE });

  test('the first screen shows events, with the filters one tap away and summed up in a line', async ({ page }) => {
    await openTimeline(page, '/?actors=russia,syrian-rebels&match=all');
    const filters = page.getByRole('button', { name: 'Filters' });
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('.filters-summary')).toHaveText(/^all of Russia, Syrian .*rebels$/);
    await expect(page.getByRole('searchbox', { name: 'Search titles, summaries and quotes' })).toBeHidden();
    await expect(page.locator('.timeline-canvas')).toBeInViewport({ ratio: 0.5 });
    await expect(page.locator(':is([data-timeline-chart], .timeline-canvas) [data-event-id]').filter({ visible: true }).first()).toBeInViewport();
    await filters.click();
    await expect(page.getByRole('searchbox', { name: 'Search titles, summaries and quotes' })).toBeInViewport();
    await expect(page.getByRole('checkbox', { name: /^Russia \(\d+\)$/ })).toBeHidden();
  });

  test('a selection on the chart opens its panel over the page; Back and Escape return to the item', async ({ page }) => {
    await openTimeline(page, AROUND_TANF);
    await chartItem(page, TANF).click();
    await expect(page).toHaveURL(new RegExp(`event=${TANF}`));
    await expect(panelHeading(page, TANF_TITLE)).toBeInViewport();
    await expect(backToTimeline(page)).toBeInViewport();

    await backToTimeline(page).click();
    await expect(backToTimeline(page)).toHaveCount(0);
    await expect(chartItem(page, TANF)).toBeInViewport();
    await expect(chartItem(page, TANF)).toHaveClass(/vis-selected/);
    await expect(panelHeading(page, TANF_TITLE)).not.toBeInViewport();
    // The selection stays, in the address too.
    await expect(page).toHaveURL(new RegExp(`event=${TANF}`));

    // Selecting it again opens it again; Escape closes it the same way.
    await chartItem(page, TANF).click();
    await expect(panelHeading(page, TANF_TITLE)).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(backToTimeline(page)).toHaveCount(0);
    await expect(chartItem(page, TANF)).toBeInViewport();
    await expect(page).toHaveURL(new RegExp(`event=${TANF}`));
  });

  test('a selection in the list opens its panel; walking on inside it and going back lands on the item', async ({ page }) => {
    await openTimeline(page, AROUND_TANF);
    const link = listLink(page, TANF_TITLE);
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect(panelHeading(page, TANF_TITLE)).toBeInViewport();
    await page.getByRole('link', { name: 'Next event →' }).click();
    await expect(page).toHaveURL(new RegExp(`event=${NEXT}`));
    await expect(panelHeading(page, /Kerry/)).toBeInViewport();
    await backToTimeline(page).click();
    await expect(listLink(page, /^Kerry prepares to fly to Moscow/)).toBeInViewport();
    await expect(listLink(page, /^Kerry prepares to fly to Moscow/)).toBeFocused();
  });

  test('the browser’s back button closes the panel it opened, where the reader was', async ({ page }) => {
    await openTimeline(page, AROUND_TANF);
    await chartItem(page, TANF).click();
    await expect(panelHeading(page, TANF_TITLE)).toBeInViewport();
    await page.goBack();
    await expect(page).not.toHaveURL(/event=/);
    await expect(backToTimeline(page)).toHaveCount(0);
    await expect(chartItem(page, TANF)).toBeInViewport();
    await page.goForward();
    await expect(panelHeading(page, TANF_TITLE)).toBeInViewport();
  });

  test('the keyboard moves focus into the panel and back to the item', async ({ page }) => {
    await openTimeline(page, AROUND_TANF);
    await page.locator('body').press('ArrowRight');
    const heading = page.locator('#event-panel').getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    const id = await page.locator('#event-panel').getAttribute('data-event-id');
    await page.keyboard.press('Escape');
    await expect(page.locator(`.event-list [data-event-id="${id}"] a`)).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`event=${id}`));
  });

  test('axe finds nothing with an event selected, the panel open over the page', async ({ page }) => {
    await openTimeline(page, `/?event=${TANF}`);
    await expect(backToTimeline(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('no sideways scroll at 320 px, with and without a selection, filters open', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['/', `/?event=${TANF}`, '/?actors=russia,syrian-rebels&match=all&lanes=actor']) {
    await openTimeline(page, path);
    expect(await sidewaysScroll(page), path).toBeLessThanOrEqual(0);
  }
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByText(/^Actors: /).click();
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
});

for (const viewport of [WIDE, PHONE]) {
  test(`nothing jumps over a selection journey at ${viewport.width}×${viewport.height} (CLS ≤ 0.05)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Array<{ node?: Node | null }> };
      const shifts: Array<{ value: number; what: string }> = [];
      (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
      const name = (node: Node | null | undefined) =>
        node instanceof Element ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}` : String(node?.nodeName);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Shift[]) {
          if (!entry.hadRecentInput) shifts.push({ value: entry.value, what: entry.sources.map((source) => name(source.node)).join(', ') });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openTimeline(page, AROUND_TANF);
    await expect(chartItem(page, TANF)).toBeVisible();
    // The journey starts once the page has drawn: what loading shifts is the first view's business.
    await page.evaluate(() => ((window as unknown as { __shifts: unknown[] }).__shifts.length = 0));
    const narrow = viewport.width < 1024;

    await chartItem(page, TANF).click();
    await expect(panelHeading(page, TANF_TITLE)).toBeInViewport();
    await page.getByRole('link', { name: 'Next event →' }).click();
    await expect(panelHeading(page, /Kerry/)).toBeInViewport();
    if (narrow) await backToTimeline(page).click();
    await listLink(page, TANF_TITLE).scrollIntoViewIfNeeded();
    await listLink(page, TANF_TITLE).click();
    await expect(panelHeading(page, TANF_TITLE)).toBeInViewport();
    await page.keyboard.press('Escape');
    if (!narrow) await expect(page).not.toHaveURL(/event=/);
    // Late shifts (a server's answer, a chart's redraw) have a moment to show.
    await page.waitForTimeout(1000);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: Array<{ value: number; what: string }> }).__shifts);
    // Every shift counts, not only the worst burst of them (the metric's session window): stricter than CLS.
    const total = shifts.reduce((sum, { value }) => sum + value, 0);
    const what = shifts.map(({ value, what }) => `${value.toFixed(4)} ${what}`).join('; ');
    test.info().annotations.push({ type: 'layout shift', description: `${total.toFixed(4)} (${what || 'no shift'})` });
    expect(total, what).toBeLessThanOrEqual(0.05);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: WIDE });

  test('the page reads in order, and every list entry links to its event’s page', async ({ page }) => {
    await page.goto(`/?event=${TANF}`);
    const headings = await page.locator('main :is(h1, h2)').evaluateAll((nodes) => nodes.map((node) => node.textContent?.trim()));
    expect(headings).toEqual(['The Syrian war, 2011–2024', 'Timeline', TANF_TITLE, 'Events in order', 'Where it happened']);
    const entries = page.locator('.event-list > li');
    expect(await entries.count()).toBeGreaterThan(80);
    const links = await entries.evaluateAll((items) =>
      items.map((item) => [item.getAttribute('data-event-id'), item.querySelector('h3 a')?.getAttribute('href')]),
    );
    for (const [id, href] of links) expect(href).toBe(`/events/${id}`);
    await listLink(page, /Hammad camp/).click();
    await expect(page).toHaveURL(new RegExp(`/events/${HAMMAD}$`));
    await expect(page.getByRole('heading', { level: 1, name: /Hammad camp/ })).toBeVisible();
  });
});

test('screenshots for review: both sizes, selected and not, light and dark', async ({ page }) => {
  test.setTimeout(120_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [name, viewport] of [['wide', WIDE], ['phone', PHONE]] as const) {
      await page.setViewportSize(viewport);
      await openTimeline(page, '/');
      await page.screenshot({ path: `test-results/screenshots/reading-${name}-${scheme}.png` });
      await openTimeline(page, AROUND_TANF);
      await chartItem(page, TANF).click();
      await expect(panelHeading(page, TANF_TITLE)).toBeInViewport();
      await page.screenshot({ path: `test-results/screenshots/reading-${name}-selected-${scheme}.png` });
    }
  }
});
