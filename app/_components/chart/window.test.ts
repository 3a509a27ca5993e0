import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '@/lib/dates/day-number';
import { encodeIndex } from '@/lib/timeline/codec';
import { encodeMask, decodeMask } from '@/lib/timeline/mask';
import { decoded } from '@/lib/timeline/test-fixtures';
import { bulkExtent, dateToDay, dayToDate, homeWindow, keptExtent, windowAround } from './window';

const entry = (id: string, start: string, end?: string) => ({
  id,
  title: id,
  dateLabel: start,
  camp: 'other' as const,
  written: start,
  actorNames: [],
  outlets: [],
  approximate: false,
  actors: [],
  roles: [],
  places: [],
  start,
  ...(end && { end }),
});
const index = decoded(encodeIndex([entry('a', '2012-03-01'), entry('b', '2015-06-10', '2015-07-01'), entry('c', '2020-01-01')], []));

describe('window arithmetic', () => {
  it('turns a day number into local midnight of that day and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2035-01-01') }), (day) => {
        expect(dateToDay(dayToDate(day))).toBe(day);
        expect(dayToDate(day).getHours()).toBe(0);
      }),
    );
  });

  it('covers every kept event with room at each end', () => {
    const [start, end] = keptExtent(index, null)!;
    expect(dateToDay(start)).toBeLessThan(toDayNumber('2012-03-01'));
    expect(dateToDay(end)).toBeGreaterThan(toDayNumber('2020-01-01'));
    const onlyB = decodeMask(encodeMask([1], 3), 3);
    const [from, to] = keptExtent(index, onlyB)!;
    expect(fromDayNumber(dateToDay(from)) < '2015-06-10' && fromDayNumber(dateToDay(to)) > '2015-07-01').toBe(true);
    expect(dateToDay(to) - dateToDay(from)).toBeLessThan(200);
    expect(keptExtent(index, decodeMask(encodeMask([], 3), 3))).toBeNull();
  });

  it('opens on a year around the selection, or on everything kept', () => {
    const [start, end] = homeWindow(index, null, 'c')!;
    expect(Math.round((end.getTime() - start.getTime()) / 86_400_000)).toBe(365);
    expect(start.getTime() < dayToDate(toDayNumber('2020-01-01')).getTime() && end.getTime() > dayToDate(toDayNumber('2020-01-01')).getTime()).toBe(true);
    expect(homeWindow(index, null, undefined)).toEqual(keptExtent(index, null));
    expect(windowAround(0, 2)).toEqual([new Date(-86_400_000), new Date(86_400_000)]);
  });

  it('opens where the precise events are: one approximate span of years does not set the window', () => {
    const withSpan = decoded(
      encodeIndex([{ ...entry('span', '2011-01-01', '2015-12-31'), approximate: true }, entry('d', '2015-09-30'), entry('e', '2016-03-01'), entry('f', '2016-06-01', '2019-06-01')], []),
    );
    const [start, end] = homeWindow(withSpan, null, undefined)!;
    expect(fromDayNumber(dateToDay(start)) > '2015-06-01' && fromDayNumber(dateToDay(start)) < '2015-09-30').toBe(true);
    expect(fromDayNumber(dateToDay(end)) > '2016-03-01' && fromDayNumber(dateToDay(end)) < '2016-06-01').toBe(true);
    // Only approximate or long events: all of them.
    expect(bulkExtent(withSpan, decodeMask(encodeMask([0, 3], 4), 4))).toEqual(keptExtent(withSpan, decodeMask(encodeMask([0, 3], 4), 4)));
  });
});
