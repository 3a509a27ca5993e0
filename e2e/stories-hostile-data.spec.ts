import { expect, test } from '@playwright/test';
import { guardAgainstPayloads as guard } from './helpers';

// Runs in the hostile-data project, against the build of e2e/fixtures/hostile: its story's title,
// introduction and every step's text carry script and markup payloads. They must show as text
// everywhere a story is shown, and never run.

const TITLE = 'Story <img src=x onerror="window.__pwned=1;alert(1)"> </script><script>window.__pwned=7</script>';
const INTRODUCTION = '=HYPERLINK("http://evil.example","click") "><svg onload=alert(3)> \u202eevil\u202c introduction.';
const STEP_ONE = 'Step <script>window.__pwned=2;alert(2)</script> one.';
const STEP_TWO = 'Step "><svg onload=alert(3)> two.';

test('a hostile story is text on the index, its page, its head and its citation', async ({ page, request }) => {
  const check = guard(page);
  await page.goto('/stories');
  await expect(page.getByRole('link', { name: TITLE })).toHaveAttribute('href', '/stories/hostile-story');
  await expect(page.locator('.story-list')).toContainText(INTRODUCTION);
  await check();

  await page.goto('/stories/hostile-story');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.locator('.story-intro')).toHaveText(INTRODUCTION);
  await expect(page.locator('.story-step-text')).toHaveText([STEP_ONE, STEP_TWO, /three/, /four/, /five/]);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', `${TITLE}: a story in 5 steps`);
  await expect(page).toHaveTitle(`${TITLE}: a story in 5 steps`);
  const jsonLd = (await page.locator('script[type="application/ld+json"]').textContent()) ?? '';
  expect(jsonLd).not.toContain('</script');
  expect(JSON.parse(jsonLd)).toMatchObject({ name: TITLE, description: INTRODUCTION });
  await page.getByText('Cite this story').click();
  await expect(page.getByRole('textbox', { name: 'This story (APA)' })).toHaveValue(/window\.__pwned=7/);
  await check();

  const image = await request.get('/stories/hostile-story/opengraph-image');
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
});

test('story mode and the embedded story show a hostile story as text', async ({ page, request }) => {
  const check = guard(page);
  await page.goto('/?story=hostile-story&step=2');
  await expect(page.locator('[data-timeline-chart][data-chart-live]')).toBeVisible();
  const card = page.getByRole('region', { name: TITLE });
  await expect(card).toContainText('Step 2 of 5');
  await expect(card.locator('.story-text')).toHaveText(STEP_TWO);
  await page.locator('body').press('ArrowLeft');
  await expect(card.locator('.story-text')).toHaveText(STEP_ONE);
  await check();

  await page.goto('/embed?story=hostile-story&step=1');
  await expect(page.locator('[data-timeline-chart][data-chart-live]')).toBeVisible();
  await expect(page.getByRole('region', { name: TITLE }).locator('.story-text')).toHaveText(STEP_ONE);
  await check();

  const oembed = await request.get(`/api/oembed?url=${encodeURIComponent('https://hostile.example/stories/hostile-story')}`);
  const { html, title } = await oembed.json();
  expect(title).toBe(`${TITLE}: a story in 5 steps`);
  // The title is an attribute value: its quotes and brackets are escaped, so it cannot open a tag.
  expect(html).toMatch(/^<iframe src="[^"<>]+" width="\d+" height="\d+" title="[^"<>]+" style="border:0;max-width:100%" loading="lazy"><\/iframe>\n<script src="[^"<>]+" async><\/script>$/);
});
