import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { openTimeline } from './helpers';

// Embeds, as another site uses them: a page on another port (e2e/host-page.mjs) frames them and
// includes the sizing script. Then oEmbed, link previews, the Share control and the page metadata.

const TANF = 'russian-airstrike-on-al-tanf-base-2016';
const TANF_TITLE = 'Russian aircraft bomb the U.S.-backed New Syrian Army base at al-Tanf';
const HOST = `http://127.0.0.1:${Number(process.env.E2E_HOST_PORT ?? 3219)}`;
const HEIGHT_MESSAGE = 'syria-war-timeline:height';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Opens the host page framing these paths of the site under test. */
async function hostPage(page: Page, baseURL: string | undefined, ...paths: string[]) {
  const query = new URLSearchParams({ site: baseURL ?? '' });
  for (const path of paths) query.append('frame', path);
  await page.goto(`${HOST}/?${query}`);
}

/** The heights the host page heard from the site, in order. */
function heightsHeard(page: Page, origin: string) {
  return page.evaluate(
    ([site, type]) =>
      (window as unknown as { __messages: Array<{ origin: string; data: { type?: string; height?: number } }> }).__messages
        .filter((message) => message.origin === site && message.data.type === type)
        .map((message) => message.data.height),
    [origin, HEIGHT_MESSAGE],
  );
}

/** Waits until the host has heard the frame's height and sized the frame to its content; returns that height. */
async function expectSizedToContent(page: Page, frame: FrameLocator, origin: string): Promise<number> {
  let content = 0;
  await expect
    .poll(async () => {
      content = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
      const heard = (await heightsHeard(page, origin)).at(-1);
      const framed = await page.locator('#frame-0').evaluate((element) => Math.round(element.getBoundingClientRect().height));
      return `content ${content}, heard ${heard}, frame ${framed}`;
    })
    .toMatch(/^content (\d+), heard \1, frame \1$/);
  return content;
}

/** Every link in a frame that would load a page inside the frame, other than the embed's own views (downloads load none). */
function linksThatStayInTheFrame(frame: FrameLocator) {
  return frame.locator('a[href]:not([download])').evaluateAll((links) =>
    links
      .filter((link) => {
        const url = new URL((link as HTMLAnchorElement).href);
        const target = link.getAttribute('target');
        const ownView = url.origin === location.origin && url.pathname === '/embed';
        return !ownView && target !== '_top' && target !== '_blank';
      })
      .map((link) => `${link.textContent} → ${link.getAttribute('href')}`),
  );
}

test('another site frames the timeline of a view: it renders, says its height, and its links leave the frame', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // Tall enough to show the whole frame: the list draws only the entries on screen.
  await page.setViewportSize({ width: 1000, height: 1200 });
  await hostPage(page, baseURL, `/embed?actors=russia,hayat-tahrir-al-sham&event=${TANF}`);
  const embed = page.frameLocator('#frame-0');
  await expect(embed.locator('[data-timeline-chart][data-chart-live] .vis-item[data-event-id]').first()).toBeVisible();
  await expect(embed.getByRole('heading', { level: 2, name: TANF_TITLE })).toBeVisible();
  const entries = embed.getByRole('region', { name: 'Events in order' }).getByRole('listitem');
  await expect(entries.first()).toBeVisible();
  expect(await entries.count()).toBeLessThan(85);

  // The height arrives as the documented message, and the host's script sizes the frame to it.
  await expectSizedToContent(page, embed, origin);
  await page.locator('#frame-0').screenshot({ path: 'test-results/screenshots/embed-timeline-framed.png' });

  expect(await linksThatStayInTheFrame(embed)).toEqual([]);
  await embed.getByRole('link', { name: 'Open in the full timeline' }).click();
  await expect(page).toHaveURL(`${origin}/?actors=hayat-tahrir-al-sham,russia&event=${TANF}`);
  await expect(page.getByRole('heading', { level: 1, name: 'The Syrian war, 2011–2024' })).toBeVisible();
});

