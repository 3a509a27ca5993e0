import { describe, expect, it } from 'vitest';
import { toDayNumber } from '@/lib/dates/day-number';
import type { Bucket } from '@/lib/timeline/window-content';
import { decoded } from '@/lib/timeline/test-fixtures';
import { encodeIndex } from '@/lib/timeline/codec';
import type { TimelineItemData } from '@/lib/timeline/entries';
import { bucketItems, bucketLabel, bucketTitle, eventItem, eventTooltip } from './items';

const items: TimelineItemData[] = [
  { id: 'span', title: 'A span', dateLabel: 'summer 2014 (approx.)', camp: 'jihadist', written: '2014-06', actorNames: [], outlets: [], approximate: true, actors: [], roles: [], places: [], start: '2014-06-01', end: '2014-09-01' },
  { id: 'point', title: 'A point', dateLabel: '16 June 2016', camp: 'regime', written: '2016-06-16', actorNames: [], outlets: [], approximate: false, actors: [], roles: [], places: [], start: '2016-06-16' },
];
const index = decoded(encodeIndex(items, []));

const bucket = (start: string, end: string, count: number): Bucket => ({
  start: toDayNumber(start),
  end: toDayNumber(end),
  period: 'month',
  count,
  camp: 'opposition',
  first: [],
});

describe('chart items', () => {
  it('draw a known day as a box and a span as a range, coloured by camp, approximate marked', () => {
    const span = eventItem(index, index.position.get('span')!);
    expect(span).toMatchObject({ id: 'span', 'event-id': 'span', type: 'range', className: 'camp-jihadist is-approximate', content: '' });
    expect(span.start).toEqual(new Date(2014, 5, 1));
    expect(span.end).toEqual(new Date(2014, 8, 1));
    const point = eventItem(index, index.position.get('point')!);
    expect(point).toMatchObject({ type: 'box', className: 'camp-regime' });
    expect(point.end).toBeUndefined();
  });

  it('say "approximately" in an approximate event’s tooltip', () => {
    expect(eventTooltip(index, index.position.get('span')!)).toBe('A span (approximately summer 2014)');
    expect(eventTooltip(index, index.position.get('point')!)).toBe('A point (16 June 2016)');
  });
});

describe('period bars', () => {
  const buckets = [bucket('2016-01-01', '2016-02-01', 1045), bucket('2016-02-01', '2016-03-01', 3)];

  it('show their number alone, light next to the events, and say what they count in their name', () => {
    const { drawn } = bucketItems(buckets);
    expect([...drawn.values()].map(bucketLabel)).toEqual(['1,045', '3']);
  });

  it('stop short of the next period, whatever the chart’s width, and name what they show in their ids', () => {
    const { items } = bucketItems(buckets);
    expect(items).toHaveLength(2);
    const [first, second] = items;
    expect((first!.end as Date).getTime()).toBeLessThan((second!.start as Date).getTime());
    expect(first!.id).not.toBe(bucketItems([{ ...buckets[0]!, count: 1044 }]).items[0]!.id);
    expect(first!.id).not.toBe(bucketItems([{ ...buckets[0]!, begunBefore: true }]).items[0]!.id);
  });

  it('name their period and count on hover', () => {
    expect(bucketTitle(buckets[0]!)).toBe('January 2016: 1,045 events. Select to zoom in.');
    expect(bucketTitle({ ...buckets[1]!, count: 1, laneName: 'Russia' })).toBe('Russia, February 2016: 1 event. Select to zoom in.');
  });

  it('say that the events begun before the window were, rather than name the period they are drawn in', () => {
    expect(bucketTitle({ ...buckets[0]!, begunBefore: true })).toBe('Begun before this window and still under way: 1,045 events. Select to zoom in.');
    expect(bucketTitle({ ...buckets[1]!, begunBefore: true, laneName: 'Russia' })).toBe(
      'Russia, begun before this window and still under way: 3 events. Select to zoom in.',
    );
  });
});
