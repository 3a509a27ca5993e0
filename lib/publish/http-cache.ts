import 'server-only';
import { createHash } from 'node:crypto';

// How the site's answers may be cached. Every answer is the same for every reader: no cookie, no
// account, nothing from the request but its URL goes into a response, so nothing personal is ever
// in one, and any shared cache (a CDN, a caching proxy) may keep and serve it.

/**
 * Pages, documents and the API: a shared cache serves its copy for five minutes, then for up to a
 * day more while it asks again in the background; a browser asks every time (max-age=0) and is
 * answered 304 while the ETag holds. A new build or a new dataset changes every ETag.
 */
export const SHARED_CACHE_CONTROL = 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400';

/** An address whose content can never change (it carries a hash of it). */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** Whether an `If-None-Match` header names `etag` (weak comparison, as RFC 9110 asks for this header). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return header.split(',').some((tag) => opaque(tag) === wanted);
}

/** A strong ETag: a hash of the body. */
export function contentEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

export interface CacheableBody {
  body: string;
  etag: string;
}

export function cacheableBody(body: string): CacheableBody {
  return { body, etag: contentEtag(body) };
}

/** The body with its ETag and cache policy, or a 304 when the request already holds it. */
export function cachedResponse(
  request: Request,
  { body, etag }: CacheableBody,
  headers: Record<string, string>,
  cacheControl: string = SHARED_CACHE_CONTROL,
): Response {
  const validators = { 'Cache-Control': cacheControl, ETag: etag };
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers: validators });
  return new Response(body, { headers: { ...headers, ...validators } });
}
