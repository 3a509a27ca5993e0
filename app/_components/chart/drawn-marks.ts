import { serializeWindow } from '@/lib/view/url-state';
import type { ChartDrawing } from './drawing';
import { daysShown } from './window';

/**
 * What the chart's container says about what is on screen, once vis-timeline has drawn it: the
 * window, how many events it draws and holds, the set of events (`filter`, named as the list names
 * it) and the lanes. The journeys, the benchmark and the map's tests wait on these.
 */
export function markDrawn(
  container: HTMLElement,
  drawing: Pick<ChartDrawing, 'drawn' | 'inWindow' | 'groups'>,
  { start, end, filter, lanes }: { start: Date; end: Date; filter: string; lanes: string },
): void {
  const days = daysShown(start, end);
  container.dataset.window = serializeWindow(days);
  container.dataset.windowStart = days.start;
  container.dataset.windowEnd = days.end;
  container.dataset.drawn = String(drawing.drawn);
  container.dataset.inWindow = String(drawing.inWindow);
  container.dataset.filter = filter;
  container.dataset.lanes = drawing.groups ? lanes : '';
}
