import AxeBuilder from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { eventsInLane, expectChartInStepWithList, holdServerAnswers, laneLabels, listSnapshot, openTimeline } from './helpers';

// Comparing actors: "all of" the ticked actors, lanes per actor or camp, and the chart's window in the address.

const RUSSIA = 'russia';
const REBELS = 'syrian-rebels';
const ALEPPO = 'russian-strikes-on-rebels-in-aleppo-2015';
/** Russia the initiator and the rebels the target, as its quotes say. */
const BORDER = 'russia-steps-up-strikes-on-turkish-border-2015';

async function eventsInvolving(request: APIRequestContext, test: (actors: string[]) => boolean): Promise<Set<string>> {
  const data = await (await request.get('/data/events.json')).json();
  return new Set<string>(
    data.events.filter((event: { actors: Array<{ actor: string }> }) => test(event.actors.map(({ actor }) => actor))).map((event: { id: string }) => event.id),
  );
}

function listedIds(page: Page) {
  return page
    .getByRole('region', { name: 'Events in order' })
    .getByRole('listitem')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id')));
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: / of \d+ events$/ });

test('Russia and the rebels with “all of the ticked actors”: exactly the events involving both, in the list, the chart and the downloads', async ({ page, request }) => {
  const both = await eventsInvolving(request, (actors) => actors.includes(RUSSIA) && actors.includes(REBELS));
  const either = await eventsInvolving(request, (actors) => actors.includes(RUSSIA) || actors.includes(REBELS));
  expect(both.size).toBeGreaterThan(1);
  await openTimeline(page);
  await page.getByText('Actors (any)').click();
  await page.getByRole('checkbox', { name: /^Russia \(\d+\)$/ }).check();
  await page.getByRole('checkbox', { name: /^Syrian opposition rebels \(\d+\)$/ }).check();
  await expect(status(page)).toHaveText(new RegExp(`^${either.size} of \\d+ events$`));

  // The list, the count and the chart follow before the server answers, as the server then lists it.
  const release = await holdServerAnswers(page);
  await page.getByRole('radio', { name: 'all of the ticked actors' }).check();
  await expect(status(page)).toHaveText(new RegExp(`^${both.size} of \\d+ events$`));
  const early = await listSnapshot(page);
  await expectChartInStepWithList(page);
  await release();
  await expect(page).toHaveURL(/[?&]match=all/);
  expect(await listSnapshot(page)).toEqual(early);
  expect(new Set(await listedIds(page))).toEqual(both);
  await page.getByRole('button', { name: 'Fit all' }).click();
  const drawn = await page.locator('.timeline-canvas .vis-item[data-event-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id')));
  expect(drawn.length).toBeGreaterThan(0);
  for (const id of drawn) expect(both.has(id ?? '')).toBe(true);

  // Who acted on whom, where the roles say so.
  const entry = (id: string) => page.getByRole('region', { name: 'Events in order' }).getByRole('listitem').and(page.locator(`[data-event-id="${id}"]`));
  await expect(entry(BORDER).locator('.event-relation')).toHaveText('Russia → acted on Syrian opposition rebels');
  // Who was hit in Aleppo is disputed: the rebels are only mentioned, so no one is said to have acted on them.
  await expect(entry(ALEPPO)).toBeVisible();
  await expect(entry(ALEPPO).locator('.event-relation')).toHaveCount(0);
  await expect(page.locator('.event-relation')).not.toHaveCount(0);

  const query = `?actors=${RUSSIA},${REBELS}&match=all`;
  const csv = parse(await (await request.get(`/data/export.csv${query}`)).text(), { columns: true }) as Array<{ event_id: string }>;
  expect(new Set(csv.map((row) => row.event_id))).toEqual(both);
  const json = await (await request.get(`/data/export.json${query}`)).json();
  expect(new Set(json.events.map((event: { id: string }) => event.id))).toEqual(both);
  await expect(page.getByRole('link', { name: 'CSV' })).toHaveAttribute('href', `/data/export.csv${query}`);
});

