import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { VIS_TIMELINE_MARK } from '../lib/publish/chart-chunk-mark';
import { OPENING_MARKS } from '../lib/timeline/opening-marks';
import { expectChartInStepWithList, holdServerAnswers, listSnapshot, openTimeline } from './helpers';

const TANF = 'russian-airstrike-on-al-tanf-base-2016';

function timelineItems(page: Page) {
  return page.getByRole('region', { name: 'Timeline' }).locator('.vis-item[data-event-id]');
}

function listEntries(page: Page) {
  return page.getByRole('region', { name: 'Events in order' }).getByRole('listitem');
}

test('zoom in, then fit all', async ({ page }) => {
  await openTimeline(page);
  const canvas = page.locator('.timeline-canvas');
  const spanInDays = async () => {
    const start = await canvas.getAttribute('data-window-start');
    const end = await canvas.getAttribute('data-window-end');
    return start && end ? (Date.parse(end) - Date.parse(start)) / 86_400_000 : NaN;
  };
  await expect.poll(spanInDays).toBeGreaterThan(20 * 365);
  await expect(canvas).toHaveAttribute('data-window-start', /^(199\d|200[01])-/);
  await expect(canvas).toHaveAttribute('data-window-end', /^202[4-7]-/);
  for (let click = 0; click < 3; click += 1) await page.getByRole('button', { name: 'Zoom in' }).click();
  // Each click divides the visible span by 1.5: about 28 years become about 8.
  await expect.poll(spanInDays).toBeLessThan(10 * 365);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(spanInDays).toBeGreaterThan(20 * 365);
});

test('find the al-Tanf strike in two clicks: search, then select it on the timeline', async ({ page }) => {
  await openTimeline(page);
  await page.getByRole('searchbox', { name: 'Search titles, summaries and quotes' }).fill('Tanf');
  await expect(page.getByRole('status').filter({ hasText: / of \d+ events$/ })).toContainText(/^\s*[1-3] of \d+ events/);
  await expect(page).toHaveURL(/[?&]q=Tanf/);
  const item = timelineItems(page).and(page.locator(`[data-event-id="${TANF}"]`));
  await item.click();
  await expect(page).toHaveURL(new RegExp(`event=${TANF}`));
  const panel = page.getByRole('region', { name: /Russian aircraft bomb the U\.S\.-backed New Syrian Army base at al-Tanf/ });
  await expect(panel).toContainText('16 June 2016');
  await expect(panel.getByRole('region', { name: 'Sources' }).getByRole('blockquote').first()).toContainText('On 16 June 2016, Russian aircraft dropped cluster munitions');
  await expect(panel).toContainText('The Syrian Intifada');
  // The list follows the selection.
  await expect(listEntries(page).and(page.locator(`[data-event-id="${TANF}"]`)).getByRole('link')).toHaveAttribute('aria-current', 'true');
  await expect(item).toHaveClass(/vis-selected/);
});

test('a disputed event shows each side’s claim', async ({ page }) => {
  await openTimeline(page, `/?event=${TANF}`);
  const claims = page.getByRole('region', { name: 'What each side says' }).getByRole('listitem');
  await expect(claims.filter({ hasText: 'Russian military officials (per The Wall Street Journal):' })).toHaveCount(1);
  await expect(claims.filter({ hasText: 'U.S. military and intelligence officials (per The Wall Street Journal):' })).toHaveCount(1);
  await expect(claims.filter({ hasText: 'Jordanian officials' })).toContainText('never given Moscow a green light');
});