test('in the framed timeline, choosing an event stays in the frame; its permanent page and actors open in the top window', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await hostPage(page, baseURL, '/embed?actors=russia');
  const embed = page.frameLocator('#frame-0');
  await expect(embed.locator('[data-timeline-chart][data-chart-live]')).toBeVisible();
  await embed.getByRole('region', { name: 'Events in order' }).getByRole('link', { name: TANF_TITLE }).click();
  await expect(embed.getByRole('heading', { level: 2, name: TANF_TITLE })).toBeVisible();
  expect(page.frames().some((frame) => frame.url() === `${origin}/embed?actors=russia&event=${TANF}`)).toBe(true);
  expect(page.url()).toContain(HOST);
  expect(await linksThatStayInTheFrame(embed)).toEqual([]);

  await embed.getByRole('link', { name: 'Permanent page for this event, to cite it' }).click();
  await expect(page).toHaveURL(`${origin}/events/${TANF}`);

  await hostPage(page, baseURL, `/embed?event=${TANF}`);
  await page.frameLocator('#frame-0').getByRole('link', { name: 'United States' }).click();
  await expect(page).toHaveURL(`${origin}/actors/united-states`);
});

test('another site frames an event card sized to its content, whose links open the site in the top window', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await hostPage(page, baseURL, `/embed/events/${TANF}`);
  const card = page.frameLocator('#frame-0');
  await expect(card.getByRole('heading', { level: 1, name: TANF_TITLE })).toBeVisible();
  await expect(card.getByRole('main').locator('time')).toHaveText('16 June 2016');
  await expect(card.locator('blockquote')).toContainText('cluster munitions');
  await expect(card.locator('figcaption')).toContainText('The Syrian Intifada');
  expect(await linksThatStayInTheFrame(card)).toEqual([]);

  expect(await expectSizedToContent(page, card, origin)).toBeLessThan(500);
  await page.locator('#frame-0').screenshot({ path: 'test-results/screenshots/embed-card-framed.png' });

  await card.getByRole('link', { name: 'Every source, and how to cite it' }).click();
  await expect(page).toHaveURL(`${origin}/events/${TANF}`);
});

test('the full site refuses to be framed: the timeline and an event page stay blank in another site’s frame', async ({ page, baseURL }) => {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/frame-ancestors 'none'|X-Frame-Options/.test(message.text())) refusals.push(message.text());
  });
  await hostPage(page, baseURL, '/', `/events/${TANF}`, `/embed/events/${TANF}`);
  // The embed beside them loads, so the others had every chance to.
  await expect(page.frameLocator('#frame-2').getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.frameLocator('#frame-0').getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(page.frameLocator('#frame-1').getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect.poll(() => refusals.length).toBeGreaterThanOrEqual(2);
  expect(page.frames().filter((frame) => frame.url().startsWith('chrome-error:'))).toHaveLength(2);
});

test('only the embeds may be framed, and they keep every other security header', async ({ request }) => {
  for (const path of ['/embed', `/embed?actors=russia&event=${TANF}`, `/embed/events/${TANF}`, '/embed/events/no-such-event']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toMatch(/frame-ancestors \*$/);
    expect(headers['content-security-policy'], path).toContain("default-src 'self'");
    expect(headers['content-security-policy'], path).toContain("script-src 'self' 'unsafe-inline'");
    expect(headers['x-frame-options'], path).toBeUndefined();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
  }
  for (const path of ['/', '/embedded', `/events/${TANF}`, `/embed/%2e%2e/events/${TANF}`, '/api/oembed', '/embed-resize.js']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
});

test('the embeds pass axe without a CSP violation, and the embedded timeline keeps the keyboard of the full one', async ({ page }) => {
  // Several embeds, each loaded and run through axe: on two loaded cores this took 25 to 35 s.
  test.setTimeout(90_000);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ((window as unknown as { __csp?: string[] }).__csp ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const violations = () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  for (const path of [`/embed?actors=russia&event=${TANF}`, '/embed']) {
    await openTimeline(page, path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
    expect(await violations(), path).toEqual([]);
  }
  await page.goto(`/embed/events/${TANF}`);
  const card = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(card.violations.map((v) => v.id)).toEqual([]);
  expect(await violations()).toEqual([]);

  await openTimeline(page, `/embed?actors=russia&event=${TANF}`);
  await page.locator('body').press('ArrowRight');
  await expect(page).toHaveURL(/\/embed\?actors=russia&event=kerry-prepares-to-fly-to-moscow-on-coordination-agreement-2016$/);
  await page.locator('body').press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`/embed\\?actors=russia&event=${TANF}$`));
  await page.locator('body').press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: TANF_TITLE })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/embed\?actors=russia$/);
  // The filters are folded away, and open in place.
  await page.getByText('Filters', { exact: true }).click();
  await page.getByText('Actors: Russia').click();
  await page.getByRole('checkbox', { name: /^Iran \(\d+\)$/ }).check();
  await expect(page).toHaveURL(/\/embed\?actors=iran,russia$/);
});

