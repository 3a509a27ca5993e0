import { format, isValid, lastDayOfMonth } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEvents, firstDay, formatEventDate, formatPartial, lastDay, localDay, parsePartialDate } from '@/lib/dates/partial-date';

describe('parsePartialDate', () => {
  it('reads each form and refuses what is not a calendar date', () => {
    expect(parsePartialDate('2015')).toEqual({ year: 2015 });
    expect(parsePartialDate('2015-09')).toEqual({ year: 2015, month: 9 });
    expect(parsePartialDate('2015-09-30')).toEqual({ year: 2015, month: 9, day: 30 });
    expect(parsePartialDate('2016-02-29')).toEqual({ year: 2016, month: 2, day: 29 });
    for (const bad of ['2015-02-29', '2015-13', '2015-00', '2015-9-30', '15', '2015-09-31', '']) {
      expect(parsePartialDate(bad)).toBeNull();
    }
  });

  it('gives the first and last day a date covers', () => {
    expect(firstDay({ year: 2014 })).toBe('2014-01-01');
    expect(lastDay({ year: 2014 })).toBe('2014-12-31');
    expect(lastDay({ year: 2016, month: 2 })).toBe('2016-02-29');
    expect(lastDay({ year: 2016, month: 6, day: 16 })).toBe('2016-06-16');
  });
});

describe('formatEventDate', () => {
  it.each([
    [{ start: '2015-09-30', precision: 'day' }, '30 September 2015'],
    [{ start: '2015-09', precision: 'month' }, 'September 2015'],
    [{ start: '2011', precision: 'year' }, '2011'],
    [{ start: '2021', end: '2023', precision: 'year' }, '2021–2023'],
    [{ start: '2014-06', end: '2014-08', precision: 'approximate' }, 'summer 2014 (approx.)'],
    [{ start: '2019-02', end: '2019-03', precision: 'month' }, 'February–March 2019'],
    [{ start: '2014-11-10', end: '2014-11-16', precision: 'approximate' }, '10–16 November 2014 (approx.)'],
    [{ start: '2016-05-29', end: '2016-06-03', precision: 'approximate' }, '29 May – 3 June 2016 (approx.)'],
    [{ start: '2015-09-30', end: '2016-03', precision: 'approximate' }, '30 September 2015 – March 2016 (approx.)'],
    [{ start: '2015-06', precision: 'approximate' }, 'June 2015 (approx.)'],
  ] as const)('%o is shown as %s', (event, expected) => {
    expect(formatEventDate(event)).toBe(expected);
  });
});

// The module runs in the browser too, so it spells dates itself; date-fns, which the server used to
// spell them with, is the oracle here.
describe('the same as date-fns', () => {
  const year = fc.integer({ min: 1000, max: 9999 });
  const month = fc.integer({ min: 1, max: 12 });

  it('reads the same calendar days', () => {
    fc.assert(
      fc.property(year, month, fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const date = new Date(y, m - 1, d);
        const real = isValid(date) && date.getMonth() === m - 1 && date.getDate() === d;
        expect(parsePartialDate(text) !== null).toBe(real);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes each form and finds each month\'s last day as date-fns does', () => {
    fc.assert(
      fc.property(year, month, fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const day = new Date(y, m - 1, d);
        expect(formatPartial({ year: y, month: m, day: d })).toBe(format(day, 'd MMMM yyyy'));
        expect(formatPartial({ year: y, month: m })).toBe(format(day, 'MMMM yyyy'));
        expect(lastDay({ year: y, month: m })).toBe(format(lastDayOfMonth(day), 'yyyy-MM-dd'));
        expect(localDay(new Date(y, m - 1, d, 23, 59))).toBe(format(day, 'yyyy-MM-dd'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('compareEvents', () => {
  it('orders by first day, then the shorter span, then id', () => {
    const events = [
      { id: 'c', start: '2015-10', precision: 'month' as const },
      { id: 'b', start: '2015', precision: 'year' as const },
      { id: 'a', start: '2015-10-08', precision: 'day' as const },
      { id: 'd', start: '2015-10-01', precision: 'day' as const },
    ];
    expect([...events].sort(compareEvents).map((e) => e.id)).toEqual(['b', 'd', 'c', 'a']);
  });
});