test('filter by two actors: every item involves one of them', async ({ page, request }) => {
  const data = await (await request.get('/data/events.json')).json();
  const involving = new Set<string>(
    data.events
      .filter((event: { actors: Array<{ actor: string }> }) =>
        event.actors.some(({ actor }) => actor === 'hayat-tahrir-al-sham' || actor === 'new-syrian-army'),
      )
      .map((event: { id: string }) => event.id),
  );
  await openTimeline(page);
  await page.getByText('Actors (any)').click();
  await page.getByRole('checkbox', { name: /^Hay'at Tahrir al-Sham \(\d+\)$/ }).check();
  await expect(page).toHaveURL(/actors=hayat-tahrir-al-sham/);
  await page.getByRole('checkbox', { name: /^New Syrian Army \(\d+\)$/ }).check();
  await expect(page).toHaveURL(/actors=hayat-tahrir-al-sham,new-syrian-army/);
  await expect(page.getByRole('status').filter({ hasText: / of \d+ events$/ })).toHaveText(new RegExp(`^${involving.size} of \\d+ events$`));
  await expectChartInStepWithList(page);

  const listed = await listEntries(page).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id')));
  expect(new Set(listed)).toEqual(involving);
  await page.getByRole('button', { name: 'Fit all' }).click();
  const drawn = await timelineItems(page).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id')));
  expect(drawn.length).toBeGreaterThan(0);
  for (const id of drawn) expect(involving.has(id ?? '')).toBe(true);
});

test('a new date filter shows in the count, the list and the chart before the server answers, as the server then lists it', async ({ page, browser }) => {
  await openTimeline(page, `/?event=${TANF}`);
  const status = page.getByRole('status').filter({ hasText: /of \d+ events/ });
  const all = await status.textContent();
  const release = await holdServerAnswers(page);
  await page.getByLabel('From').fill('2016-01-01');
  await expect(status).not.toHaveText(all!);
  // The server has not answered: the address only changes when it does.
  expect(page.url()).not.toContain('from=');
  const early = await listSnapshot(page);
  expect(early.entries.length).toBe(Number((await status.textContent())?.match(/^(\d+) of/)?.[1]));
  expect(early.entries.filter(({ current }) => current === 'true').map(({ id }) => id)).toEqual([TANF]);
  await expectChartInStepWithList(page);

  await release();
  await expect(page).toHaveURL(/from=2016-01-01/);
  expect(await listSnapshot(page)).toEqual(early);
  const fresh = await browser.newPage();
  await fresh.goto(page.url());
  expect(await listSnapshot(fresh)).toEqual(early);
  await fresh.close();
});

test('aliases find the actor: “Daesh” finds the Islamic State, “Nusra” finds Jabhat al-Nusra', async ({ page }) => {
  await openTimeline(page);
  await page.getByText('Actors (any)').click();
  const finder = page.getByRole('searchbox', { name: /Find an actor by any name/ });
  await finder.fill('Daesh');
  await expect(page.getByRole('checkbox')).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name: /^Islamic State \(\d+\)$/ })).toBeVisible();
  await finder.fill('Nusra');
  await expect(page.getByRole('checkbox', { name: /^Jabhat al-Nusra \(\d+\)$/ })).toBeVisible();
  await finder.fill('no such group');
  await expect(page.getByText('No actor goes by that name.')).toBeVisible();
});

test('a shared URL restores the same view', async ({ page }) => {
  const url = `/?actors=russia&q=strike&from=2016-01-01&to=2016-12-31&event=${TANF}`;
  await openTimeline(page, url);
  await expect(page.getByRole('searchbox', { name: 'Search titles, summaries and quotes' })).toHaveValue('strike');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2016-01-01');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2016-12-31');
  await expect(page.getByText('Actors: Russia')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /al-Tanf/ })).toBeVisible();
  const starts = await listEntries(page).locator('time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
  expect(starts.length).toBeGreaterThan(0);
  for (const start of starts) expect(start.startsWith('2016') || start.startsWith('2015')).toBe(true);
  await expect(timelineItems(page).and(page.locator(`[data-event-id="${TANF}"]`))).toHaveClass(/vis-selected/);
});

test('unknown and impossible URL parameters are dropped and the page still renders', async ({ page }) => {
  const response = await page.goto('/?actors=nobody,russia&from=2015-02-30&to=yesterday&event=no-such-event&q=%3Cscript%3E');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('Actors: Russia')).toBeVisible();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
  await expect(page.getByRole('heading', { level: 2, name: 'Source panel' })).toBeVisible();
});

test('walk the events by keyboard', async ({ page }) => {
  await openTimeline(page, `/?event=${TANF}`);
  const heading = page.getByRole('region', { name: /al-Tanf/ }).getByRole('heading', { level: 2 });
  await expect(heading).toBeVisible();
  await page.locator('body').press('ArrowRight');
  await expect(page).toHaveURL(/event=kerry-prepares-to-fly-to-moscow-on-coordination-agreement-2016/);
  await page.locator('body').press('k');
  await expect(page).toHaveURL(new RegExp(`event=${TANF}`));
  await page.locator('body').press('j');
  await expect(page).toHaveURL(/event=kerry-prepares-to-fly-to-moscow-on-coordination-agreement-2016/);
  await page.locator('body').press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`event=${TANF}`));
  await page.locator('body').press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /al-Tanf/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/event=/);
  await expect(page.getByRole('heading', { level: 2, name: 'Source panel' })).toBeVisible();
  // Previous / next buttons in the panel do the same.
  await openTimeline(page, `/?event=${TANF}`);
  await page.getByRole('link', { name: 'Next event →' }).click();
  await expect(page).toHaveURL(/event=kerry-prepares-to-fly-to-moscow-on-coordination-agreement-2016/);
  await page.getByRole('link', { name: '← Previous event' }).click();
  await expect(page).toHaveURL(new RegExp(`event=${TANF}`));
});

