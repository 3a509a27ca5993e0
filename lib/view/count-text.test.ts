import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countText } from './count-text';

describe('countText', () => {
  it('groups thousands as English does', () => {
    expect(countText(0)).toBe('0');
    expect(countText(999)).toBe('999');
    expect(countText(1000)).toBe('1,000');
    expect(countText(50_000)).toBe('50,000');
    expect(countText(1_234_567)).toBe('1,234,567');
  });

  it('writes every integer as toLocaleString("en") does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (count) => {
        expect(countText(count)).toBe(count.toLocaleString('en'));
      }),
    );
  });
});
