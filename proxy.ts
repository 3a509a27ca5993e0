import type { NextRequest } from 'next/server';
import { getCatalog } from '@/lib/data/catalog';
import { readPrerenderedHome } from '@/lib/publish/prerendered-home';
import { timelineResponse, type FilteredViews } from '@/lib/publish/timeline-cache';
import { ViewCache } from '@/lib/publish/view-cache';
import { loopbackOrigin, viewRenderer } from '@/lib/publish/view-renderer';
import { knownIds } from '@/lib/view/view';
import { parseViewState, serializeViewState } from '@/lib/view/url-state';

// Only a production build has a stored `/`; the development server renders every view.
const home = process.env.NODE_ENV === 'production' ? readPrerenderedHome() : null;

/**
 * At most 500 views and 32 MB: a filtered page is about 90 KB, so some 350 of them, the popular
 * views of a busy day; a flood of new search strings only pushes the oldest out.
 */
const VIEW_CACHE_LIMITS = { maxEntries: 500, maxBytes: 32 * 1024 * 1024 };

const views: FilteredViews | undefined = home
  ? {
      normalise: (params) => serializeViewState(parseViewState(params, knownIds(getCatalog()))),
      cache: new ViewCache(VIEW_CACHE_LIMITS),
      ...viewRenderer(() => loopbackOrigin()),
    }
  : undefined;

export function proxy(request: NextRequest) {
  return timelineResponse(request, home, views);
}

export const config = { matcher: '/' };
