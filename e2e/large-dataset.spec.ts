import { expect, test, type Page } from '@playwright/test';
import { eventsOnChart, expectChartInStepWithList, holdServerAnswers, listSnapshot, openTimeline } from './helpers';

// Journeys of the timeline against a build of 10,000 generated events (bench/generate-dataset.ts).

const TOTAL = '10000';

function drawnEvents(page: Page) {
  return page.locator('.timeline-canvas .vis-item[data-event-id]');
}

test('at “fit all” the timeline shows counts per period, and zooming in draws the events themselves', async ({ page }) => {
  await openTimeline(page);
  await expect(page.getByRole('status').filter({ hasText: `of ${TOTAL} events` })).toHaveText(`${TOTAL} of ${TOTAL} events`);
  const buckets = page.locator('.timeline-canvas .vis-item.tl-bucket');
  await expect(buckets.first()).toBeVisible();
  await expectChartInStepWithList(page);
  expect(await eventsOnChart(page)).toBe(Number(TOTAL));
  expect(await drawnEvents(page).count()).toBeLessThanOrEqual(250);
  await expect(page.getByText(/^Too many events to draw one by one: each bar counts the events in a (year|quarter)\./)).toBeVisible();
  await expect(buckets.first().locator('.tl-bucket-count')).toHaveAttribute('aria-label', /^(\d{4}|\d{4}–\d{4}|\w+–\w+ \d{4}): [\d,]+ events?\. Select to zoom in\.$/);

  const bucketsAtFitAll = await buckets.count();
  await page.getByRole('button', { name: 'One month' }).click();
  await expect(drawnEvents(page).first()).toBeVisible();
  // A month of this dataset overlaps some 100 to 200 spans begun before it (year-long and month-long
  // events): together with the month's own events, more than a window draws one by one. The events
  // that begin in the month are drawn, and the spans carried in are one count at the window's start.
  expect(bucketsAtFitAll).toBeGreaterThan(1);
  await expect.poll(() => buckets.count()).toBeLessThanOrEqual(1);
  expect(await drawnEvents(page).count()).toBeGreaterThan(20);
  // That count says what it holds, not the date of the window's first day, where it is drawn.
  await expect(buckets).toHaveCount(1);
  await expect(buckets.first().locator('.tl-bucket-count')).toHaveAttribute('aria-label', /^Begun before this window and still under way: [\d,]+ events\. Select to zoom in\.$/);
  // Once the chart has settled on the month (it then writes its window), select an event whose box is
  // wholly in view: the first one drawn may stick out past the chart's edge.
  await expect(page).toHaveURL(/window=/);
  const id = await page.locator('.timeline-canvas').evaluate((canvas) => {
    const edge = canvas.getBoundingClientRect();
    const inView = [...canvas.querySelectorAll<HTMLElement>('.vis-item.vis-box[data-event-id]')].find((item) => {
      const box = item.getBoundingClientRect();
      return box.left >= edge.left && box.right <= edge.right && box.width > 0;
    });
    return inView?.dataset.eventId ?? null;
  });
  expect(id).not.toBeNull();
  const chosen = page.locator(`.timeline-canvas .vis-item.vis-box[data-event-id="${id}"]`);
  await chosen.click();
  // Selected on the chart at once; in the address once the server has rendered the view.
  await expect(chosen).toHaveClass(/vis-selected/);
  await expect(page).toHaveURL(new RegExp(`event=${id}`));
  await expect(page.getByRole('region', { name: /generated/ }).getByRole('heading', { level: 2 })).toBeVisible();
});

test('the list renders a window around the selection and the keyboard walks all events', async ({ page }) => {
  await openTimeline(page, '/?event=generated-event-005000');
  const entries = page.getByRole('region', { name: 'Events in order' }).getByRole('listitem');
  await expect(entries).toHaveCount(100);
  await expect(entries.and(page.locator('[data-event-id="generated-event-005000"]'))).toHaveClass(/is-selected/);
  await expect(page.getByRole('link', { name: /earlier events$/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /later events$/ })).toBeVisible();
  const before = page.url();
  await page.locator('body').press('ArrowRight');
  await expect(page).not.toHaveURL(before);
  await expect(page.locator('.event-list li.is-selected')).toHaveCount(1);
  await expect(page.locator('.timeline-canvas .vis-item.vis-selected[data-event-id]')).toHaveCount(1);
});

test('filtering by an actor keeps only its events, in the list and on the timeline', async ({ page, request }) => {
  const data = await (await request.get('/data/events.json')).json();
  const involving = new Set<string>(
    data.events
      .filter((event: { actors: Array<{ actor: string }> }) => event.actors.some(({ actor }) => actor === 'new-syrian-army'))
      .map((event: { id: string }) => event.id),
  );
  await openTimeline(page, '/?actors=new-syrian-army');
  await expect(page.getByRole('status').filter({ hasText: `of ${TOTAL} events` })).toHaveText(`${involving.size} of ${TOTAL} events`);
  const listed = await page.locator('.event-list li').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id')));
  expect(listed.length).toBe(Math.min(100, involving.size));
  for (const id of listed) expect(involving.has(id ?? '')).toBe(true);
  await page.getByRole('button', { name: 'One year' }).click();
  await expect(drawnEvents(page).first()).toBeVisible();
  const drawn = await drawnEvents(page).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id')));
  for (const id of drawn) expect(involving.has(id ?? '')).toBe(true);
});

