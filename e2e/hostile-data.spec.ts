import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { guardAgainstPayloads as guard } from './helpers';

// Runs against a build of e2e/fixtures/hostile: every title, summary, quote, actor name, place and
// claim there carries a script or markup payload. They must show as text and never run.

const P1 = '<img src=x onerror="window.__pwned=1;alert(1)">';
const P3 = '"><svg onload=alert(3)>';
const P7 = '</script><script>window.__pwned=7</script>';
const P8 = '=HYPERLINK("http://evil.example","click")';
const TITLE_ONE = `${P8} ${P1}`;

test('the timeline, its tooltips, the list and the panel show payloads as text', async ({ page }) => {
  const check = guard(page);
  await page.goto('/?event=hostile-event-one');
  await expect(page.locator('[data-timeline-chart][data-chart-live]')).toBeVisible();
  const panel = page.locator('#event-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(TITLE_ONE);
  await expect(panel).toContainText('<script>window.__pwned=2;alert(2)</script>');
  await expect(panel).toContainText('The quote says <img src=x onerror=');
  await expect(panel.getByRole('region', { name: 'What each side says' })).toContainText(P7);
  const item = page.locator('.vis-item[data-event-id="hostile-event-one"] .tl-item-title');
  await expect(item).toHaveText(TITLE_ONE);
  await expect(item).toHaveAttribute('title', `${TITLE_ONE} (16 June 2016)`);
  await expect(page.locator('.event-list li[data-event-id="hostile-event-one"] h3')).toHaveText(TITLE_ONE);
  // Moving through the events and searching for a payload change nothing.
  await page.locator('body').press('ArrowRight');
  await page.getByRole('searchbox', { name: 'Search titles, summaries and quotes' }).fill('<img src=x');
  await expect(page).toHaveURL(/q=/);
  await page.locator('.actor-filter summary').click();
  await page.getByRole('searchbox', { name: /Find an actor/ }).fill('javascript:');
  await expect(page.getByRole('checkbox', { name: /^Actor <img/ })).toBeVisible();
  await check();
});

test('event, actor and source pages show payloads as text, and JSON-LD stays in its script', async ({ page }) => {
  const check = guard(page);
  await page.goto('/events/hostile-event-one');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_ONE);
  const jsonLdText = (await page.locator('script[type="application/ld+json"]').textContent()) ?? '';
  expect(jsonLdText).not.toContain('</script');
  expect(JSON.parse(jsonLdText)).toMatchObject({ name: TITLE_ONE, about: { location: { name: expect.stringContaining(P3) } } });
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', `${TITLE_ONE} (16 June 2016)`);
  await page.getByText('Cite this event').click();
  await expect(page.getByRole('textbox', { name: 'This event (APA)' })).toHaveValue(/HYPERLINK/);
  await check();

  await page.goto('/actors/hostile-actor');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Actor ${P1}`);
  await expect(page.locator('main')).toContainText(P7);
  await check();

  await page.goto('/sources/hostile-source');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hostile <script>window.__pwned=2;alert(2)</script> source ${P3}`);
  await check();

  await page.goto('/places/hostile-place');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(P3);
  await expect(page.locator('main')).toContainText(P7);
  await check();

  await page.goto('/places/hostile-site');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${P1} site`);
  await expect(page.getByRole('img', { name: `Map: where ${P1} site lies` })).toBeVisible();
  await check();
});

test('the map names hostile places as text, in its markers and beside it', async ({ page }) => {
  const check = guard(page);
  await page.goto('/');
  const map = page.getByRole('region', { name: 'Where it happened' });
  await expect(map.getByRole('link', { name: `${P1} site: 1 event` })).toHaveAttribute('href', '/?place=hostile-site');
  await expect(map.getByRole('link', { name: `${P3}: 1 event` })).toHaveAttribute('href', '/?place=hostile-place');
  await check();
});

test('exports and citations carry payloads as data: CSV defused, JSON intact', async ({ request }) => {
  const csv = await (await request.get('/data/export.csv')).text();
  const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
  const one = rows.find((row) => row.event_id === 'hostile-event-one')!;
  expect(one.title).toBe(`'${TITLE_ONE}`);
  expect(rows.find((row) => row.event_id === 'hostile-event-two')?.title).toMatch(/^'-/);
  expect(rows.find((row) => row.event_id === 'hostile-event-three')?.title).toMatch(/^'\+/);
  expect(one.notes).toMatch(/^'@/);

  const json = await (await request.get('/data/export.json')).json();
  expect(json.events.find((event: { id: string }) => event.id === 'hostile-event-one').title).toBe(TITLE_ONE);

  const cite = await request.get('/api/cite/hostile-event-one?accessed=2026-11-21');
  expect(cite.headers()['content-type']).toContain('application/json');
  const formats = (await cite.json()).event;
  expect(formats.bibtex).toContain('HYPERLINK');
  expect(formats.mla).toContain(P1);
});

test('the embeds, their oEmbed answers and the link previews carry payloads as text', async ({ page, request }) => {
  const check = guard(page);
  await page.goto('/embed?event=hostile-event-one');
  await expect(page.locator('[data-timeline-chart][data-chart-live]')).toBeVisible();
  await expect(page.locator('#event-panel').getByRole('heading', { level: 2 })).toHaveText(TITLE_ONE);
  await check();
  await page.goto('/embed/events/hostile-event-one');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_ONE);
  await expect(page.locator('blockquote')).toContainText('The quote says <img src=x onerror=');
  await check();

  // The build was made for its public address and the server started without SITE_URL: the page's
  // discovery link names that address, and the server answers it.
  await page.goto('/events/hostile-event-one');
  const discovery = new URL((await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href')) ?? '');
  expect(discovery.origin).toBe('https://hostile.example');
  const oembed = await request.get(discovery.pathname + discovery.search);
  expect(oembed.status()).toBe(200);
  const { html, title } = await oembed.json();
  expect(html).toContain('src="https://hostile.example/embed/events/hostile-event-one"');
  expect(title).toContain(TITLE_ONE);
  // The title is an attribute value: its quotes and brackets are escaped, so it cannot open a tag.
  expect(html).toMatch(/^<iframe src="[^"<>]+" width="\d+" height="\d+" title="[^"<>]+" style="border:0;max-width:100%" loading="lazy"><\/iframe>\n<script src="[^"<>]+" async><\/script>$/);

  const image = await request.get('/events/hostile-event-one/opengraph-image');
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
});
