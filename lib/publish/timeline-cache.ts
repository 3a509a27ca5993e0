import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { PARAMS } from '@/lib/view/url-state';
import { matchesIfNoneMatch, SHARED_CACHE_CONTROL } from './http-cache';
import type { PrerenderedHome } from './prerendered-home';

// How `/` is answered, for every view of the timeline (proxy.ts runs it before the page). The
// unfiltered view is the page stored after the build; a view with parameters goes on to the page,
// which the server renders. Both carry the shared cache policy and an ETag naming the build and
// the dataset, and a request that already holds that version is answered 304 before anything is
// rendered. The other pages and the documents set theirs in next.config.js and their route handlers.

/** What Next.js says the timeline page varies with: in-app navigations ask the same URL for an RSC payload. */
const VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch';
const VIEW_PARAMS: ReadonlyArray<string> = Object.values(PARAMS);

/** `home` is the stored page, or `null` where there is none (the development server, a build without its postbuild). */
export function timelineResponse(request: NextRequest, home: PrerenderedHome | null): NextResponse {
  const headers: Record<string, string> = { 'Cache-Control': SHARED_CACHE_CONTROL };
  if (!home || (request.method !== 'GET' && request.method !== 'HEAD')) return NextResponse.next({ headers });
  const payload = request.headers.get('rsc') === '1';
  // Weak: the same view, if not always the same bytes, for as long as the version holds.
  headers.ETag = `W/"${home.version}${payload ? '-rsc' : ''}"`;
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), headers.ETag)) {
    return new NextResponse(null, { status: 304, headers: { ...headers, Vary: VARY } });
  }
  const unfiltered = !VIEW_PARAMS.some((name) => request.nextUrl.searchParams.has(name));
  if (unfiltered && !payload) {
    return new NextResponse(home.html, { headers: { ...headers, Vary: VARY, 'Content-Type': 'text/html; charset=utf-8' } });
  }
  return NextResponse.next({ headers });
}
