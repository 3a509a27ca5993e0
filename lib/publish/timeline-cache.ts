import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { PARAMS } from '@/lib/view/url-state';
import { matchesIfNoneMatch, SHARED_CACHE_CONTROL } from './http-cache';
import type { PrerenderedHome } from './prerendered-home';
import type { RenderedView, ViewCache } from './view-cache';

// How `/` is answered, for every view of the timeline (proxy.ts runs it before the page). The
// unfiltered view is the page stored after the build. A view with parameters is normalised (parsed
// and written back, so that one view has one key whatever the order, the spelling or the junk of
// its URL) and answered from a bounded cache of rendered views, keyed by that view and the version
// (build and dataset); a view not kept is rendered by the page once, however many ask at the same
// time. Every answer carries the shared cache policy and an ETag naming the version, and a request
// that already holds that version is answered 304 before anything is rendered. The other pages and
// the documents set theirs in next.config.js and their route handlers.

/** What Next.js says the timeline page varies with: in-app navigations ask the same URL for an RSC payload. */
const VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch';
const VIEW_PARAMS: ReadonlyArray<string> = Object.values(PARAMS);

/** The filtered views, where the server can render and keep them. */
export interface FilteredViews {
  /** The query of the view asked for, normalised: `''` for the unfiltered view, else `?…`. */
  normalise: (params: URLSearchParams) => string;
  cache: ViewCache;
  /** The page of a normalised view, as the server renders it; `null` when it could not be had. */
  render: (query: string) => Promise<RenderedView | null>;
  /** Whether a request is the server's own render of a view, which goes on to the page. */
  isRender: (request: NextRequest) => boolean;
}

/**
 * `home` is the stored page, or `null` where there is none (the development server, a build without
 * its postbuild); without `views`, a filtered view is rendered by the page on every request.
 */
export async function timelineResponse(request: NextRequest, home: PrerenderedHome | null, views?: FilteredViews): Promise<NextResponse> {
  const headers: Record<string, string> = { 'Cache-Control': SHARED_CACHE_CONTROL };
  if (!home || (request.method !== 'GET' && request.method !== 'HEAD') || views?.isRender(request)) return NextResponse.next({ headers });
  const payload = request.headers.get('rsc') === '1';
  // Weak: the same view, if not always the same bytes, for as long as the version holds.
  headers.ETag = `W/"${home.version}${payload ? '-rsc' : ''}"`;
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), headers.ETag)) {
    return new NextResponse(null, { status: 304, headers: { ...headers, Vary: VARY } });
  }
  if (payload) return NextResponse.next({ headers });
  const stored = (body: BodyInit, type: string, more: Readonly<Record<string, string>> = {}) =>
    new NextResponse(body, { headers: { ...more, ...headers, Vary: VARY, 'Content-Type': type } });
  const unfiltered = !VIEW_PARAMS.some((name) => request.nextUrl.searchParams.has(name));
  if (unfiltered) return stored(home.html, 'text/html; charset=utf-8');
  if (!views || request.method !== 'GET') return NextResponse.next({ headers });
  const query = views.normalise(request.nextUrl.searchParams);
  // Parameters that name nothing known leave the unfiltered view.
  if (query === '') return stored(home.html, 'text/html; charset=utf-8');
  const view = await views.cache.getOrRender(`${home.version}${query}`, () => views.render(query));
  if (!view) return NextResponse.next({ headers });
  const { 'content-type': type = 'text/html; charset=utf-8', ...rest } = view.headers;
  return stored(view.body, type, rest);
}
