import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '@/lib/dates/day-number';
import { periodAfter, periodLabel, periodStart, type Period } from '@/lib/dates/periods';

describe('calendar periods', () => {
  const periods: Period[] = ['day', 'week', 'month', 'quarter', 'year', 'five-years'];

  it('hold their day, start where the previous one ends, and never overlap', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2035-12-31') }), fc.constantFrom(...periods), (day, period) => {
        const start = periodStart(day, period);
        const end = periodAfter(start, period);
        expect(start).toBeLessThanOrEqual(day);
        expect(end).toBeGreaterThan(day);
        expect(periodStart(start, period)).toBe(start);
        expect(periodStart(end, period)).toBe(end);
        expect(periodStart(end - 1, period)).toBe(start);
      }),
    );
  });

  it('begin on Mondays, on the first of a month, a quarter, a year, a five-year span', () => {
    const day = toDayNumber('2013-08-15');
    expect(fromDayNumber(periodStart(day, 'week'))).toBe('2013-08-12');
    expect(fromDayNumber(periodStart(day, 'month'))).toBe('2013-08-01');
    expect(fromDayNumber(periodStart(day, 'quarter'))).toBe('2013-07-01');
    expect(fromDayNumber(periodStart(day, 'year'))).toBe('2013-01-01');
    expect(fromDayNumber(periodStart(day, 'five-years'))).toBe('2010-01-01');
    expect(fromDayNumber(periodAfter(periodStart(day, 'five-years'), 'five-years'))).toBe('2015-01-01');
  });

  it('are named as a reader would say them', () => {
    const day = toDayNumber('2013-08-15');
    expect(periods.map((period) => periodLabel(periodStart(day, period), period))).toEqual([
      '15 August 2013',
      'week of 12 August 2013',
      'August 2013',
      'July–September 2013',
      '2013',
      '2010–2014',
    ]);
  });

  it('name every month as English does', () => {
    const english = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2035-12-31') }), (day) => {
        const start = periodStart(day, 'month');
        expect(periodLabel(start, 'month')).toBe(english.format(new Date(`${fromDayNumber(start)}T00:00:00Z`)));
      }),
    );
  });
});
