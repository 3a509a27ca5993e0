import type { NextRequest } from 'next/server';
import { getCatalog } from '@/lib/data/catalog';
import { toCsv } from '@/lib/publish/export';
import { parseViewState } from '@/lib/view/url-state';
import { buildView, knownIds } from '@/lib/view/view';

export function GET(request: NextRequest) {
  const catalog = getCatalog();
  const { events } = buildView(catalog, parseViewState(request.nextUrl.searchParams, knownIds(catalog)));
  return new Response(toCsv(events, catalog), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="syrian-war-timeline-${events.length}-events.csv"`,
    },
  });
}
