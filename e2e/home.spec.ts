import { expect, test } from '@playwright/test';

test('the first page lists the events in order, with the four the user named', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'The Syrian war, 2011–2024' })).toBeVisible();
  const list = page.getByRole('region', { name: 'Events in order' }).getByRole('list');
  const items = list.getByRole('listitem');
  expect(await items.count()).toBeGreaterThan(80);

  const named: Array<[RegExp, string]> = [
    [/Russia.*(intervention|air campaign)/i, '30 September 2015'],
    [/al-Tanf/, '16 June 2016'],
    [/HTS.*Idlib|Idlib.*HTS/, '2019'],
  ];
  for (const [title, date] of named) {
    const item = items.filter({ has: page.getByRole('heading', { name: title }) }).first();
    await expect(item).toBeVisible();
    await expect(item.locator('time')).toContainText(date);
  }

  // Chronological: the first day each entry covers never goes backwards.
  const starts = await list.locator('time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
  const firstDays = starts.map((start) => `${start}-01-01`.slice(0, 10));
  expect(firstDays).toEqual([...firstDays].sort());
  await expect(page.locator('[data-timeline-chart][data-chart-live] .vis-item').first()).toBeVisible();
  // At "fit all" every event is a dot, its title on hover: the eye finds the crowded years.
  await expect(page.locator('[data-timeline-chart] .vis-item.tl-dot[data-event-id]').first()).toHaveAttribute('data-event-id', /.+/);
  await page.screenshot({ path: 'test-results/screenshots/home.png', fullPage: false });

  // The list renders its first hundred entries; the last events are a search away.
  await page.goto('/?q=Deterring+Aggression');
  const offensive = items.filter({ has: page.getByRole('heading', { name: /Deterring Aggression/ }) }).first();
  await expect(offensive).toBeVisible();
  await expect(offensive.locator('time')).toContainText('27 November 2024');
});

test('the dataset is served as JSON in its public shape', async ({ request }) => {
  const response = await request.get('/data/events.json');
  expect(response.ok()).toBe(true);
  const body = await response.json();
  expect(Object.keys(body).sort()).toEqual(['actors', 'events', 'places', 'sources', 'version']);
  expect(body.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(body.events.length).toBeGreaterThan(80);
  const tanf = body.events.find((event: { start: string }) => event.start === '2016-06-16');
  expect(tanf).toMatchObject({ precision: 'day', citations: expect.any(Array), actors: expect.any(Array) });
});
