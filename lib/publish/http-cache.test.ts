import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import policy from './cache-policy.json';
import { cacheableBody, cachedResponse, contentEtag, IMMUTABLE_CACHE_CONTROL, matchesIfNoneMatch, SHARED_CACHE_CONTROL } from './http-cache';

describe('matchesIfNoneMatch', () => {
  it('finds the tag in a list, weak or strong, and takes * as any', () => {
    expect(matchesIfNoneMatch('"abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('W/"abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"abc"', 'W/"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"x", W/"abc" ,"y"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('*', '"abc"')).toBe(true);
  });

  it('needs the whole tag: no header, another tag, a prefix or an unquoted one do not match', () => {
    expect(matchesIfNoneMatch(null, '"abc"')).toBe(false);
    expect(matchesIfNoneMatch('', '"abc"')).toBe(false);
    expect(matchesIfNoneMatch('"ab"', '"abc"')).toBe(false);
    expect(matchesIfNoneMatch('"abcd"', '"abc"')).toBe(false);
    expect(matchesIfNoneMatch('abc', '"abc"')).toBe(false);
  });
});

describe('contentEtag', () => {
  it('is a quoted hash of the body: equal bodies, equal tags; any change, another tag', () => {
    expect(contentEtag('{"a":1}')).toMatch(/^"[\w-]{20,}"$/);
    expect(contentEtag('{"a":1}')).toBe(contentEtag('{"a":1}'));
    expect(contentEtag('{"a":1}')).not.toBe(contentEtag('{"a":2}'));
  });
});

describe('cachedResponse', () => {
  const document = cacheableBody('{"events":[]}');
  const get = (headers: Record<string, string> = {}) => new Request('http://localhost/data/events.json', { headers });

  it('answers with the body, its ETag and the shared cache policy', async () => {
    const response = cachedResponse(get(), document, { 'Content-Type': 'application/json' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"events":[]}');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('etag')).toBe(document.etag);
    expect(response.headers.get('cache-control')).toBe(SHARED_CACHE_CONTROL);
  });

  it('answers 304 without a body to a request that holds this version, and the body to one that holds another', async () => {
    const fresh = cachedResponse(get({ 'If-None-Match': document.etag }), document, {}, IMMUTABLE_CACHE_CONTROL);
    expect(fresh.status).toBe(304);
    expect(await fresh.text()).toBe('');
    expect(fresh.headers.get('etag')).toBe(document.etag);
    expect(fresh.headers.get('cache-control')).toBe(IMMUTABLE_CACHE_CONTROL);
    const stale = cachedResponse(get({ 'If-None-Match': contentEtag('older') }), document, {});
    expect(stale.status).toBe(200);
  });

  it('says shared caches may keep it, browsers must ask again, and caches may serve it stale while they do', () => {
    expect(SHARED_CACHE_CONTROL).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
  });
});

describe('next.config.js', () => {
  type Rule = { source: string; headers: Array<{ key: string; value: string }> };
  const config = createRequire(import.meta.url)('../../next.config.js') as { headers: () => Promise<Rule[]> };
  const { getPathMatch } = createRequire(import.meta.url)('next/dist/shared/lib/router/utils/path-match') as {
    getPathMatch: (source: string, options: { strict: boolean; removeUnnamedParams: boolean }) => (path: string) => unknown;
  };

  it('gives every address the one shared policy, in one rule, but the paths the policy excepts', async () => {
    const rules = (await config.headers()).filter((rule) => rule.headers.some((header) => header.key === 'Cache-Control'));
    expect(rules).toHaveLength(1);
    const rule = rules[0]!;
    expect(rule.headers).toEqual([{ key: 'Cache-Control', value: SHARED_CACHE_CONTROL }]);
    const matches = getPathMatch(rule.source, { strict: true, removeUnnamedParams: true });
    for (const path of ['/', '/embed', '/embed/events/x', '/places/aleppo-city', '/changes', '/changes.atom', '/data/events.json', '/api/oembed', '/embed-resize.js', '/data/timeline-index.json/x']) {
      expect(matches(path), path).toBeTruthy();
    }
    for (const path of ['/_next/static/chunks/app.js', '/_next/static/media/font.woff2', '/data/timeline-index.json']) expect(matches(path), path).toBe(false);
  });

  it('names a reason for each exception', () => {
    expect(policy.exceptions.length).toBeGreaterThan(0);
    for (const exception of policy.exceptions) expect(exception.reason, JSON.stringify(exception)).toMatch(/\w+ \w+ \w+ \w+/);
  });
});
