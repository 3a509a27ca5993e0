import type { NextRequest } from 'next/server';
import { getCatalog } from '@/lib/data/catalog';
import { toJsonExport } from '@/lib/publish/export';
import { cacheableBody, cachedResponse } from '@/lib/publish/http-cache';
import { parseViewState } from '@/lib/view/url-state';
import { buildView, knownIds } from '@/lib/view/view';

export function GET(request: NextRequest) {
  const catalog = getCatalog();
  const { events } = buildView(catalog, parseViewState(request.nextUrl.searchParams, knownIds(catalog)));
  return cachedResponse(request, cacheableBody(JSON.stringify(toJsonExport(events, catalog), null, 2)), {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Disposition': `attachment; filename="syrian-war-timeline-${events.length}-events.json"`,
  });
}
