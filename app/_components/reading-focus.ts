// Where the items a reader selects are on the page: the chart's (inside the element marked
// `data-timeline-chart`, or vis-timeline's canvas) and the list's entries.

const CHART = ':is([data-timeline-chart], .timeline-canvas)';

/** An element of the chart or the list that draws one event, carrying its id. */
export const SELECTABLE_ITEM = `${CHART} [data-event-id], .event-list [data-event-id]`;

const byId = (id: string) => `[data-event-id="${CSS.escape(id)}"]`;

/** The link of an event's entry in the list, if the list shows it. */
export function listLinkOf(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.event-list ${byId(id)} a`);
}

/** What draws an event on the chart, or the chart itself when the event is in a count or out of its window. */
export function chartItemOf(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`${CHART} ${byId(id)}`) ?? document.querySelector<HTMLElement>(CHART);
}

/**
 * Scrolls the page, and only the page, until the element is on screen. (`scrollIntoView` would also
 * scroll the chart's own clipped panes.)
 */
export function bringIntoView(element: Element | null | undefined) {
  if (!element) return;
  const box = element.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= window.innerHeight) return;
  window.scrollBy({ top: box.top - Math.max(16, (window.innerHeight - box.height) / 3), behavior: 'instant' });
}
