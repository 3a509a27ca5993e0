import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { openTimeline } from './helpers';

// Every answer of the build can be kept by a shared cache (a CDN) and revalidated with its ETag. The
// routes come from the build's own manifest and the policy from its one declaration, so a new route
// is checked without anyone listing it here.

const TANF = 'russian-airstrike-on-al-tanf-base-2016';
const SHARED = /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/;

interface CachePolicy {
  shared: string;
  immutable: string;
  exceptions: Array<{ path?: string; status?: number; answers?: string; cacheControl: string; setBy: string; reason: string }>;
}

const BUILD = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next');
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;
const policy = readJson<CachePolicy>(path.join(process.cwd(), 'lib/publish/cache-policy.json'));

/** Every route of the build: its path (`/events/[id]`) and whether it is a page or a route handler. */
const ROUTES = Object.entries(readJson<Record<string, string>>(path.join(BUILD, 'app-path-routes-manifest.json')))
  .map(([entry, route]) => ({ route, page: entry.endsWith('/page') }))
  // Next.js's own error pages answer no address of their own; the not-found answer is checked below.
  .filter(({ route }) => !['/_not-found', '/_global-error'].includes(route));

/** The public folder, which `next start` serves as it is. */
function publicFiles(dir = 'public'): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? publicFiles(file) : [`/${path.relative('public', file).split(path.sep).join('/')}`];
  });
}

/**
 * Answers that carry no validator, and why; every other answer must have an ETag and a 304.
 * Metadata files (icons, link-preview images, robots.txt, sitemap.xml) are served by Next.js's own
 * handlers from the build, without an ETag. `/embed` is rendered on each request and streamed:
 * Next.js gives it none, and the version ETag of proxy.ts answers `/` only.
 */
const WITHOUT_VALIDATOR = /(^|\/)(opengraph-image|twitter-image|icon|apple-icon|robots|sitemap)(\.\w+)?$|^\/embed$/;

/** The path of a route with each dynamic segment filled with a real id of the collection it names. */
function fillRoute(route: string, catalog: Catalog): string {
  return route.replace(/\/([\w.-]+)\/\[(\w+)\]/g, (_, word: string) => {
    // A citation is of an event (`/api/cite/[id]`); every other segment, a story's citation
    // (`/api/cite/stories/[id]`) among them, follows the collection its path names.
    const collection = word === 'cite' ? 'events' : word;
    const first = catalog[collection as keyof Catalog]?.[0];
    if (!first) throw new Error(`${route}: no ids to fill the segment after /${word}/ with; say which collection it takes`);
    return `/${word}/${first.id}`;
  });
}

type Catalog = Record<'events' | 'actors' | 'places' | 'sources' | 'stories', Array<{ id: string }>>;

async function firstAnswer(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const etag = response.headers()['etag'];
  expect(etag, `${path} has an ETag`).toMatch(/^(W\/)?"[^"]+"$/);
  return { response, etag: etag! };
}

async function expectRevalidates(request: APIRequestContext, address: string, etag: string, cacheControl: string) {
  const again = await request.get(address, { headers: { 'If-None-Match': etag } });
  expect(again.status(), `${address} with its ETag`).toBe(304);
  expect((await again.body()).length).toBe(0);
  expect(again.headers()['etag']).toBe(etag);
  expect(again.headers()['cache-control'], address).toBe(cacheControl);
  const older = await request.get(address, { headers: { 'If-None-Match': '"an-older-version"' } });
  expect(older.status(), `${address} with another ETag`).toBe(200);
}

test('the one cache policy is the one these tests and the README expect', () => {
  expect(policy.shared).toMatch(SHARED);
  for (const exception of policy.exceptions) expect(exception.reason.length, JSON.stringify(exception)).toBeGreaterThan(40);
  expect(ROUTES.length).toBeGreaterThan(15);
});