test('a filter applies to the timeline and the list alike, and its counts add up to every event it keeps', async ({ page }) => {
  await openTimeline(page);
  await page.getByText('Actors (any)').click();
  await page.getByRole('checkbox', { name: /^Russia \(\d+\)$/ }).check();
  const status = page.getByRole('status').filter({ hasText: `of ${TOTAL} events` });
  await expect(status).not.toHaveText(`${TOTAL} of ${TOTAL} events`);
  const kept = Number((await status.textContent())?.match(/^(\d+) of/)?.[1]);
  expect(kept).toBeGreaterThan(250);
  await expectChartInStepWithList(page);
  await expect(page.locator('.timeline-canvas .vis-item.tl-bucket').first()).toBeVisible();
  expect(await eventsOnChart(page)).toBe(kept);
  await page.getByText('Actors: Russia').click();
  await page.getByRole('region', { name: 'Timeline' }).screenshot({ path: 'test-results/screenshots/large-filtered.png' });
});

test('a new actor filter moves the list window before the server answers, exactly as the server then renders it', async ({ page, browser }) => {
  await openTimeline(page, '/?event=generated-event-005000');
  const release = await holdServerAnswers(page);
  await page.getByText('Actors (any)').click();
  await page.getByRole('checkbox', { name: /^Russia \(\d+\)$/ }).check();
  const status = page.getByRole('status').filter({ hasText: `of ${TOTAL} events` });
  await expect(status).not.toHaveText(`${TOTAL} of ${TOTAL} events`);
  expect(page.url()).not.toContain('actors=');
  const early = await listSnapshot(page);
  expect(early.entries).toHaveLength(100);
  expect(early.more.map(([, text]) => text)).toEqual([expect.stringMatching(/earlier events$/), expect.stringMatching(/later events$/)]);
  await expectChartInStepWithList(page);

  await release();
  await expect(page).toHaveURL(/actors=russia/);
  expect(await listSnapshot(page)).toEqual(early);
  const fresh = await browser.newPage();
  await fresh.goto(page.url());
  expect(await listSnapshot(fresh)).toEqual(early);
  await fresh.close();
});

test('a count says what it holds on hover and on keyboard focus, and Enter zooms into it', async ({ page }) => {
  await openTimeline(page);
  const first = page.locator('.timeline-canvas .vis-item.tl-bucket .tl-bucket-count').first();
  await expect(first).toBeVisible();
  const firstTitles = await page.locator('.event-list .event-title').evaluateAll((nodes) => nodes.slice(0, 5).map((node) => node.textContent));
  const label = (await first.getAttribute('aria-label'))!;
  const count = Number(label.match(/: ([\d,]+) events?\./)![1]!.replace(/,/g, ''));
  expect(count).toBeGreaterThan(5);

  await first.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip.locator('.bucket-tip-heading')).toHaveText(label.replace(/\. Select to zoom in\.$/, ''));
  // The earliest count holds the earliest events, as the list starts with them.
  expect(await tip.getByRole('listitem').allTextContents()).toEqual(firstTitles);
  await expect(tip).toContainText(`and ${(count - 5).toLocaleString('en')} more.`);
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();

  await first.focus();
  await expect(tip).toBeVisible();
  await expect(first).toHaveAttribute('aria-describedby', 'bucket-tip');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  const before = await page.locator('.timeline-canvas').getAttribute('data-window');
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.timeline-canvas')).not.toHaveAttribute('data-window', before!);
  await expect(page).toHaveURL(/window=/);
});

for (const [lanes, path] of [
  ['actor', '/?actors=russia,syrian-rebels&lanes=actor'],
  ['camp', '/?lanes=camp'],
] as const) {
  test(`lanes per ${lanes} at 10,000 events: each lane counts all its events, a few hundred items at most across lanes`, async ({ page }) => {
    await openTimeline(page, path);
    await expect(page.locator('.timeline-canvas')).toHaveAttribute('data-lanes', lanes);
    await expect(page.locator('.timeline-canvas .vis-item.tl-bucket').first()).toBeVisible();
    await expectChartInStepWithList(page);
    const labels = await page.locator('.timeline-canvas .tl-lane-label').evaluateAll((nodes) =>
      nodes.map((node) => ({ lane: node.getAttribute('data-lane')!, count: Number(node.querySelector('.count')?.textContent?.replace(/[(),]/g, '')) })),
    );
    expect(labels).toHaveLength(lanes === 'actor' ? 2 : 6);
    for (const { lane, count } of labels) {
      expect(count).toBeGreaterThan(250);
      expect(await eventsOnChart(page, lane)).toBe(count);
    }
    const items = await page.locator('.timeline-canvas .vis-item.vis-range, .timeline-canvas .vis-item.vis-box').count();
    expect(items).toBeLessThanOrEqual(300);
    await page.getByRole('region', { name: 'Timeline' }).screenshot({ path: `test-results/screenshots/large-lanes-${lanes}.png` });

    await page.getByRole('button', { name: 'One month' }).click();
    await expect(drawnEvents(page).first()).toBeVisible();
    expect(await drawnEvents(page).count()).toBeLessThanOrEqual(250 + labels.length);
  });
}
