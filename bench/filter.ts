import type { Page } from '@playwright/test';
import type { MeasuredWindow } from './page-instruments';
import type { PlainWindow } from './plain-page';

// An actor filter, to the next paint: the app through its filter bar, the plain page by handing
// vis-timeline that actor's events. Both then show every event again, to zoom over all of them.

export const FILTER_ACTOR = 'russia';
const FILTER_LABEL = 'Russia (';

export async function appFilterMs(page: Page): Promise<number> {
  await page.locator('.actor-filter summary').click();
  const unfiltered = await page.locator('.list-scroll').getAttribute('data-filter');
  const took = await page.evaluate(async (label) => {
    // The list and the chart each name the set of events they show: done once both name the new
    // one on screen, after the next paint.
    const canvas = document.querySelector<HTMLElement>('.timeline-canvas')!;
    const list = () => document.querySelector<HTMLElement>('.list-scroll')?.dataset.filter;
    const before = list();
    const box = [...document.querySelectorAll<HTMLInputElement>('.actor-filter input[type="checkbox"]')].find((input) =>
      input.parentElement?.textContent?.startsWith(label),
    )!;
    const started = performance.now();
    box.click();
    await (window as unknown as MeasuredWindow).__untilPainted(() => list() !== before && canvas.dataset.filter === list());
    return Math.round(performance.now() - started);
  }, FILTER_LABEL);
  await page.locator('.actor-filter label').filter({ hasText: FILTER_LABEL }).locator('input').uncheck();
  await page.waitForURL((url) => !url.searchParams.has('actors'));
  await page.waitForFunction(
    (key) => document.querySelector<HTMLElement>('.list-scroll')?.dataset.filter === key && document.querySelector<HTMLElement>('.timeline-canvas')?.dataset.filter === key,
    unfiltered,
  );
  return took;
}

export function plainFilterMs(page: Page): Promise<number> {
  return page.evaluate(async (actor) => {
    const state = window as unknown as PlainWindow & MeasuredWindow;
    const started = performance.now();
    state.items.clear();
    state.items.add(state.toItems(state.allEvents.filter((event) => event.actors.includes(actor))));
    // vis-timeline redraws on the next frame: the clock stops once it is painted, as for the app.
    await state.__untilPainted(() => true);
    const took = Math.round(performance.now() - started);
    state.items.clear();
    state.items.add(state.toItems(state.allEvents));
    await state.__untilPainted(() => true);
    return took;
  }, FILTER_ACTOR);
}
