import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';

const TANF = 'russian-airstrike-on-al-tanf-base-2016';
const TANF_TITLE = 'Russian aircraft bomb the U.S.-backed New Syrian Army base at al-Tanf';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('an event’s permalink page carries its metadata for reference managers and link previews', async ({ page }) => {
  const response = await page.goto(`/events/${TANF}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: TANF_TITLE })).toBeVisible();
  await expect(page).toHaveTitle(`${TANF_TITLE} (16 June 2016)`);

  const meta = (name: string) => page.locator(`meta[name="${name}"]`);
  const permalink = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(permalink).toMatch(new RegExp(`^https?://[^/]+/events/${TANF}$`));
  // A Web Page for Zotero: og:type=website with og:site_name, and no citation_title to make it a Journal Article.
  await expect(meta('citation_title')).toHaveCount(0);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', /citable timeline/);
  // The event's first publication, never the day the site was built.
  await expect(meta('citation_publication_date')).toHaveAttribute('content', '2026/11/21');
  await expect(meta('citation_publisher')).toHaveAttribute('content', /citable timeline/);
  await expect(meta('citation_public_url')).toHaveAttribute('content', permalink!);
  await expect(meta('citation_reference')).toHaveCount(1);
  await expect(meta('citation_reference')).toHaveAttribute('content', /citation_title=Russia Teams Up With Islamic State Against Syria’s Rebels; citation_author=Kyle Orton/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', `${TANF_TITLE} (16 June 2016)`);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', permalink!);

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd).toMatchObject({
    '@context': 'https://schema.org',
    url: permalink,
    datePublished: '2026-11-21',
    dateModified: '2026-12-02',
    about: { '@type': 'Event', name: TANF_TITLE, startDate: '2016-06-16', location: { name: 'al-Tanf, Rif Dimashq, Syria' } },
    citation: [{ '@type': 'NewsArticle', headline: 'Russia Teams Up With Islamic State Against Syria’s Rebels', author: { name: 'Kyle Orton' } }],
  });
});

