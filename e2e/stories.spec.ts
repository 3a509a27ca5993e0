import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openTimeline } from './helpers';

// Stories: the index, a story's page (without JavaScript too), story mode on the timeline, and the
// embedded story, each at a wide screen and a phone's.

const TANF_STORY = 'al-tanf-strike-2016';
const TANF_STORY_TITLE = 'The Russian strike on al-Tanf, June 2016';
const TANF = 'russian-airstrike-on-al-tanf-base-2016';
const TANF_TITLE = 'Russian aircraft bomb the U.S.-backed New Syrian Army base at al-Tanf';
const HAMMAD = 'russian-airstrike-on-hammad-camp-2016';
const HAMMAD_TITLE = 'Russian cluster weapons hit the Hammad camp of CIA-backed rebels, about fifty miles from al-Tanf';
const HOST = `http://127.0.0.1:${Number(process.env.E2E_HOST_PORT ?? 3219)}`;

// Story mode renders a view on the server at each step: on a machine shared with other builds that can take a while.
test.describe.configure({ timeout: 90_000 });

const SIZES = [
  ['wide', { width: 1400, height: 900 }],
  ['phone', { width: 375, height: 812 }],
] as const;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const storyCard = (page: Page) => page.getByRole('region', { name: TANF_STORY_TITLE });

/** The chart's window, as it says once drawn. */
async function chartWindow(page: Page) {
  const canvas = page.locator('.timeline-canvas');
  await expect(canvas).toHaveAttribute('data-window', /\.\./);
  return { start: (await canvas.getAttribute('data-window-start'))!, end: (await canvas.getAttribute('data-window-end'))! };
}

