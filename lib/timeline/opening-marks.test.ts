import { beforeEach, describe, expect, it } from 'vitest';
import { markOpening, OPENING_MARKS } from './opening-marks';

describe('markOpening', () => {
  beforeEach(() => performance.clearMarks());

  it('marks each step of the first opening under its own name', () => {
    markOpening('requested');
    markOpening('made');
    expect(performance.getEntriesByType('mark').map((mark) => mark.name)).toEqual([OPENING_MARKS.requested, OPENING_MARKS.made]);
  });

  it('keeps the first mark when a later chart in the same page opens again', () => {
    markOpening('evaluated');
    const first = performance.getEntriesByName(OPENING_MARKS.evaluated, 'mark')[0]?.startTime;
    markOpening('evaluated');
    const marks = performance.getEntriesByName(OPENING_MARKS.evaluated, 'mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.startTime).toBe(first);
  });
});