test('an event page shows the words that name each actor and the place, and its versions', async ({ page }) => {
  await page.goto(`/events/${TANF}`);
  const actors = page.getByRole('definition').filter({ has: page.getByRole('link', { name: 'Russia', exact: true }) });
  await expect(actors.getByRole('listitem').filter({ hasText: /^Russia\b/ })).toContainText('named in the sources as — “Russian aircraft”');
  await expect(
    page.getByText(/^First published 21 November 2026; revised 1 December 2026 \(.+\)\. Last checked against its article on \d{1,2} [A-Z][a-z]+ \d{4}\. All changes$/),
  ).toBeVisible();
  await page.getByRole('link', { name: 'All changes' }).click();
  await expect(page).toHaveURL(/\/changes$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Changes to the timeline' })).toBeVisible();
  await expect(page.getByRole('link', { name: TANF_TITLE }).first()).toBeVisible();
});

test('an event page gives the reason for a place its words do not name', async ({ page }) => {
  await page.goto('/events/russia-escalates-strikes-north-west-syria-2016');
  const place = page.getByRole('definition').filter({ has: page.getByRole('link', { name: 'northern Syria', exact: true }) });
  await expect(place.getByRole('listitem')).toHaveText(/^Why northern Syria, which these words do not name: “northern and western Syria” names the north of Syria/);
});

test('the changes feed is Atom, newest first, one entry per publication or revision', async ({ request }) => {
  const response = await request.get('/changes.atom');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const feed = await response.text();
  expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
  const updated = [...feed.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((match) => match[1]!);
  expect(updated.length).toBeGreaterThan(96);
  expect(updated).toEqual([...updated].sort().reverse());
  expect(feed).toContain(`/events/${TANF}`);
});

test('copy a citation and read it back from the clipboard', async ({ page }) => {
  await page.goto(`/events/${TANF}`);
  await page.getByText('Cite this event').click();
  await page.getByRole('radio', { name: 'BibTeX' }).check();
  const field = page.getByRole('textbox', { name: 'This event (BibTeX)' });
  await expect(field).toHaveValue(/^@online\{/);
  await page.getByRole('button', { name: 'Copy This event (BibTeX)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await field.inputValue());
  expect(copied).toContain(`/events/${TANF}`);
  expect(copied).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\}/);

  await page.getByRole('radio', { name: 'MLA' }).check();
  await expect(page.getByRole('textbox', { name: /Russia Teams Up With Islamic State Against Syria’s Rebels, .* \(MLA\)/ })).toHaveValue(
    /^Orton, Kyle\. “Russia Teams Up With Islamic State Against Syria’s Rebels\.”/,
  );
  await page.getByRole('button', { name: 'Copy Permalink' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/events/${TANF}$`));
});

test('where the clipboard is refused, the citation is selected for copying by hand', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'));
  });
  await page.goto(`/events/${TANF}`);
  await page.getByText('Cite this event').click();
  const field = page.getByRole('textbox', { name: 'This event (APA)' });
  await expect(field).toHaveValue(/\(2026, December 2\)/);
  await page.getByRole('button', { name: 'Copy This event (APA)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Selected: press Ctrl+C' })).toBeVisible();
  await expect(field).toBeFocused();
  const selected = await field.evaluate((node: HTMLTextAreaElement) => node.value.slice(node.selectionStart, node.selectionEnd));
  expect(selected).toBe(await field.inputValue());
});

test('the timeline’s source panel offers the same citations', async ({ page }) => {
  await page.goto(`/?event=${TANF}`);
  await page.getByRole('region', { name: TANF_TITLE }).getByText('Cite this event').click();
  await expect(page.getByRole('textbox', { name: 'This event (APA)' })).toHaveValue(/\(2026, December 2\)\. .* https?:\/\/.*\/events\/russian-airstrike-on-al-tanf-base-2016$/);
});

test('“see it on the timeline” lands on the same event, selected', async ({ page }) => {
  await page.goto(`/events/${TANF}`);
  await page.getByRole('link', { name: 'See it on the timeline' }).click();
  await expect(page).toHaveURL(new RegExp(`/\\?event=${TANF}$`));
  await expect(page.getByRole('region', { name: TANF_TITLE })).toBeVisible();
  await expect(page.locator(`.vis-item.vis-selected[data-event-id="${TANF}"]`)).toBeVisible();
});

test('a quote links to its article with the quoted words as a text fragment', async ({ page }) => {
  await page.goto('/events/sohr-toll-of-russian-strikes-2016');
  const quote = page.getByRole('link', { name: /According to the Syrian Observatory for Human Rights/ });
  await expect(quote).toHaveAttribute('href', /^https:\/\/www\.thedailybeast\.com\/russia-pounds-the-achilles-heel-of-americas-isis-war#:~:text=According%20to%20the%20Syrian/);
});

test('download the CSV of a filtered view', async ({ page }) => {
  await page.goto('/?actors=new-syrian-army,jordan');
  const shown = Number((await page.getByRole('status').filter({ hasText: / of \d+ events$/ }).textContent())?.match(/^\s*(\d+)/)?.[1]);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'CSV' }).click();
  const file = await (await download).path();
  const rows = parse(fs.readFileSync(file, 'utf8'), { columns: true }) as Array<Record<string, string>>;
  expect(rows).toHaveLength(shown);
  expect(rows.map((row) => row.event_id)).toContain(TANF);
  for (const row of rows) expect(`${row.initiators};${row.targets};${row.other_actors}`).toMatch(/New Syrian Army|Jordan/);
});

test('unknown ids give a real 404 page', async ({ page }) => {
  for (const path of ['/events/no-such-event', '/actors/no-such-actor', '/sources/no-such-source', '/events/..%2F..%2Fetc%2Fpasswd']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  }
});

test('actor and source pages list their events, and the sitemap lists every page', async ({ page, request }) => {
  await page.goto('/actors/islamic-state');
  await expect(page.getByRole('heading', { level: 1, name: 'Islamic State' })).toBeVisible();
  await expect(page.getByText('Daesh')).toBeVisible();
  await expect(page.locator('[data-timeline-chart][data-chart-live] .vis-item').first()).toBeVisible();
  await page.goto('/sources/garofalo-2024');
  await expect(page.getByRole('heading', { level: 2, name: /events drawn from this article/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Opposition and HTS launch the “Deterring Aggression” offensive' })).toHaveAttribute('href', '/events/deterring-aggression-offensive-launched-2024');

  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`/events/${TANF}</loc>`);
  expect(sitemap).toContain('/actors/islamic-state</loc>');
  expect(sitemap).toContain('/sources/garofalo-2024</loc>');
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
});

for (const path of [`/events/${TANF}`, '/actors/hayat-tahrir-al-sham', '/sources/daily-beast-2016']) {
  test(`axe finds no WCAG 2.1 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
