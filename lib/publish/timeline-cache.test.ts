import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { SHARED_CACHE_CONTROL } from './http-cache';
import { timelineResponse, type FilteredViews } from './timeline-cache';
import { ViewCache, type RenderedView } from './view-cache';

const home = { buildId: 'b', version: 'v1', html: '<!doctype html><title>stored</title>' };
const request = (query = '', headers: Record<string, string> = {}, method = 'GET') => new NextRequest(`http://localhost/${query}`, { headers, method });
const passedOn = (response: Response) => response.headers.get('x-middleware-next') === '1';

/** Views whose known parameters are `actors` and `q`, rendered as their query, counting renders. */
function fakeViews(render: (query: string) => RenderedView | null = (query) => ({ body: new TextEncoder().encode(`page ${query}`), headers: { 'content-type': 'text/html; charset=utf-8', link: '</a.js>; rel=preload' } })) {
  const rendered: string[] = [];
  const views: FilteredViews = {
    normalise: (params) => {
      const kept = new URLSearchParams();
      const actors = (params.get('actors') ?? '').split(',').filter((id) => id === 'russia' || id === 'hts').sort();
      if (actors.length > 0) kept.set('actors', actors.join(','));
      const q = (params.get('q') ?? '').trim().toLowerCase();
      if (q !== '') kept.set('q', q);
      const query = kept.toString().replace(/%2C/g, ',');
      return query === '' ? '' : `?${query}`;
    },
    cache: new ViewCache({ maxEntries: 10, maxBytes: 10_000 }),
    render: async (query) => {
      rendered.push(query);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return render(query);
    },
    isRender: (incoming) => incoming.headers.get('x-render') === 'secret',
  };
  return { views, rendered };
}

describe('timelineResponse', () => {
  it('answers the unfiltered view with the stored page, whatever other parameters a shared link carries', async () => {
    for (const query of ['', '?utm_source=share', '?fbclid=x']) {
      const response = await timelineResponse(request(query), home);
      expect(passedOn(response)).toBe(false);
      expect(await response.text()).toBe(home.html);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe(SHARED_CACHE_CONTROL);
      expect(response.headers.get('etag')).toBe('W/"v1"');
      expect(response.headers.get('vary')).toContain('rsc');
    }
  });

  it('without a cache of views, passes a view with parameters, and every in-app navigation, on to the page with the policy and an ETag', async () => {
    for (const [query, headers, etag] of [
      ['?actors=russia', {}, 'W/"v1"'],
      ['?event=x', {}, 'W/"v1"'],
      ['?q=', {}, 'W/"v1"'],
      ['', { rsc: '1' }, 'W/"v1-rsc"'],
      ['?actors=russia', { rsc: '1' }, 'W/"v1-rsc"'],
    ] as const) {
      const response = await timelineResponse(request(query, headers), home);
      expect(passedOn(response), query).toBe(true);
      expect(response.headers.get('cache-control')).toBe(SHARED_CACHE_CONTROL);
      expect(response.headers.get('etag')).toBe(etag);
    }
  });

  it('answers 304 to a request holding this version of what it asks for, HTML or payload', async () => {
    const { views, rendered } = fakeViews();
    for (const [query, headers] of [
      ['', { 'if-none-match': 'W/"v1"' }],
      ['?actors=russia', { 'if-none-match': '"v1"' }],
      ['?actors=russia', { rsc: '1', 'if-none-match': 'W/"v1-rsc"' }],
    ] as const) {
      const response = await timelineResponse(request(query, headers), home, views);
      expect(response.status).toBe(304);
      expect(await response.text()).toBe('');
      expect(response.headers.get('cache-control')).toBe(SHARED_CACHE_CONTROL);
    }
    expect(rendered).toEqual([]);
    expect((await timelineResponse(request('', { 'if-none-match': 'W/"v0"' }), home)).status).toBe(200);
    expect(passedOn(await timelineResponse(request('?actors=russia', { rsc: '1', 'if-none-match': 'W/"v1"' }), home))).toBe(true);
  });

  it('renders every view where there is no stored page, and leaves other methods alone', async () => {
    const { views, rendered } = fakeViews();
    const unstored = await timelineResponse(request('?actors=russia', { 'if-none-match': 'W/"v1"' }), null, views);
    expect(passedOn(unstored)).toBe(true);
    expect(unstored.headers.get('etag')).toBeNull();
    expect(unstored.headers.get('cache-control')).toBe(SHARED_CACHE_CONTROL);
    expect(passedOn(await timelineResponse(request('', {}, 'POST'), home, views))).toBe(true);
    expect(passedOn(await timelineResponse(request('?actors=russia', {}, 'HEAD'), home, views))).toBe(true);
    expect(rendered).toEqual([]);
  });

  it('answers a filtered view from one render of its normalised query, kept with its headers', async () => {
    const { views, rendered } = fakeViews();
    const queries = ['?actors=russia', '?actors=russia,nobody&utm_source=x', '?q=Aleppo&actors=hts', '?actors=hts&q=%20aleppo'];
    const responses = await Promise.all([...queries, ...queries].map((query) => timelineResponse(request(query), home, views)));
    expect(rendered.sort()).toEqual(['?actors=hts&q=aleppo', '?actors=russia']);
    for (const [at, response] of responses.entries()) {
      expect(passedOn(response)).toBe(false);
      expect(await response.text()).toBe(at % 4 < 2 ? 'page ?actors=russia' : 'page ?actors=hts&q=aleppo');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('link')).toBe('</a.js>; rel=preload');
      expect(response.headers.get('cache-control')).toBe(SHARED_CACHE_CONTROL);
      expect(response.headers.get('etag')).toBe('W/"v1"');
      expect(response.headers.get('vary')).toContain('rsc');
    }
    expect(views.cache.size).toBe(2);
  });

  it('keys the cache by the version: a new build or dataset renders again', async () => {
    const { views, rendered } = fakeViews();
    await timelineResponse(request('?actors=russia'), home, views);
    await timelineResponse(request('?actors=russia'), { ...home, version: 'v2' }, views);
    expect(rendered).toEqual(['?actors=russia', '?actors=russia']);
  });

  it('answers parameters that name nothing known with the stored page, without a render', async () => {
    const { views, rendered } = fakeViews();
    const response = await timelineResponse(request('?actors=nobody&q=%20'), home, views);
    expect(await response.text()).toBe(home.html);
    expect(rendered).toEqual([]);
  });

  it('lets the server’s own render through to the page, and passes a view on when it cannot be rendered', async () => {
    const { views, rendered } = fakeViews(() => null);
    expect(passedOn(await timelineResponse(request('?actors=russia', { 'x-render': 'secret' }), home, views))).toBe(true);
    expect(rendered).toEqual([]);
    const failed = await timelineResponse(request('?actors=russia'), home, views);
    expect(passedOn(failed)).toBe(true);
    expect(failed.headers.get('etag')).toBe('W/"v1"');
    expect(views.cache.size).toBe(0);
  });
});