test('a lane per ticked actor: labelled with name and count, each holding its actor’s events, a shared event in both', async ({ page, request }) => {
  const russia = await eventsInvolving(request, (actors) => actors.includes(RUSSIA));
  const rebels = await eventsInvolving(request, (actors) => actors.includes(REBELS));
  await openTimeline(page, `/?actors=${RUSSIA},${REBELS}&event=${ALEPPO}`);
  await page.getByRole('combobox', { name: 'Lanes' }).selectOption({ label: 'One per ticked actor' });
  await expect(page).toHaveURL(/[?&]lanes=actor/);
  await expect(page.locator('.timeline-canvas')).toHaveAttribute('data-lanes', 'actor');
  expect(await laneLabels(page)).toEqual([`Russia (${russia.size})`, `Syrian opposition rebels (${rebels.size})`]);

  const inRussia = await eventsInLane(page, RUSSIA);
  const inRebels = await eventsInLane(page, REBELS);
  expect(inRussia.length).toBeGreaterThan(0);
  expect(inRebels.length).toBeGreaterThan(0);
  for (const id of inRussia) expect(russia.has(id ?? '')).toBe(true);
  for (const id of inRebels) expect(rebels.has(id ?? '')).toBe(true);
  // The selected event is drawn, and selected, in both lanes.
  const copies = page.locator(`.timeline-canvas .vis-item.vis-range[data-event-id="${ALEPPO}"], .timeline-canvas .vis-item.vis-box[data-event-id="${ALEPPO}"]`);
  await expect(copies).toHaveCount(2);
  await expect(copies.and(page.locator('.vis-selected'))).toHaveCount(2);

  // Selecting the other copy of another shared event selects that event: one address, one panel.
  const shared = 'russia-steps-up-strikes-on-turkish-border-2015';
  await page.getByRole('button', { name: 'Year around selection' }).click();
  const rebelsCopy = page.locator(`.timeline-canvas .vis-item[data-lane="${REBELS}"][data-event-id="${shared}"]`);
  await rebelsCopy.click();
  await expect(page).toHaveURL(new RegExp(`event=${shared}`));
  await expect(page.getByRole('heading', { level: 2, name: /Russia steps up airstrikes on U\.S\.-backed rebels/ })).toBeVisible();
  await expect(page.locator(`.timeline-canvas .vis-item.vis-selected[data-event-id="${shared}"]`).filter({ hasNot: page.locator('.vis-dot') })).toHaveCount(2);

  // ← and → walk the list's order, and the lanes follow.
  const order = await listedIds(page);
  const at = order.indexOf(shared);
  await page.locator('body').press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`event=${order[at + 1]}`));
  await page.locator('body').press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`event=${shared}`));
  await page.locator('body').press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`event=${order[at - 1]}`));
  await expect(page.locator(`.timeline-canvas .vis-item.vis-selected[data-event-id="${order[at - 1]}"]`).first()).toBeVisible();
});

test('a lane per camp: the six camps, an event in the lane of each camp involved', async ({ page, request }) => {
  const data = await (await request.get('/data/events.json')).json();
  const campOf = new Map<string, string>(data.actors.map((actor: { id: string; camp: string }) => [actor.id, actor.camp]));
  const tanf = data.events.find((event: { id: string }) => event.id === 'russian-airstrike-on-al-tanf-base-2016');
  const camps = new Set(tanf.actors.map(({ actor }: { actor: string }) => campOf.get(actor)));
  // Only the events involving both Russia and the New Syrian Army: few enough that every lane shows all of its events.
  await openTimeline(page, '/?actors=new-syrian-army,russia&match=all&lanes=camp&event=russian-airstrike-on-al-tanf-base-2016');
  const labels = await laneLabels(page);
  expect(labels.map((label) => label?.replace(/ \(\d+\)$/, ''))).toEqual([
    'Assad regime and allies',
    'Opposition rebels',
    'Jihadist groups',
    'Kurdish-led forces',
    'US-led coalition',
    'Other states and bodies',
  ]);
  const lanesOfTanf = await page
    .locator('.timeline-canvas .vis-item[data-event-id="russian-airstrike-on-al-tanf-base-2016"]')
    .evaluateAll((items) => [...new Set(items.map((item) => item.getAttribute('data-lane')))]);
  expect(new Set(lanesOfTanf)).toEqual(camps);
});

