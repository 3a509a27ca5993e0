import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { SHARED_CACHE_CONTROL } from './http-cache';
import { timelineResponse } from './timeline-cache';

const home = { buildId: 'b', version: 'v1', html: '<!doctype html><title>stored</title>' };
const request = (query = '', headers: Record<string, string> = {}, method = 'GET') => new NextRequest(`http://localhost/${query}`, { headers, method });
const passedOn = (response: Response) => response.headers.get('x-middleware-next') === '1';

describe('timelineResponse', () => {
  it('answers the unfiltered view with the stored page, whatever other parameters a shared link carries', async () => {
    for (const query of ['', '?utm_source=share', '?fbclid=x']) {
      const response = timelineResponse(request(query), home);
      expect(passedOn(response)).toBe(false);
      expect(await response.text()).toBe(home.html);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe(SHARED_CACHE_CONTROL);
      expect(response.headers.get('etag')).toBe('W/"v1"');
      expect(response.headers.get('vary')).toContain('rsc');
    }
  });

  it('passes a view with parameters, and every in-app navigation, on to the page with the policy and an ETag', () => {
    for (const [query, headers, etag] of [
      ['?actors=russia', {}, 'W/"v1"'],
      ['?event=x', {}, 'W/"v1"'],
      ['?q=', {}, 'W/"v1"'],
      ['', { rsc: '1' }, 'W/"v1-rsc"'],
      ['?actors=russia', { rsc: '1' }, 'W/"v1-rsc"'],
    ] as const) {
      const response = timelineResponse(request(query, headers), home);
      expect(passedOn(response), query).toBe(true);
      expect(response.headers.get('cache-control')).toBe(SHARED_CACHE_CONTROL);
      expect(response.headers.get('etag')).toBe(etag);
    }
  });

  it('answers 304 to a request holding this version of what it asks for, HTML or payload', async () => {
    for (const [query, headers] of [
      ['', { 'if-none-match': 'W/"v1"' }],
      ['?actors=russia', { 'if-none-match': '"v1"' }],
      ['?actors=russia', { rsc: '1', 'if-none-match': 'W/"v1-rsc"' }],
    ] as const) {
      const response = timelineResponse(request(query, headers), home);
      expect(response.status).toBe(304);
      expect(await response.text()).toBe('');
      expect(response.headers.get('cache-control')).toBe(SHARED_CACHE_CONTROL);
    }
    expect(timelineResponse(request('', { 'if-none-match': 'W/"v0"' }), home).status).toBe(200);
    expect(passedOn(timelineResponse(request('?actors=russia', { rsc: '1', 'if-none-match': 'W/"v1"' }), home))).toBe(true);
  });

  it('renders every view where there is no stored page, and leaves other methods alone', () => {
    const unstored = timelineResponse(request('', { 'if-none-match': 'W/"v1"' }), null);
    expect(passedOn(unstored)).toBe(true);
    expect(unstored.headers.get('etag')).toBeNull();
    expect(unstored.headers.get('cache-control')).toBe(SHARED_CACHE_CONTROL);
    expect(passedOn(timelineResponse(request('', {}, 'POST'), home))).toBe(true);
  });
});
