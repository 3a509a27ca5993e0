import type { TimelineOptions } from 'vis-timeline/peer';
import { toDayNumber } from '@/lib/dates/day-number';
import type { TimelineIndex } from '@/lib/timeline/codec';
import { WINDOW_LIMITS } from '@/lib/view/url-state';
import { itemContent, itemEventId, itemSpan, laneLabelNode } from './item-content';
import type { DrawnBucket } from './items';
import { DAY_MS, dayToDate } from './window';

// The options the chart gives vis-timeline. They read the counts drawn and the selection through
// functions, since vis-timeline calls its template and ordering whenever it redraws.

export interface ChartOptionsContext {
  buckets: () => ReadonlyMap<string, DrawnBucket>;
  selected: () => string | undefined;
}

export function chartOptions(index: TimelineIndex, { buckets, selected }: ChartOptionsContext): TimelineOptions {
  // The selected event is never merged into a cluster, so it stays visible. Nor is anything while the
  // window shows counts: a cluster would count a count as one event, and next to the counts the
  // events drawn are the sparse periods', which a cluster would only hide.
  const isClusterable = (item: unknown) => buckets().size === 0 && itemEventId(item) !== selected();
  return {
    height: '100%',
    stack: true,
    zoomable: true,
    zoomMin: 7 * DAY_MS,
    // The address can say any window the chart can show (see `WINDOW_LIMITS`).
    zoomMax: (WINDOW_LIMITS.maxDays - 1) * DAY_MS,
    min: dayToDate(toDayNumber(WINDOW_LIMITS.first)),
    max: dayToDate(toDayNumber(WINDOW_LIMITS.last) + 1),
    showCurrentTime: false,
    selectable: true,
    multiselect: false,
    verticalScroll: true,
    showTooltips: false,
    dataAttributes: ['event-id', 'lane'],
    groupOrder: 'order',
    // Neighbouring events merge into a count and split apart as you zoom in.
    cluster: {
      maxItems: 3,
      titleTemplate: '{count} events here: zoom in to separate them',
      showStipes: true,
      fitOnDoubleClick: true,
      clusterCriteria: (first, second) => isClusterable(first) && isClusterable(second),
    },
    template: (item?: unknown) => itemContent(item, index, buckets()),
    groupTemplate: (group?: unknown) => laneLabelNode(group),
    // Stack the selected event on top, then short events before long ones, so multi-year spans
    // sink to the bottom instead of pushing everything else out of view.
    order: (a: unknown, b: unknown) => {
      const id = selected();
      if (id !== undefined && itemEventId(a) === id) return -1;
      if (id !== undefined && itemEventId(b) === id) return 1;
      return itemSpan(a) - itemSpan(b);
    },
    orientation: { axis: 'top', item: 'top' },
    margin: { item: { horizontal: 4, vertical: 4 } },
  };
}
