import type { TimelineOptions } from 'vis-timeline/esnext';
import { toDayNumber } from '@/lib/dates/day-number';
import type { TimelineIndex } from '@/lib/timeline/codec';
import { WINDOW_LIMITS } from '@/lib/view/url-state';
import { itemContent, laneLabelNode } from './item-content';
import type { DrawnBucket } from './items';
import { DAY_MS, dayToDate } from './window';

// The options the chart gives vis-timeline. They read the counts drawn through
// functions, since vis-timeline calls its template whenever it redraws.

export interface ChartOptionsContext {
  buckets: () => ReadonlyMap<string, DrawnBucket>;
}

export function chartOptions(index: TimelineIndex, { buckets }: ChartOptionsContext): TimelineOptions {
  return {
    height: '100%',
    // Rows are decided from dates alone (rows.ts) and given as each item's offset, so that the
    // server's first frame has every item where vis-timeline puts it: no stacking and no clusters
    // of its own, which measure items in pixels. Counts per period stand in for clusters.
    stack: false,
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
    template: (item?: unknown) => itemContent(item, index, buckets()),
    groupTemplate: (group?: unknown) => laneLabelNode(group),
    orientation: { axis: 'top', item: 'top' },
    margin: { axis: 0, item: { horizontal: 0, vertical: 0 } },
  };
}