test('oEmbed answers for the site’s timeline, actor and event pages within the size asked, and refuses the rest', async ({ request, page }) => {
  // Pages name their oEmbed answer in a discovery link; SITE_URL is unset here, so it is the default address.
  for (const path of [`/events/${TANF}`, '/?actors=russia&q=aleppo', '/actors/russia']) {
    await page.goto(path);
    const discovery = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    expect(discovery, path).toBeTruthy();
    const answer = await request.get(new URL(discovery!).pathname + new URL(discovery!).search);
    expect(answer.status(), path).toBe(200);
    const body = await answer.json();
    expect(body, path).toMatchObject({ version: '1.0', type: 'rich', provider_name: expect.stringContaining('citable timeline') });
    expect(body.html, path).toMatch(/^<iframe src="http:\/\/localhost:3000\/embed[^"]*" width="\d+" height="\d+" title="[^"]+"/);
  }

  const event = await (await request.get(`/api/oembed?url=${encodeURIComponent(`http://localhost:3000/events/${TANF}`)}&maxwidth=400&maxheight=250&format=json`)).json();
  expect(event).toMatchObject({ width: 400, height: 250, title: expect.stringContaining(TANF_TITLE) });
  expect(event.html).toContain(`src="http://localhost:3000/embed/events/${TANF}" width="400" height="250"`);
  expect(event.thumbnail_url).toBeUndefined();
  const view = await (await request.get(`/api/oembed?url=${encodeURIComponent('http://localhost:3000/?actors=russia,nobody&q=aleppo')}`)).json();
  expect(view.html).toContain('src="http://localhost:3000/embed?actors=russia&amp;q=aleppo"');
  expect(view).toMatchObject({ thumbnail_url: 'http://localhost:3000/opengraph-image', thumbnail_width: 1200, thumbnail_height: 630 });

  const status = async (query: string) => (await request.get(`/api/oembed?${query}`)).status();
  expect(await status(`url=${encodeURIComponent(`http://localhost:3000/events/${TANF}`)}&format=xml`)).toBe(501);
  expect(await status(`url=${encodeURIComponent(`https://evil.example/events/${TANF}`)}`)).toBe(404);
  expect(await status(`url=${encodeURIComponent('http://localhost:3000/events/no-such-event')}`)).toBe(404);
  expect(await status(`url=${encodeURIComponent('http://localhost:3000/sources/daily-beast-2016')}`)).toBe(404);
  expect(await status('url=%3Cscript%3E')).toBe(404);
  expect(await status('')).toBe(404);
});

/** Width and height from a PNG's header, or null if it is not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('link previews: the home, an event and an actor have a 1200×630 PNG, and cards for a large picture', async ({ page, request }) => {
  fs.mkdirSync('test-results/screenshots', { recursive: true });
  for (const [name, path] of [
    ['event', `/events/${TANF}`],
    ['event-long', '/events/regime-offensive-on-aleppo-city-2014'],
    ['actor', '/actors/hayat-tahrir-al-sham'],
    ['home', '/'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('meta[name="twitter:card"]'), path).toHaveAttribute('content', 'summary_large_image');
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
    const response = await request.get(image.pathname + image.search);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe('image/png');
    const bytes = await response.body();
    expect(pngSize(bytes), path).toEqual({ width: 1200, height: 630 });
    fs.writeFileSync(`test-results/screenshots/og-${name}.png`, bytes);
  }
  expect((await request.get('/events/no-such-event/opengraph-image')).status()).toBe(404);
});

test('Share gives the permalink and the embed code of the view shown, and follows a new filter', async ({ page }) => {
  await openTimeline(page, `/?q=strike&event=${TANF}`);
  await page.getByText('Share this view').click();
  const link = page.getByRole('textbox', { name: 'Link to this view' });
  await expect(link).toHaveValue(`http://localhost:3000/?q=strike&event=${TANF}`);
  const code = page.getByRole('textbox', { name: 'Embed this view in a web page (HTML)' });
  await expect(code).toHaveValue(
    new RegExp(`^<iframe src="http://localhost:3000/embed\\?q=strike&amp;event=${TANF}" width="\\d+" height="\\d+" title="[^"]*“strike”"`),
  );
  await expect(code).toHaveValue(/<script src="http:\/\/localhost:3000\/embed-resize\.js" async><\/script>$/);

  await page.getByText('Actors (any)').click();
  await page.getByRole('checkbox', { name: /^Russia \(\d+\)$/ }).check();
  await expect(page).toHaveURL(/actors=russia/);
  // Every parameter of the page's own URL, written the same way.
  await expect(link).toHaveValue(`http://localhost:3000${new URL(page.url()).pathname}${new URL(page.url()).search}`);
  await expect(code).toHaveValue(/embed\?actors=russia&amp;q=strike&amp;event=/);
  await page.locator('details.share').screenshot({ path: 'test-results/screenshots/share-view.png' });
  await page.getByRole('button', { name: 'Copy Link to this view' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());
});

test('an event page shares its permalink and the code of its card', async ({ page }) => {
  await page.goto(`/events/${TANF}`);
  await page.getByText('Share this event').click();
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  await expect(page.getByRole('textbox', { name: 'Link to this event' })).toHaveValue(canonical!);
  const code = page.getByRole('textbox', { name: 'Embed this event in a web page (HTML)' });
  await expect(code).toHaveValue(new RegExp(`^<iframe src="http://localhost:3000/embed/events/${TANF}" width="\\d+" height="\\d+" title="${TANF_TITLE} \\(16 June 2016\\)`));
  await page.getByRole('button', { name: 'Copy Embed this event in a web page (HTML)' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
});

test('an event page tells a reference manager it is a web page of this site, in English, at its own address', async ({ page }) => {
  await page.goto(`/events/${TANF}`);
  const tags = await page.locator('head meta').evaluateAll((metas) =>
    metas.map((meta) => [meta.getAttribute('name') ?? meta.getAttribute('property') ?? '', meta.getAttribute('content') ?? ''] as const),
  );
  const names = tags.map(([name]) => name);
  const value = (name: string) => tags.find(([tag]) => tag === name)?.[1];
  // The tags that make Zotero's Embedded Metadata translator pick a type other than Web Page.
  for (const typing of ['citation_title', 'citation_journal_title', 'citation_book_title', 'citation_conference_title', 'citation_dissertation_institution', 'citation_technical_report_institution', 'citation_isbn', 'citation_series_title']) {
    expect(names.filter((name) => name.endsWith(typing)), typing).toEqual([]);
  }
  expect(names.filter((name) => /^(dc|dcterms)[.:]/i.test(name))).toEqual([]);
  expect(value('og:type')).toBe('website');
  expect(value('og:site_name')).toBe('The Syrian war, 2011–2024: a citable timeline');
  expect(value('og:title')).toBe(`${TANF_TITLE} (16 June 2016)`);
  expect(value('description')).toContain('cluster munitions');
  expect(value('citation_language')).toBe('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toBe(`http://localhost:3000/events/${TANF}`);
  expect(value('citation_public_url')).toBe(canonical);
  expect(value('og:url')).toBe(canonical);
});