test('the window is in the address: read on load, written when a zoom settles, removed by “Fit all”', async ({ page }) => {
  await openTimeline(page, '/?actors=russia&window=2016-01-01..2016-12-31');
  const canvas = page.locator('.timeline-canvas');
  await expect(canvas).toHaveAttribute('data-window', '2016-01-01..2016-12-31');
  const entries = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).not.toHaveURL(/window=2016-01-01\.\.2016-12-31/);
  await expect(page).toHaveURL(/window=2016-\d\d-\d\d\.\.2016-\d\d-\d\d/);
  const zoomed = await canvas.getAttribute('data-window');
  expect(page.url()).toContain(`window=${zoomed}`);
  // Replaced, not pushed: Back still leaves the page rather than undoing a zoom.
  expect(await page.evaluate(() => history.length)).toBe(entries);

  // A new selection is centred at the reader's zoom, and the address follows it; a new filter keeps the window.
  await page.getByRole('region', { name: 'Events in order' }).getByRole('link', { name: 'Russian aircraft bomb the U.S.-backed New Syrian Army base at al-Tanf' }).click();
  await expect(page).toHaveURL(/event=russian-airstrike-on-al-tanf-base-2016/);
  const days = (window: string | null) => (window ?? '').split('..').map((day) => Date.parse(day) / 86_400_000);
  const centre = (window: string | null) => (days(window)[0]! + days(window)[1]!) / 2;
  const tanf = Date.parse('2016-06-16') / 86_400_000;
  await expect.poll(async () => Math.abs(centre(await canvas.getAttribute('data-window')) - tanf)).toBeLessThanOrEqual(2);
  const followed = await canvas.getAttribute('data-window');
  await expect(page).toHaveURL(new RegExp(`window=${followed}`));
  const span = (window: string | null) => days(window)[1]! - days(window)[0]!;
  expect(Math.abs(span(followed) - span(zoomed))).toBeLessThanOrEqual(1);
  await page.getByText('Actors: Russia').click();
  await page.getByRole('checkbox', { name: /^Iran \(\d+\)$/ }).check();
  await expect(page).toHaveURL(/actors=iran,russia/);
  await expect(page).toHaveURL(new RegExp(`window=${followed}`));
  await expect(canvas).toHaveAttribute('data-window', followed!);

  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(page).not.toHaveURL(/window=/);
  await expect(canvas).not.toHaveAttribute('data-window', followed!);

  // Dragging the chart is a pan like any other.
  await openTimeline(page, '/?window=2015-01-01..2015-12-31');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 300, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/window=2015-\d\d-\d\d\.\.2016-\d\d-\d\d/);

  // A reversed window is dropped, not guessed at: the chart opens on everything.
  await openTimeline(page, '/?window=2016-12-31..2016-01-01');
  await expect(canvas).toHaveAttribute('data-window', /^(199\d|200[01])-\d\d-\d\d\.\.202[4-7]-/);
});

