import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectChartInStepWithList, openTimeline } from './helpers';

const TANF = 'russian-airstrike-on-al-tanf-base-2016';
/** Places with coordinates beyond the map's frame (Syria and its neighbours): counted beside it. */
const BEYOND_FRAME = ['saint-petersburg'];

interface PublicEvent {
  id: string;
  start: string;
  end?: string;
  place?: { ids: string[] };
}

interface PublicPlace {
  id: string;
  name: string;
  lat?: number;
  lon?: number;
}

function mapRegion(page: Page) {
  return page.getByRole('region', { name: 'Where it happened' });
}

/** Each marker on the map, as its accessible name: "Aleppo governorate: 9 events". */
function markerNames(page: Page) {
  return mapRegion(page)
    .locator('svg a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? '').sort());
}

/**
 * Follows a marker's link from the keyboard: areas lie under the points inside them (Aleppo
 * governorate's centre is under Kuweris airbase), so a click at an area's centre would hit a point.
 */
async function choose(link: Locator) {
  await link.focus();
  await link.press('Enter');
}

const label = (name: string, count: number) => `${name}: ${count} event${count === 1 ? '' : 's'}`;

/** The first and last day an event covers, from its partial dates. */
function days(event: PublicEvent): [string, string] {
  const first = `${event.start}-01-01`.slice(0, 10);
  const end = event.end ?? event.start;
  const [year, month, day] = end.split('-').map(Number);
  const last = day !== undefined ? end : new Date(Date.UTC(year!, month ?? 12, 0)).toISOString().slice(0, 10);
  return [first, last];
}

/** The markers the map should show for these events: one per place with coordinates, by its events. */
function expectedMarkers(events: ReadonlyArray<PublicEvent>, places: ReadonlyArray<PublicPlace>) {
  const counts = new Map<string, number>();
  for (const event of events) for (const id of event.place?.ids ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  return places
    .filter((place) => place.lat !== undefined && counts.has(place.id) && !BEYOND_FRAME.includes(place.id))
    .map((place) => label(place.name, counts.get(place.id)!))
    .sort();
}

async function dataset(page: Page) {
  const body = (await (await page.request.get('/data/events.json')).json()) as { events: PublicEvent[]; places: PublicPlace[] };
  return body;
}

test('the map draws a marker for each place the events name, and counts the rest beside it', async ({ page }) => {
  await openTimeline(page);
  const { events, places } = await dataset(page);
  await expect(mapRegion(page).getByRole('heading', { level: 2, name: 'Where it happened' })).toBeVisible();
  expect(await markerNames(page)).toEqual(expectedMarkers(events, places));
  expect((await markerNames(page)).length).toBeGreaterThan(15);
  await expect(mapRegion(page).getByRole('link', { name: /^Aleppo governorate: \d+ events$/ })).toBeVisible();
  // "Syria", "northern Syria": off the map, counted beside it, and still a filter.
  const syria = events.filter((event) => event.place?.ids.includes('syria')).length;
  await expect(mapRegion(page).locator('.map-elsewhere').getByRole('link', { name: label('Syria', syria) })).toHaveAttribute('href', '/?place=syria');
  await expect(mapRegion(page).locator('.map-elsewhere')).toContainText(`${events.filter((event) => !event.place).length} events give no place`);
});

test('without JavaScript the map is there, and its markers are links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const aleppo = mapRegion(page).getByRole('link', { name: /^Aleppo governorate: \d+ events$/ });
  await expect(aleppo).toHaveAttribute('href', '/?place=aleppo-governorate');
  await choose(aleppo);
  await expect(page).toHaveURL(/place=aleppo-governorate/);
  await expect(page.getByRole('region', { name: 'Events in order' }).getByRole('listitem').first()).toBeVisible();
  await context.close();
});

test('choosing Aleppo filters the list and the timeline to Aleppo’s events', async ({ page }) => {
  await openTimeline(page);
  const { events } = await dataset(page);
  const atAleppo = events.filter((event) => event.place?.ids.includes('aleppo-governorate')).map((event) => event.id);
  await choose(mapRegion(page).getByRole('link', { name: label('Aleppo governorate', atAleppo.length) }));
  await expect(page).toHaveURL(/[?&]place=aleppo-governorate/);
  await expect(page.getByRole('status').filter({ hasText: / of \d+ events$/ })).toContainText(`${atAleppo.length} of ${events.length} events`);
  const listed = page.getByRole('region', { name: 'Events in order' }).getByRole('listitem');
  await expect(listed).toHaveCount(atAleppo.length);
  expect((await listed.evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id')))).sort()).toEqual([...atAleppo].sort());
  await expectChartInStepWithList(page);
  const drawn = await page.locator('.timeline-canvas .vis-item[data-event-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id')));
  for (const id of drawn) expect(atAleppo).toContain(id);
  // The map now shows the places of those events (one of them also names Aleppo City and Idlib),
  // Aleppo chosen; choosing it again shows every place.
  const names = new Set(events.filter((event) => atAleppo.includes(event.id)).flatMap((event) => event.place?.ids ?? []));
  const drawnPlaces = await mapRegion(page).locator('svg a').evaluateAll((links) => links.map((link) => link.getAttribute('data-place-id')));
  for (const id of drawnPlaces) expect(names).toContain(id);
  await expect(mapRegion(page).locator('svg a.is-chosen')).toHaveAttribute('data-place-id', 'aleppo-governorate');
  await choose(mapRegion(page).getByRole('link', { name: /^Aleppo governorate: \d+ events \(chosen: show every place\)$/ }));
  await expect(page).not.toHaveURL(/place=/);
  // The list renders a window of a hundred entries (LIST_WINDOW_SIZE in lib/timeline/index-list.ts).
  await expect(listed).toHaveCount(Math.min(events.length, 100));
});

test('zooming the timeline to 2016 changes the markers to the events of that window', async ({ page }) => {
  await openTimeline(page, `/?event=${TANF}`);
  const { events, places } = await dataset(page);
  const map = mapRegion(page).locator('.place-map');
  // The selected event's place is highlighted.
  await expect(mapRegion(page).locator('a.is-selected')).toHaveAttribute('aria-label', /^al-Tanf: \d+ events?$/);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(map).toHaveAttribute('data-window-start', /^(199\d|200[01])-/);
  const all = await markerNames(page);
  expect(all).toEqual(expectedMarkers(events, places));
  await page.getByRole('button', { name: 'Year around selection' }).click();
  await expect(map).toHaveAttribute('data-window-start', /^2015-12-/);
  const start = (await map.getAttribute('data-window-start'))!;
  const end = (await map.getAttribute('data-window-end'))!;
  const inWindow = events.filter((event) => {
    const [first, last] = days(event);
    return last >= start && first <= end;
  });
  await expect.poll(() => markerNames(page)).toEqual(expectedMarkers(inWindow, places));
  const shown = await markerNames(page);
  expect(shown).not.toEqual(all);
  expect(shown.length).toBeLessThan(all.length);
  expect(shown).toContain(label('al-Tanf', 1));
  expect(shown.some((name) => name.startsWith('Iraqi Kurdistan'))).toBe(false);
  // Back to everything.
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(() => markerNames(page)).toEqual(all);
});

test('a place page lists its events, shows where it is and cites its source; an unknown place is a 404', async ({ page, request }) => {
  await page.goto('/places/al-tanf');
  await expect(page.getByRole('heading', { level: 1, name: 'al-Tanf' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Map: where al-Tanf lies' })).toBeVisible();
  await expect(page.getByText(/Wikipedia, entry “Al-Tanf”/)).toBeVisible();
  await expect(page.getByRole('link', { name: /al-Tanf/ }).and(page.locator(`[href="/events/${TANF}"]`))).toBeVisible();
  await page.getByRole('link', { name: 'See the events at al-Tanf on the timeline' }).click();
  await expect(page).toHaveURL(/\/\?place=al-tanf$/);

  await page.goto('/places/syria');
  await expect(page.getByText(/Not on the map/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^\d+ events in order$/ })).toBeVisible();

  // An event page links to the places it names.
  await page.goto(`/events/${TANF}`);
  await page.getByRole('link', { name: 'al-Tanf', exact: true }).click();
  await expect(page).toHaveURL(/\/places\/al-tanf$/);

  const response = await page.goto('/places/no-such-place');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  expect(await (await request.get('/sitemap.xml')).text()).toContain('/places/al-tanf</loc>');
});

test('the timeline page with its map makes no request to another host', async ({ page, baseURL }) => {
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  await openTimeline(page);
  await choose(mapRegion(page).getByRole('link', { name: /^Aleppo governorate: \d+ events$/ }));
  await expect(page).toHaveURL(/place=aleppo-governorate/);
  await page.goto('/places/aleppo-governorate');
  await page.waitForLoadState('networkidle');
  expect([...hosts]).toEqual([new URL(baseURL!).host]);
});

for (const path of ['/?place=aleppo-governorate', '/places/aleppo-governorate', '/places/syria']) {
  test(`axe finds no WCAG 2.1 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the map at desktop width and at 375 px, for review', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await openTimeline(page, `/?event=${TANF}`);
  await mapRegion(page).screenshot({ path: 'test-results/screenshots/map-desktop.png' });
  await page.setViewportSize({ width: 375, height: 800 });
  await openTimeline(page, `/?event=${TANF}`);
  await mapRegion(page).scrollIntoViewIfNeeded();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await mapRegion(page).locator('svg').boundingBox();
  expect(box && box.width <= 375 && box.width > 300).toBe(true);
  await mapRegion(page).screenshot({ path: 'test-results/screenshots/map-narrow.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await mapRegion(page).screenshot({ path: 'test-results/screenshots/map-narrow-dark.png' });
});
