import { describe, expect, it } from 'vitest';
import { fnv1a } from '@/lib/timeline/hash';

describe('fnv1a', () => {
  // Masks and index versions are named by this hash in URLs that caches and readers keep: it must
  // stay FNV-1a (32-bit) exactly, or every name would change with no change to the data.
  it('gives the published FNV-1a values, in base 36', () => {
    expect(fnv1a('')).toBe((0x811c9dc5).toString(36));
    expect(fnv1a('a')).toBe((0xe40c292c).toString(36));
    expect(fnv1a('foobar')).toBe((0xbf9cf968).toString(36));
  });

  it('tells apart texts that differ in one character or in order', () => {
    expect(fnv1a('AAAB')).not.toBe(fnv1a('AAAC'));
    expect(fnv1a('ab')).not.toBe(fnv1a('ba'));
  });
});
