import { expect, test, type APIRequestContext } from '@playwright/test';
import { openTimeline } from './helpers';

// Every page type and document can be kept by a shared cache (a CDN) and revalidated with its ETag.

const TANF = 'russian-airstrike-on-al-tanf-base-2016';
const SHARED = /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/;

const ADDRESSES = [
  ['the unfiltered timeline', '/'],
  ['a filtered timeline', '/?actors=russia&from=2015-01-01'],
  ['a timeline with an event selected', `/?event=${TANF}`],
  ['an event page', `/events/${TANF}`],
  ['an actor page', '/actors/islamic-state'],
  ['a source page', '/sources/daily-beast-2016'],
  ['the dataset', '/data/events.json'],
  ['a CSV download', '/data/export.csv?actors=russia'],
  ['a JSON download', '/data/export.json?q=aleppo'],
  ['the citation API', `/api/cite/${TANF}?accessed=2026-01-01`],
] as const;

async function firstAnswer(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const etag = response.headers()['etag'];
  expect(etag, `${path} has an ETag`).toMatch(/^(W\/)?"[^"]+"$/);
  return { response, etag: etag! };
}

for (const [name, path] of ADDRESSES) {
  test(`${name} may be kept by a shared cache and is answered 304 while its ETag holds`, async ({ request }) => {
    const { response, etag } = await firstAnswer(request, path);
    expect(response.headers()['cache-control']).toMatch(SHARED);
    expect((await response.body()).length).toBeGreaterThan(0);

    const again = await request.get(path, { headers: { 'If-None-Match': etag } });
    expect(again.status()).toBe(304);
    expect((await again.body()).length).toBe(0);
    expect(again.headers()['etag']).toBe(etag);
    expect(again.headers()['cache-control']).toMatch(SHARED);

    const older = await request.get(path, { headers: { 'If-None-Match': '"an-older-version"' } });
    expect(older.status()).toBe(200);
  });
}

test('a filtered view is one page however its address is spelt, the cached copy the same as the first render', async ({ request }) => {
  const spellings = ['/?q=aleppo&actors=russia,syrian-government', '/?actors=syrian-government,russia,nobody&q=%20aleppo%20&utm_source=share', '/?actors=russia,syrian-government&q=aleppo'];
  const bodies: string[] = [];
  for (const address of spellings) {
    const response = await request.get(address);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/html/);
    bodies.push(await response.text());
  }
  expect(new Set(bodies).size).toBe(1);
  expect(bodies[0]).toContain('value="aleppo"');
  // Parameters that name nothing known are the unfiltered view.
  expect(await (await request.get('/?actors=nobody&q=%20')).text()).toBe(await (await request.get('/')).text());
});

test('every view of the timeline names the same version: the build and the dataset', async ({ request }) => {
  const { etag } = await firstAnswer(request, '/');
  expect((await firstAnswer(request, '/?actors=russia')).etag).toBe(etag);
  expect((await firstAnswer(request, '/?q=aleppo')).etag).toBe(etag);
  expect((await firstAnswer(request, '/?utm_source=share')).etag).toBe(etag);
});

test('the timeline index, at the address the pages ask for, never changes and is kept for good', async ({ request, page }) => {
  await page.goto('/');
  const address = await page.locator('link[rel="preload"][href^="/data/timeline-index.json"]').getAttribute('href');
  expect(address).toMatch(/\?v=\w+$/);
  const versioned = await request.get(address!);
  expect(versioned.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const unversioned = await request.get('/data/timeline-index.json');
  expect(unversioned.headers()['cache-control']).toMatch(SHARED);
  expect(unversioned.headers()['etag']).toBe(versioned.headers()['etag']);
});

test('a view with parameters is rendered by the server, for a reader without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/?actors=russia');
  await page.getByText(/^Actors/).click();
  const involving = (await page.getByRole('checkbox', { name: /^Russia \(\d+\)$/ }).evaluate((box) => box.parentElement?.textContent))?.match(/\((\d+)\)/)?.[1];
  await expect(page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ })).toHaveText(new RegExp(`^${involving} of \\d+ events$`));
  await expect(page.getByRole('region', { name: 'Events in order' }).getByRole('listitem').first()).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ })).toHaveText(/^(\d+) of \1 events$/);
  await context.close();
});

test('filtering the prerendered timeline keeps the page: the open actor list and the drawn chart stay', async ({ page }) => {
  await openTimeline(page, '/');
  const pageEtag = (await page.request.get('/')).headers()['etag'];
  await page.locator('.timeline-canvas').evaluate((canvas) => canvas.setAttribute('data-test-mark', 'first'));
  await page.getByText('Actors (any)').click();
  const navigation = page.waitForResponse((response) => response.request().headers()['rsc'] === '1' && response.url().includes('actors=russia'));
  await page.getByRole('checkbox', { name: /^Russia \(\d+\)$/ }).check();
  await expect(page).toHaveURL(/actors=russia/);
  // The server's answer to an in-app navigation: an RSC payload at the page's URL, cacheable too, with an ETag of its own.
  const payload = await navigation;
  expect(payload.status()).toBe(200);
  expect(payload.headers()['content-type']).toContain('text/x-component');
  expect(payload.headers()['cache-control']).toMatch(SHARED);
  expect(payload.headers()['etag']).toMatch(/^W\/"[^"]+"$/);
  expect(payload.headers()['etag']).not.toBe(pageEtag);
  await expect(page.getByRole('status').filter({ hasText: /^\d+ of \d+ events$/ })).not.toHaveText(/^(\d+) of \1 events$/);
  // Had the answer come from another route, Next.js would have remounted the page: the list of
  // actors would have closed and the chart been made anew.
  await expect(page.getByRole('checkbox', { name: /^Iran \(\d+\)$/ })).toBeVisible();
  await expect(page.locator('.timeline-canvas')).toHaveAttribute('data-test-mark', 'first');
  await page.getByRole('checkbox', { name: /^Russia \(\d+\)$/ }).uncheck();
  await expect(page).toHaveURL((url) => url.search === '');
  await expect(page.getByRole('checkbox', { name: /^Iran \(\d+\)$/ })).toBeVisible();
  await expect(page.locator('.timeline-canvas')).toHaveAttribute('data-test-mark', 'first');
});