test('back and forward move between selections', async ({ page }) => {
  await openTimeline(page);
  await listEntries(page).getByRole('link', { name: 'Russian aircraft bomb the U.S.-backed New Syrian Army base at al-Tanf' }).click();
  await expect(page).toHaveURL(new RegExp(`event=${TANF}`));
  await listEntries(page).getByRole('link', { name: /Hammad camp/ }).click();
  await expect(page).toHaveURL(/event=russian-airstrike-on-hammad-camp-2016/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`event=${TANF}`));
  await expect(page.getByRole('heading', { level: 2, name: /al-Tanf/ })).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/event=/);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 2, name: /al-Tanf/ })).toBeVisible();
});

test('no match gives a clear empty state', async ({ page }) => {
  await page.goto('/?q=zzzz-nothing-matches');
  await expect(page.getByRole('status').filter({ hasText: / of \d+ events$/ })).toHaveText(/^0 of \d+ events$/);
  await expect(page.getByText('No events match these filters.').first()).toBeVisible();
  await page.getByRole('link', { name: 'Clear all filters' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: / of \d+ events$/ })).toHaveText(/^(\d+) of \1 events$/);
});

test('approximate dates say so on the timeline', async ({ page }) => {
  await openTimeline(page, '/?event=regime-offensive-on-aleppo-city-2014');
  const item = timelineItems(page).and(page.locator('[data-event-id="regime-offensive-on-aleppo-city-2014"]'));
  await expect(item).toHaveClass(/is-approximate/);
  await expect(item.locator('.tl-item-title')).toHaveAttribute('title', /approximately summer 2014/);
  await expect(listEntries(page).and(page.locator('[data-event-id="regime-offensive-on-aleppo-city-2014"]'))).toContainText(
    'summer 2014 (approx.)',
  );
});

test('the chart marks each step of its opening once, in order, for profilers and the benchmark', async ({ page }) => {
  await openTimeline(page, `/?event=${TANF}`);
  const opening = () =>
    page.evaluate((names) => names.map((name) => performance.getEntriesByName(name, 'mark').map((mark) => mark.startTime)), Object.values(OPENING_MARKS));
  const marked = await opening();
  expect(marked.map((times) => times.length)).toEqual([1, 1, 1, 1]);
  const times = marked.map((found) => found[0] ?? NaN);
  expect(times).toEqual([...times].sort((a, b) => a - b));
  // To an actor's page and back, in the same document: the chart is made anew, and marks nothing.
  await page.locator('.vis-timeline').evaluate((root) => Object.assign(root, { __first: true }));
  await page.getByRole('region', { name: /^Russian aircraft bomb/ }).getByRole('link', { name: 'Russia', exact: true }).click();
  await expect(page).toHaveURL(/\/actors\/russia$/);
  await page.goBack();
  await expect(page.locator('[data-timeline-chart][data-chart-live]')).toBeVisible();
  expect(await page.locator('.vis-timeline').evaluate((root) => '__first' in root)).toBe(false);
  expect(await opening()).toEqual(marked);
});

