import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '@/lib/dates/day-number';
import { decodeMask, encodeMask } from '@/lib/timeline/mask';
import { ACTORS, dataset, indexOfItems } from '@/lib/timeline/test-fixtures';
import type { LaneMode, ViewState } from '@/lib/view/url-state';
import { chartDrawing } from './drawing';
import { chartFrame } from './frame';
import { openingDrawing, openingWindow, viewLanes } from './opening';
import { ROW_PITCH, share, STRIP_PX, TITLE_SHARE } from './rows';
import { dayToDate } from './window';

// The server's first frame must be what vis-timeline is then given: the same items, in the same
// rows, at the same shares of the window.

const view = fc.record({
  keep: fc.func(fc.boolean()),
  lanes: fc.constantFrom<LaneMode | undefined>(undefined, 'actor', 'camp'),
  actors: fc.subarray(ACTORS),
  selected: fc.option(fc.nat(), { nil: undefined }),
  window: fc.option(
    fc.tuple(fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2024-01-01') }), fc.integer({ min: 7, max: 9000 })),
    { nil: undefined },
  ),
});

describe('the first frame', () => {
  it('is every item vis-timeline is first given, with its row, at its share of the window', () => {
    fc.assert(
      fc.property(dataset, view, (items, { keep, lanes, actors, selected, window }) => {
        const index = indexOfItems(items);
        const kept = items.flatMap((_, at) => (keep(at) ? [at] : []));
        const bits = decodeMask(encodeMask(kept, items.length), items.length);
        const event = selected === undefined || items.length === 0 ? undefined : items[selected % items.length]!.id;
        const state: ViewState = {
          actors,
          q: '',
          ...(lanes && { lanes }),
          ...(event !== undefined && { event }),
          ...(window && { window: { start: fromDay(window[0]), end: fromDay(window[0] + window[1]) } }),
        };
        const opening = openingDrawing(index, bits, state);
        if (!opening) return;
        // What the browser hands vis-timeline once it has opened on the same window.
        const shown = openingWindow(index, bits, state)!;
        const pinned = event === undefined ? undefined : index.position.get(event);
        const live = chartDrawing(index, bits, viewLanes(index, bits, state), shown, { pinned });
        const frame = chartFrame(index, opening.drawing, opening.window);
        expect(frame.items.map((item) => [item.id, item.eventId, item.lane, item.className, item.style])).toEqual(
          live.items.map((item) => [String(item.id), item['event-id'], item.lane, item.className, item.style]),
        );
        frame.items.forEach((item, at) => {
          const given = live.items[at]!;
          expect(item.left).toBeCloseTo(share(given.start, shown.start, shown.end) * 100, 3);
          if (given.end !== undefined) expect(item.width).toBeCloseTo((share(given.end, shown.start, shown.end) - share(given.start, shown.start, shown.end)) * 100, 3);
          expect(item.type).toBe(given.type === 'range' ? 'range' : 'box');
        });
        expect(frame.lanes?.map((lane) => lane.key) ?? null).toEqual(live.groups?.map((group) => group.id) ?? null);
      }),
      { numRuns: 60 },
    );
  });

  it('puts no two events of a row over each other while the rows last, and the counts in a strip above them', () => {
    fc.assert(
      fc.property(dataset, fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2024-01-01') }), fc.integer({ min: 7, max: 9000 }), (items, from, days) => {
        const index = indexOfItems(items);
        const shown = { start: dayToDate(from).getTime(), end: dayToDate(from + days).getTime() };
        const drawing = chartDrawing(index, null, null, shown, {});
        const { rows } = drawing;
        const pitch = ROW_PITCH[rows.mode];
        const strip = rows.strips.has('') ? STRIP_PX : 0;
        const byOffset = new Map<number, Array<[number, number]>>();
        for (const item of drawing.items) {
          const offset = rows.offsets.get(String(item.id))!;
          if (item['event-id'] === undefined) {
            expect(offset).toBe(0);
            continue;
          }
          expect((offset - strip) % pitch).toBe(0);
          const left = share(item.start, shown.start, shown.end);
          const room = rows.mode === 'titled' ? TITLE_SHARE : 1 / 100;
          const extent: [number, number] = item.end === undefined ? [left - room / 2, left + room / 2] : [left, Math.max(share(item.end, shown.start, shown.end), left + room / 2)];
          byOffset.set(offset, [...(byOffset.get(offset) ?? []), extent]);
        }
        const full = (rows.rows.get('') ?? 0) >= (rows.mode === 'titled' ? 8 : 16);
        if (full) return;
        for (const extents of byOffset.values()) {
          const sorted = [...extents].sort((a, b) => a[0] - b[0]);
          sorted.slice(1).forEach((extent, at) => expect(extent[0]).toBeGreaterThanOrEqual(sorted[at]![1] - 1e-9));
        }
      }),
      { numRuns: 60 },
    );
  });
});

function fromDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