for (const [size, viewport] of SIZES) {
  test.describe(`at ${size} size`, () => {
    test.use({ viewport });

    test('the index lists each story with its introduction, span and steps', async ({ page }) => {
      await page.goto('/stories');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stories');
      const stories = page.locator('.story-list > li');
      await expect(stories).toHaveCount(4);
      // In the order of what they tell.
      await expect(stories.getByRole('heading', { level: 2 })).toHaveText([
        'Russia’s intervention, September 2015',
        TANF_STORY_TITLE,
        'HTS’s gains in Idlib, 2019',
        'The November 2024 offensive',
      ]);
      const tanf = stories.filter({ has: page.getByRole('link', { name: TANF_STORY_TITLE }) });
      await expect(tanf).toContainText('December 2015 – 1 March 2017 · 8 steps');
      await expect(tanf).toContainText('In June 2016 its aircraft bombed a rebel base at al-Tanf');
      await expectNoAxeViolations(page);
      await tanf.getByRole('link', { name: TANF_STORY_TITLE }).click();
      await expect(page).toHaveURL(`/stories/${TANF_STORY}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TANF_STORY_TITLE);
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test('a story page reads whole: each step’s text, its event, a quote with its source and the event’s link', async ({ page }) => {
        await page.goto(`/stories/${TANF_STORY}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(TANF_STORY_TITLE);
        const steps = page.locator('.story-step');
        await expect(steps).toHaveCount(8);
        const sixth = steps.nth(5);
        await expect(sixth).toHaveAttribute('data-event-id', TANF);
        await expect(sixth.getByRole('heading', { level: 2 })).toHaveText(TANF_TITLE);
        await expect(sixth).toContainText('Step 6 of 8 · 16 June 2016');
        await expect(sixth).toContainText('On 16 June 2016 Russian aircraft dropped cluster munitions on the al-Tanf base of the New Syrian Army');
        await expect(sixth.locator('blockquote')).toHaveText(
          'On 16 June 2016, Russian aircraft dropped cluster munitions on the base of an armed opposition group in al-Tanf in the deserts of eastern Rif Dimashq, near tri-border area (Jordan, Syria, Iraq), The Wall Street Journal reports.',
        );
        await expect(sixth.locator('figcaption')).toContainText('Russia Teams Up With Islamic State Against Syria’s Rebels');
        await expect(sixth.getByRole('link', { name: 'The event, with all its sources' })).toHaveAttribute('href', `/events/${TANF}`);
        await expect(sixth.getByRole('link', { name: 'This step on the timeline' })).toHaveAttribute('href', `/?event=${TANF}&story=${TANF_STORY}&step=6`);
        // The last step says what the articles leave open.
        await expect(steps.last()).toContainText('The articles end here');
        // Citable: Cite and Share are there, folded.
        await expect(page.getByText('Cite this story')).toBeVisible();
        await expect(page.getByText('Share this story')).toBeVisible();
      });

      test('story mode works as plain links: the card steps on, and leaving keeps the event', async ({ page }) => {
        await page.goto(`/?story=${TANF_STORY}&step=6`);
        const card = storyCard(page);
        await expect(card).toContainText('Step 6 of 8');
        await expect(page.locator('#event-panel').getByRole('heading', { level: 2 })).toHaveText(TANF_TITLE);
        await card.getByRole('link', { name: 'Next step →' }).click();
        await expect(page).toHaveURL(`/?event=${HAMMAD}&story=${TANF_STORY}&step=7`);
        await expect(storyCard(page)).toContainText('Step 7 of 8');
        await storyCard(page).getByRole('link', { name: 'Leave the story' }).click();
        await expect(page).toHaveURL(`/?event=${HAMMAD}`);
        await expect(page.getByRole('region', { name: TANF_STORY_TITLE })).toHaveCount(0);
      });
    });

    test('a story page has the head of a citable page, a Cite control, an OG image and a place in the sitemap', async ({ page, request }) => {
      await page.goto(`/stories/${TANF_STORY}`);
      const url = `http://localhost:3000/stories/${TANF_STORY}`;
      await expect(page).toHaveTitle(`${TANF_STORY_TITLE}: a story in 8 steps`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
      await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
      await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', 'The Syrian war, 2011–2024: a citable timeline');
      await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`/stories/${TANF_STORY}/opengraph-image`));
      await expect(page.locator('meta[name="citation_publication_date"]')).toHaveAttribute('content', '2026/12/02');
      await expect(page.locator('meta[name="citation_title"]')).toHaveCount(0);
      await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute('href', new RegExp(encodeURIComponent(url)));
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      expect(jsonLd).toMatchObject({ '@type': 'WebPage', name: TANF_STORY_TITLE, mainEntity: { '@type': 'ItemList' } });
      expect(jsonLd.mainEntity.itemListElement).toHaveLength(8);

      await page.getByText('Cite this story').click();
      await expect(page.getByRole('textbox', { name: 'This story (APA)' })).toHaveValue(new RegExp(`${TANF_STORY_TITLE}.*${url}`));
      await page.getByRole('radio', { name: 'BibTeX' }).check();
      await expect(page.getByRole('textbox', { name: 'This story (BibTeX)' })).toHaveValue(/@misc\{|@online\{|@webpage\{/);
      await expectNoAxeViolations(page);

      const image = await request.get(`/stories/${TANF_STORY}/opengraph-image`);
      expect(image.status()).toBe(200);
      expect(image.headers()['content-type']).toBe('image/png');
      const sitemap = await (await request.get('/sitemap.xml')).text();
      expect(sitemap).toContain('/stories</loc>');
      expect(sitemap).toContain(`/stories/${TANF_STORY}</loc>`);
    });

    test('a story prints as a document: its steps, quotes and permalinks, without the controls', async ({ page }) => {
      await page.goto(`/stories/${TANF_STORY}`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByText('Cite this story')).toBeHidden();
      await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
      await expect(page.locator('.story-step').nth(5)).toContainText(`http://localhost:3000/events/${TANF}`);
      await expect(page.locator('.story-step blockquote')).toHaveCount(8);
    });

    test('story mode: the card, the chart’s window and dimming, the map, the keys, the buttons and the URL', async ({ page }) => {
      await openTimeline(page, `/?story=${TANF_STORY}&step=6`);
      const card = storyCard(page);
      await expect(card).toContainText('Step 6 of 8');
      await expect(card).toContainText('On 16 June 2016 Russian aircraft dropped cluster munitions');
      await expect(page.locator('#event-panel').getByRole('heading', { level: 2 })).toHaveText(TANF_TITLE);

      // The chart shows the step's event, selected, the others dimmed.
      const window = await chartWindow(page);
      expect(window.start <= '2016-06-16' && '2016-06-16' <= window.end).toBe(true);
      const selected = page.locator(`.timeline-canvas .vis-item.vis-selected[data-event-id="${TANF}"]`);
      await expect(selected).toBeVisible();
      const other = page.locator('.timeline-canvas .vis-item[data-event-id]:not(.vis-selected)').first();
      const background = (locator: typeof other) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(await background(other)).toBe('rgb(255, 255, 255)');
      expect(await background(selected)).not.toBe('rgb(255, 255, 255)');

      // The map marks the step's place and draws the path through the steps with a place.
      const map = page.getByRole('region', { name: 'Where it happened' });
      await expect(map.locator('.map-marker[data-place-id="al-tanf"]')).toHaveClass(/is-selected/);
      await expect(map.locator('.story-path')).toHaveAttribute('data-story-path', '1,5,6,8');
      await expect(map.locator('.story-path polyline')).toHaveCount(1);
      await expect(map.locator('.story-stop.is-current')).toHaveAttribute('data-step', '6');

      // → and ← move through the steps, and the URL follows.
      await page.locator('body').press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`story=${TANF_STORY}&step=7$`));
      await expect(card).toContainText('Step 7 of 8');
      await expect(page.locator('#event-panel').getByRole('heading', { level: 2 })).toHaveText(HAMMAD_TITLE);
      await expect(page.locator(`.timeline-canvas .vis-item.vis-selected[data-event-id="${HAMMAD}"]`)).toBeVisible();
      await expect(map.locator('.story-stop.is-current')).toHaveCount(0);
      await page.locator('body').press('ArrowLeft');
      await expect(page).toHaveURL(new RegExp(`story=${TANF_STORY}&step=6$`));
      await expect(card).toContainText('Step 6 of 8');

      // The buttons too; the first step has no way back, the last none on.
      await card.getByRole('link', { name: '← Previous step' }).click();
      await expect(page).toHaveURL(new RegExp(`step=5$`));
      await expect(card).toContainText('Step 5 of 8');
      await card.getByRole('link', { name: 'Next step →' }).click();
      await expect(page).toHaveURL(new RegExp(`step=6$`));
      await expect(map.locator('.story-stop.is-current')).toHaveAttribute('data-step', '6');

      // Escape leaves the story, at the event being read.
      await page.locator('body').press('Escape');
      await expect(page).toHaveURL(`/?event=${TANF}`);
      await expect(page.getByRole('region', { name: TANF_STORY_TITLE })).toHaveCount(0);
      await expect(page.locator('main')).not.toHaveAttribute('data-story-mode', /./);
      await expect(page.locator('#event-panel').getByRole('heading', { level: 2 })).toHaveText(TANF_TITLE);
    });

    test('story mode moves the chart’s window to a step far away, and “Leave the story” returns to the plain view', async ({ page }) => {
      await openTimeline(page, `/?story=${TANF_STORY}&step=8`);
      const window = await chartWindow(page);
      expect(window.start <= '2017-03-01' && '2017-03-01' <= window.end).toBe(true);
      await expect(storyCard(page).getByText('Last step')).toBeVisible();
      await storyCard(page).getByRole('link', { name: 'Leave the story' }).click();
      await expect(page).toHaveURL('/?event=russian-airstrike-on-syrian-arab-coalition-2017');
      await expect(page.locator('.story-path')).toHaveCount(0);
      // Choosing another event in the list leaves a story as well.
      await openTimeline(page, `/?story=${TANF_STORY}&step=1`);
      await expect(storyCard(page).getByText('First step')).toBeVisible();
      const first = page.locator('.event-list li[data-event-id]').first();
      const firstId = await first.getAttribute('data-event-id');
      await first.locator('a').first().click();
      await expect(page).toHaveURL(`/?event=${firstId}`);
      await expect(page.locator('.story-card')).toHaveCount(0);
    });

    test('story mode passes axe and, on a phone, keeps the step card in view with the chart', async ({ page }) => {
      await openTimeline(page, `/?story=${TANF_STORY}&step=6`);
      await expectNoAxeViolations(page);
      const canvas = page.locator('.timeline-canvas');
      await canvas.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      const card = storyCard(page);
      if (size === 'phone') {
        await expect(card).toBeInViewport();
        await expect(canvas).toBeInViewport();
        // The card sits below the chart: the selected event and the step's text are both on screen.
        const [cardBox, canvasBox] = [await card.boundingBox(), await canvas.boundingBox()];
        expect(canvasBox!.y + canvasBox!.height).toBeLessThanOrEqual(cardBox!.y + 1);
        await expect(page.locator(`.vis-item.vis-selected[data-event-id="${TANF}"]`)).toBeInViewport();
      }
    });

    test('the embedded story steps inside its frame, with oEmbed for the story page and Share offering it', async ({ page, request, baseURL }) => {
      await page.goto(`${HOST}/?${new URLSearchParams({ site: baseURL ?? '', frame: `/embed?story=${TANF_STORY}` })}`);
      const frame = page.frameLocator('#frame-0');
      const card = frame.getByRole('region', { name: TANF_STORY_TITLE });
      await expect(card).toContainText('Step 1 of 8');
      await expect(card.getByRole('link', { name: TANF_STORY_TITLE })).toHaveAttribute('target', '_top');
      await card.getByRole('link', { name: 'Next step →' }).click();
      await expect(frame.locator('main')).toHaveAttribute('data-story-mode', TANF_STORY);
      await expect(card).toContainText('Step 2 of 8');
      await expect(page).toHaveURL(new RegExp(`^${HOST}`));
      await expect(frame.locator('#event-panel').getByRole('heading', { level: 2 })).toHaveText('Russia steps up airstrikes on U.S.-backed rebels along the Turkish border');

      const oembed = await request.get(`/api/oembed?url=${encodeURIComponent(`http://localhost:3000/stories/${TANF_STORY}`)}`);
      expect(oembed.status()).toBe(200);
      const answer = await oembed.json();
      expect(answer.title).toBe(`${TANF_STORY_TITLE}: a story in 8 steps`);
      expect(answer.html).toContain(`<iframe src="http://localhost:3000/embed?story=${TANF_STORY}"`);
      expect(answer.thumbnail_url).toBe(`http://localhost:3000/stories/${TANF_STORY}/opengraph-image`);

      await page.goto(`/stories/${TANF_STORY}`);
      await page.getByText('Share this story').click();
      await expect(page.getByRole('textbox', { name: 'Embed this story in a web page (HTML)' })).toHaveValue(
        new RegExp(`<iframe src="http://localhost:3000/embed\\?story=${TANF_STORY}"`),
      );
      await page.goto(`/embed?story=${TANF_STORY}&step=6`);
      await expect(page.locator('[data-timeline-chart][data-chart-live]')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test('changes and the feed list the stories’ publication', async ({ page, request }) => {
  await page.goto('/changes');
  await expect(page.getByRole('listitem').filter({ hasText: 'Story: ' }).getByRole('link', { name: TANF_STORY_TITLE })).toHaveAttribute('href', `/stories/${TANF_STORY}`);
  const feed = await (await request.get('/changes.atom')).text();
  expect(feed).toContain(`<title>Story: ${TANF_STORY_TITLE} (published)</title>`);
  expect(feed).toContain(`<link href="http://localhost:3000/stories/${TANF_STORY}"/>`);
});
