import type { Page } from '@playwright/test';
import type { PlainWindow } from './plain-page';

// The longest task and the longest frame while zooming over every event from "fit all" to a month
// and back: the app through its toolbar, the plain page through vis-timeline's own calls.

export interface ZoomFigures {
  longestTaskMs: number;
  frameMs: number;
}

/** Runs `action` in the page and reports the longest task and the longest frame while it runs. */
export async function duringZoom(page: Page, action: () => Promise<void>): Promise<ZoomFigures> {
  await page.evaluate(() => {
    const state = window as unknown as { __longTasks: number[]; __frames: number[]; __framing: boolean };
    state.__longTasks.length = 0;
    state.__frames = [];
    state.__framing = true;
    let last = performance.now();
    const tick = (now: number) => {
      state.__frames.push(now - last);
      last = now;
      if (state.__framing) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await action();
  return page.evaluate(() => {
    const state = window as unknown as { __longTasks: number[]; __frames: number[]; __framing: boolean };
    state.__framing = false;
    return { longestTaskMs: Math.round(Math.max(0, ...state.__longTasks)), frameMs: Math.round(Math.max(0, ...state.__frames)) };
  });
}

export const APP_ZOOM_STEPS = [
  ['Fit all', 300],
  [/^(One month|Month around selection)$/, 700],
  ['Fit all', 700],
] as const;

/** The app's toolbar, step by step; `between` runs after each step has settled. */
export async function appZoom(page: Page, between: () => Promise<void> = () => Promise.resolve()): Promise<void> {
  for (const [button, settle] of APP_ZOOM_STEPS) {
    await page.getByRole('button', { name: button }).click();
    await page.waitForTimeout(settle);
    await between();
  }
}

/** The same steps on the plain page: fit, a month around the centre, fit. */
export async function plainZoom(page: Page, between: () => Promise<void> = () => Promise.resolve()): Promise<void> {
  await page.evaluate(() => (window as unknown as PlainWindow).timeline.fit({ animation: false }));
  await page.waitForTimeout(300);
  await between();
  await page.evaluate(() => {
    const { timeline } = window as unknown as PlainWindow;
    const { start, end } = timeline.getWindow();
    const centre = (start.getTime() + end.getTime()) / 2;
    timeline.setWindow(new Date(centre - 15.5 * 86_400_000), new Date(centre + 15.5 * 86_400_000), { animation: false });
  });
  await page.waitForTimeout(700);
  await between();
  await page.evaluate(() => (window as unknown as PlainWindow).timeline.fit({ animation: false }));
  await page.waitForTimeout(700);
}
