import { getCatalog, toPublicJson, type Catalog } from '@/lib/data/catalog';
import { cacheableBody, cachedResponse, type CacheableBody } from '@/lib/publish/http-cache';

// Rendered once per dataset and answered with its ETag, so that a 304 costs nothing.
const documents = new WeakMap<Catalog, CacheableBody>();

export function GET(request: Request) {
  const catalog = getCatalog();
  let document = documents.get(catalog);
  if (!document) {
    document = cacheableBody(JSON.stringify(toPublicJson(catalog)));
    documents.set(catalog, document);
  }
  return cachedResponse(request, document, { 'Content-Type': 'application/json' });
}
