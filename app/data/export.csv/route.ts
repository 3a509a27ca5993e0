import type { NextRequest } from 'next/server';
import { getCatalog } from '@/lib/data/catalog';
import { toCsv } from '@/lib/publish/export';
import { cacheableBody, cachedResponse } from '@/lib/publish/http-cache';
import { parseViewState } from '@/lib/view/url-state';
import { buildView, knownIds } from '@/lib/view/view';

export function GET(request: NextRequest) {
  const catalog = getCatalog();
  const { events } = buildView(catalog, parseViewState(request.nextUrl.searchParams, knownIds(catalog)));
  return cachedResponse(request, cacheableBody(toCsv(events, catalog)), {
    'Content-Type': 'text/csv; charset=utf-8; header=present',
    'Content-Disposition': `attachment; filename="syrian-war-timeline-${events.length}-events.csv"`,
  });
}