for (const [name, path] of [
  ['the home page', '/'],
  ['a filtered view', '/?actors=russia,united-states&q=strike'],
  ['an event selected', `/?event=${TANF}`],
] as const) {
  test(`axe finds no WCAG 2.1 AA violation on ${name}`, async ({ page }) => {
    await openTimeline(page, path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('usable at 375 px wide: the selected event’s panel over the page, the timeline behind it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openTimeline(page, `/?event=${TANF}`);
  await expect(page.getByRole('region', { name: /al-Tanf/ }).getByRole('heading', { level: 2 })).toBeInViewport();
  await expect(page.locator('.timeline-canvas .vis-item.vis-selected[data-event-id]')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/screenshots/narrow-panel.png' });
  await page.getByRole('link', { name: 'Back to the timeline' }).click();
  await expect(page.locator('.timeline-canvas .vis-item.vis-selected[data-event-id]')).toBeInViewport();
  await page.screenshot({ path: 'test-results/screenshots/narrow-top.png' });
});

test('wide and dark screenshots for review', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await openTimeline(page, `/?event=${TANF}`);
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(21, 23, 27)');
  await expect(page.locator('.timeline-canvas .vis-item.vis-selected[data-event-id]')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/wide-dark.png' });
});

/** Each drawn item's box, relative to the chart, by event and lane. */
function chartItemBoxes(page: Page) {
  return page.locator('[data-timeline-chart] [data-event-id]').evaluateAll((items) =>
    Object.fromEntries(
      items.map((item) => {
        const chart = item.closest('[data-timeline-chart]')!.getBoundingClientRect();
        const box = item.getBoundingClientRect();
        // A span beyond either end of the window is clipped there by both drawings (vis-timeline cuts it short).
        const left = Math.max(box.left - chart.left, 0);
        const right = Math.min(box.right - chart.left, chart.width);
        return [`${item.getAttribute('data-event-id')}|${item.getAttribute('data-lane') ?? ''}`, [left, right, box.top - chart.top, box.height]];
      }),
    ),
  );
}

for (const [name, path] of [
  ['the whole timeline', '/'],
  ['two actors compared in lanes', '/?actors=russia,syrian-rebels&match=all&lanes=actor'],
  ['a selection', `/?event=${TANF}`],
] as const) {
  test(`the server draws the chart’s first frame, and vis-timeline takes over with the same items at the same places: ${name}`, async ({ browser }) => {
    // The frame as a reader sees it until vis-timeline has run: the page with every script but the
    // chart library's.
    const still = await browser.newPage();
    await still.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes(VIS_TIMELINE_MARK)) return route.abort();
      return route.fulfill({ response, body });
    });
    await still.goto(path);
    await expect(still.locator('[data-timeline-chart] [data-event-id]').first()).toBeVisible();
    const frame = await chartItemBoxes(still);
    expect(Object.keys(frame).length).toBeGreaterThan(0);
    await still.unrouteAll({ behavior: 'ignoreErrors' });
    await still.close();

    const page = await browser.newPage();
    await page.addInitScript(() => {
      const record = window as unknown as { __shift: number; __chartShifts: string[]; __halfDrawnFrames: number };
      record.__shift = 0;
      record.__chartShifts = [];
      record.__halfDrawnFrames = 0;
      type Source = { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
      type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Source[] };
      const box = ({ x, y, width, height }: DOMRectReadOnly) => [x, y, width, height].map(Math.round).join(',');
      new PerformanceObserver((entries) => {
        for (const entry of entries.getEntries() as Shift[]) {
          if (entry.hadRecentInput) continue;
          record.__shift += entry.value;
          // Anything painted inside the chart that moves counts, under the first frame too (vis-timeline stays hidden there until live).
          for (const { node, previousRect, currentRect } of entry.sources) {
            if (!(node instanceof Element) || !node.closest('[data-timeline-chart]')) continue;
            const what = `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}${node.getAttribute('data-event-id') ? ` (${node.getAttribute('data-event-id')})` : ''}`;
            record.__chartShifts.push(`${what}: ${box(previousRect)} → ${box(currentRect)} at ${Math.round(entry.startTime)} ms`);
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
      // Each frame until live: vis-timeline, drawing its items a few at a time, must not be seen half-drawn.
      const watch = () => {
        const chart = document.querySelector('[data-timeline-chart]');
        if (chart?.hasAttribute('data-chart-live')) return;
        const root = chart?.querySelector('.vis-timeline');
        if (root && getComputedStyle(root).visibility !== 'hidden') record.__halfDrawnFrames += 1;
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await page.goto(path);
    await expect(page.locator('[data-timeline-chart][data-chart-live] .vis-item[data-event-id]').first()).toBeVisible();
    const live = await chartItemBoxes(page);
    expect(Object.keys(live).sort()).toEqual(Object.keys(frame).sort());
    for (const [key, box] of Object.entries(frame)) {
      live[key]!.forEach((value, at) => expect(Math.abs(value - box[at]!), `${key} [${at}]`).toBeLessThanOrEqual(3));
    }
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThanOrEqual(0.05);
    expect(await page.evaluate(() => (window as unknown as { __chartShifts: string[] }).__chartShifts)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __halfDrawnFrames: number }).__halfDrawnFrames)).toBe(0);
    await page.close();
  });
}