test('a shared link with every parameter opens on the same list, lanes, range and selection', async ({ page, browser }) => {
  const link = `/?actors=${RUSSIA},${REBELS}&match=all&lanes=actor&q=strikes&from=2015-01-01&to=2016-12-31&window=2015-06-01..2016-06-30&event=${ALEPPO}`;
  await openTimeline(page, link);
  await expect(page).toHaveURL(link);
  await expect(page.getByRole('searchbox', { name: 'Search titles, summaries and quotes' })).toHaveValue('strikes');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2015-01-01');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2016-12-31');
  await expect(page.getByRole('radio', { name: 'all of the ticked actors' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Lanes' })).toHaveValue('actor');
  await expect(page.getByRole('heading', { level: 2, name: /^Russian airstrikes in Aleppo: Russia says it hit the Islamic State/ })).toBeVisible();
  const canvas = page.locator('.timeline-canvas');
  await expect(canvas).toHaveAttribute('data-window', '2015-06-01..2016-06-30');
  const list = await listSnapshot(page);
  const ids = list.entries.map(({ id }) => id);
  expect(ids.length).toBeGreaterThan(1);
  expect(list.entries.filter(({ current }) => current === 'true').map(({ id }) => id)).toEqual([ALEPPO]);
  const labels = await laneLabels(page);
  expect(labels).toEqual([`Russia (${ids.length})`, `Syrian opposition rebels (${ids.length})`]);
  for (const lane of [RUSSIA, REBELS]) expect(new Set(await eventsInLane(page, lane))).toEqual(new Set(ids));
  await expect(page.locator(`.timeline-canvas .vis-item.vis-selected[data-event-id="${ALEPPO}"]`)).toHaveCount(2);

  // The same link in a fresh browser gives the same page.
  const fresh = await browser.newPage();
  await openTimeline(fresh, link);
  await expect(fresh.locator('.timeline-canvas')).toHaveAttribute('data-window', '2015-06-01..2016-06-30');
  expect(await listSnapshot(fresh)).toEqual(list);
  expect(await laneLabels(fresh)).toEqual(labels);
  await fresh.close();
});

test('the chart is on screen as soon as it has items: never drawn into a hidden root', async ({ page }) => {
  // What a person sees: when the first item is in the page, it has a box in the viewport and no hidden ancestor.
  await page.addInitScript(() => {
    const seen = (node: Element) => {
      const box = node.getBoundingClientRect();
      if (box.width <= 0 || box.height <= 0 || box.bottom <= 0 || box.top >= innerHeight) return false;
      for (let element: Element | null = node; element; element = element.parentElement) {
        const style = getComputedStyle(element);
        if (style.display === 'none' || style.visibility !== 'visible' || style.opacity === '0') return false;
      }
      return true;
    };
    const record = window as unknown as { __firstItemSeen?: boolean };
    const check = () => {
      // In the page, not in the block React streams in before it puts it in place.
      const item = document.querySelector('main [data-timeline-chart] [data-event-id]');
      if (item && record.__firstItemSeen === undefined) record.__firstItemSeen = seen(item);
      if (record.__firstItemSeen === undefined) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto('/');
  await page.waitForFunction(() => (window as unknown as { __firstItemSeen?: boolean }).__firstItemSeen !== undefined);
  expect(await page.evaluate(() => (window as unknown as { __firstItemSeen?: boolean }).__firstItemSeen)).toBe(true);
});

for (const [name, path] of [
  ['lanes per actor', `/?actors=${RUSSIA},${REBELS}&lanes=actor&event=${ALEPPO}`],
  ['lanes per camp, two actors compared', `/?actors=${RUSSIA},${REBELS}&match=all&lanes=camp`],
] as const) {
  test(`axe finds no WCAG 2.1 AA violation with ${name}`, async ({ page }) => {
    await openTimeline(page, path);
    await expect(page.locator('.timeline-canvas .tl-lane-label').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('lanes at 375 px: short labels, no sideways scroll; screenshots for review', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await openTimeline(page, `/?actors=${RUSSIA},${REBELS}&lanes=actor&event=${ALEPPO}`);
  await expect(page.locator('.timeline-canvas .vis-item.vis-selected[data-event-id]').first()).toBeVisible();
  await page.getByRole('region', { name: 'Timeline' }).screenshot({ path: 'test-results/screenshots/lanes-actor-wide.png' });
  await openTimeline(page, '/?lanes=camp');
  await page.getByRole('region', { name: 'Timeline' }).screenshot({ path: 'test-results/screenshots/lanes-camp-wide.png' });

  await page.setViewportSize({ width: 375, height: 800 });
  await openTimeline(page, `/?actors=${RUSSIA},${REBELS}&lanes=actor&event=${ALEPPO}`);
  expect(await laneLabels(page)).toEqual([expect.stringMatching(/^Russia \(\d+\)$/), expect.stringMatching(/^Rebels \(\d+\)$/)]);
  await expect(page.locator('.timeline-canvas .vis-item.vis-selected[data-event-id]').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.getByRole('region', { name: 'Timeline' }).screenshot({ path: 'test-results/screenshots/lanes-actor-narrow.png' });
  await openTimeline(page, '/?lanes=camp');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.getByRole('region', { name: 'Timeline' }).screenshot({ path: 'test-results/screenshots/lanes-camp-narrow.png' });
});
