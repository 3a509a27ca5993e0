import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '@/lib/publish/text-fragment';

describe('textFragmentUrl', () => {
  it('links a short quote whole, encoding the characters that are syntax in a fragment', () => {
    expect(textFragmentUrl('https://example.org/a', 'Al-Qaeda, and ISIS & co')).toBe(
      'https://example.org/a#:~:text=Al%2DQaeda%2C%20and%20ISIS%20%26%20co',
    );
  });

  it('links a long quote by its first and last words, and replaces an existing fragment', () => {
    const quote = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    expect(textFragmentUrl('https://example.org/a#top', quote)).toBe(
      'https://example.org/a#:~:text=one%20two%20three%20four%20five%20six,nine%20ten%20eleven%20twelve%20thirteen%20fourteen',
    );
  });
});
