import 'server-only';
import { createHash } from 'node:crypto';
import policy from './cache-policy.json';

// How the site's answers may be cached is declared once, with its exceptions and their reasons, in
// cache-policy.json: next.config.js applies it to every address, and these are the same values for
// the route handlers and proxy.ts.

/** Pages, documents and the API: a shared cache may keep them five minutes, browsers ask every time. */
export const SHARED_CACHE_CONTROL: string = policy.shared;

/** An address whose content can never change (it carries a hash of it). */
export const IMMUTABLE_CACHE_CONTROL: string = policy.immutable;

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
