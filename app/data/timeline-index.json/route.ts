import { getCatalog, type Catalog } from '@/lib/data/catalog';
import { cacheableBody, cachedResponse, IMMUTABLE_CACHE_CONTROL, SHARED_CACHE_CONTROL, type CacheableBody } from '@/lib/publish/http-cache';
import { timelineIndexDocument, timelineIndexUrl } from '@/lib/view/view';

const documents = new WeakMap<Catalog, CacheableBody>();

export function GET(request: Request) {
  const catalog = getCatalog();
  let document = documents.get(catalog);
  if (!document) {
    document = cacheableBody(JSON.stringify(timelineIndexDocument(catalog)));
    documents.set(catalog, document);
  }
  // The pages ask for the index at an address carrying a hash of its content: that address never
  // changes its answer, so caches keep it for good. Any other address gets the usual policy.
  const { pathname, search } = new URL(request.url);
  const versioned = `${pathname}${search}` === timelineIndexUrl(catalog);
  return cachedResponse(request, document, { 'Content-Type': 'application/json' }, versioned ? IMMUTABLE_CACHE_CONTROL : SHARED_CACHE_CONTROL);
}
