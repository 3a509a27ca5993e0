import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { entryBytes, ViewCache, type RenderedView } from './view-cache';

const page = (bytes: number): RenderedView => ({ body: new Uint8Array(bytes), headers: { 'content-type': 'text/html' } });

describe('ViewCache', () => {
  it('drops the least recently used view past its count', () => {
    const cache = new ViewCache({ maxEntries: 2, maxBytes: 1_000_000 });
    cache.set('a', page(10));
    cache.set('b', page(10));
    expect(cache.get('a')).toBeDefined();
    cache.set('c', page(10));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.size).toBe(2);
  });

  it('drops the least recently used views past its bytes, counting keys and headers', () => {
    const cache = new ViewCache({ maxEntries: 100, maxBytes: 3_000, maxEntryBytes: 3_000 });
    for (const key of ['a', 'b', 'c', 'd']) cache.set(key, page(300));
    expect(cache.bytes).toBe(4 * entryBytes('a', page(300)));
    cache.set('e', page(2_000));
    expect(cache.bytes).toBeLessThanOrEqual(3_000);
    expect(['a', 'b'].map((key) => cache.get(key))).toEqual([undefined, undefined]);
    expect(['c', 'd', 'e'].every((key) => cache.get(key))).toBe(true);
    expect(entryBytes('key', page(10))).toBe(10 + 2 * ('key'.length + 'content-type'.length + 'text/html'.length));
  });

  it('keeps no view larger than its share, and replaces a view kept under the same key', () => {
    const cache = new ViewCache({ maxEntries: 10, maxBytes: 8_000 });
    expect(cache.set('huge', page(1_500))).toBe(false);
    expect(cache.size).toBe(0);
    cache.set('a', page(100));
    cache.set('a', page(200));
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(entryBytes('a', page(200)));
  });

  it('renders a view once for every request that waits for it, and keeps no failed render', async () => {
    const cache = new ViewCache({ maxEntries: 10, maxBytes: 100_000 });
    let renders = 0;
    const render = async () => {
      renders += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return page(10);
    };
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.getOrRender('a', render)));
    expect(renders).toBe(1);
    expect(new Set(answers).size).toBe(1);
    await cache.getOrRender('a', render);
    expect(renders).toBe(1);
    expect(await cache.getOrRender('b', () => Promise.resolve(null))).toBeNull();
    expect(await cache.getOrRender('c', () => Promise.reject(new Error('down')))).toBeNull();
    expect(cache.size).toBe(1);
  });

  it('stays within both bounds under 10,000 distinct search strings, and its memory with it', async () => {
    const limits = { maxEntries: 500, maxBytes: 8 * 1024 * 1024 };
    const cache = new ViewCache(limits);
    v8.setFlagsFromString('--expose-gc');
    const collectGarbage = vm.runInNewContext('gc') as () => void;
    collectGarbage();
    const before = process.memoryUsage().arrayBuffers;
    let rendered = 0;
    for (let n = 0; n < 10_000; n += 1) {
      const bytes = 30_000 + (n % 7) * 10_000;
      rendered += bytes;
      const view = await cache.getOrRender(`v1?q=${encodeURIComponent(`hostile search ${n} ${'x'.repeat(n % 200)}`)}`, () => Promise.resolve(page(bytes)));
      expect(view).not.toBeNull();
      expect(cache.size).toBeLessThanOrEqual(limits.maxEntries);
      expect(cache.bytes).toBeLessThanOrEqual(limits.maxBytes);
    }
    // The bodies live outside the JS heap: once the dropped ones are collected, what is held is about
    // what is kept. What stays is a few times the bound at most: the collector and the test runner's
    // own buffers make the figure noisy (CI once measured 4.1 times), so the bound allows eight times,
    // still less than an eighth of what was rendered, which a cache that kept everything would hold.
    collectGarbage();
    const held = limits.maxBytes * 8;
    expect(rendered).toBeGreaterThan(held * 8);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(held);
  }, 60_000);
});
