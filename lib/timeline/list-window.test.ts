import { describe, expect, it } from 'vitest';
import { listWindowBounds } from '@/lib/timeline/list-window';

describe('listWindowBounds', () => {
  it('centres the page on the selection', () => {
    expect(listWindowBounds(50, 200, 10)).toEqual({ first: 45, end: 55 });
    expect(listWindowBounds(50, 200, 11)).toEqual({ first: 45, end: 56 });
  });

  it('keeps the page inside the list at both ends', () => {
    expect(listWindowBounds(2, 200, 10)).toEqual({ first: 0, end: 10 });
    expect(listWindowBounds(198, 200, 10)).toEqual({ first: 190, end: 200 });
  });

  it('shows the whole list when it is shorter than a page, and nothing when it is empty', () => {
    expect(listWindowBounds(3, 4, 10)).toEqual({ first: 0, end: 4 });
    expect(listWindowBounds(0, 0, 10)).toEqual({ first: 0, end: 0 });
  });
});