test('every route of the build answers with the one policy, an ETag and a 304, with a view in its query or without', async ({ request }) => {
  test.setTimeout(120_000);
  // The public JSON has the events and what they name; the stories are read where they are kept.
  const published = (await (await request.get('/data/events.json')).json()) as Omit<Catalog, 'stories'>;
  const stories = fs.readdirSync('events/stories').map((file) => ({ id: file.replace(/\.json$/, '') }));
  const catalog: Catalog = { ...published, stories };
  const canonical = (await (await request.get('/')).text()).match(/<link rel="canonical" href="([^"]+)"/)?.[1];
  expect(canonical).toBeTruthy();
  // Read by the pages (a view) and by oEmbed (the page to embed); every other route ignores it.
  const query = new URLSearchParams({ actors: catalog.actors[0]!.id, from: '2015-01-01', url: new URL(`/events/${catalog.events[0]!.id}`, canonical).href });
  const excepted = policy.exceptions.flatMap((exception) => (exception.path ? [new RegExp(`^/(?:${exception.path})$`)] : []));
  const checked: string[] = [];
  for (const { route, page } of ROUTES) {
    const filled = fillRoute(route, catalog);
    let answered = false;
    for (const address of [filled, `${filled}?${query}`]) {
      const response = await request.get(address);
      if (excepted.some((pattern) => pattern.test(filled))) continue;
      expect(response.headers()['cache-control'], address).toBe(policy.shared);
      if (response.status() !== 200) {
        // A route may refuse an address that lacks what it needs (oEmbed without a URL), never a page.
        expect(page, `${address} answered ${response.status()}`).toBe(false);
        expect(response.status(), address).toBeLessThan(500);
        continue;
      }
      answered = true;
      if (page) {
        // An in-app navigation asks the same address for an RSC payload: the same policy.
        const payload = await request.get(address, { headers: { RSC: '1' } });
        expect(payload.headers()['cache-control'], `${address} (RSC payload)`).toBe(policy.shared);
      }
      const etag = response.headers()['etag'];
      if (WITHOUT_VALIDATOR.test(route)) continue;
      expect(etag, `${address} has an ETag`).toMatch(/^(W\/)?"[^"]+"$/);
      await expectRevalidates(request, address, etag!, policy.shared);
    }
    if (!excepted.some((pattern) => pattern.test(filled))) expect(answered, `${route} answered 200 at ${filled} or with a query`).toBe(true);
    checked.push(route);
  }
  // The routes the issue found without the policy are among those checked.
  expect(checked).toEqual(expect.arrayContaining(['/places/[id]', '/changes', '/changes.atom', '/embed/events/[id]', '/embed']));
});

test('the public folder is served with the one policy and revalidated with its ETag', async ({ request }) => {
  const files = publicFiles();
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['cache-control'], file).toBe(policy.shared);
    await expectRevalidates(request, file, response.headers()['etag']!, policy.shared);
  }
});

test('the exceptions are as declared: hashed assets kept for good, an address no route matches never kept', async ({ request, page }) => {
  await page.goto('/');
  const asset = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  expect((await request.get(asset!)).headers()['cache-control']).toBe(policy.immutable);
  const notFound = policy.exceptions.find((exception) => exception.status === 404)!;
  for (const address of ['/no-such-page', '/events/no-such-event/more', '/places/no-such-place']) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(404);
    expect(response.headers()['cache-control'], address).toBe(notFound.cacheControl);
  }
  // An id not (yet) published, on a route: the shared policy, so its page follows its publication.
  for (const address of ['/events/no-such-event', '/embed/events/no-such-event', '/api/cite/no-such-event']) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(404);
    expect(response.headers()['cache-control'], address).toBe(policy.shared);
  }
});

const ADDRESSES = [
  ['a timeline with an event selected', `/?event=${TANF}`],
  ['a CSV download', '/data/export.csv?actors=russia'],
  ['a JSON download', '/data/export.json?q=aleppo'],
  ['the citation API', `/api/cite/${TANF}?accessed=2026-01-01`],
] as const;

for (const [name, path] of ADDRESSES) {
  test(`${name} may be kept by a shared cache and is answered 304 while its ETag holds`, async ({ request }) => {
    const { response, etag } = await firstAnswer(request, path);
    expect(response.headers()['cache-control']).toBe(policy.shared);
    expect((await response.body()).length).toBeGreaterThan(0);
    await expectRevalidates(request, path, etag, policy.shared);
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
