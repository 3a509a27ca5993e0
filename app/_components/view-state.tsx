'use client';

import { useRouter } from 'next/navigation';
import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useOptimistic, useState, type ReactNode } from 'react';
import type { TimelineIndex } from '@/lib/timeline/codec';
import { viewMask, type ViewMask } from '@/lib/timeline/mask';
import { viewHref, type ViewPage, type ViewState } from '@/lib/view/url-state';
import { loadIndex } from './load-index';

export interface ViewStateProviderProps {
  /** The view the server rendered. */
  state: ViewState;
  /** The timeline index, from which the view asked for is worked out before the server answers. */
  indexUrl: string;
  /** The events the rendered view's text search keeps, or `null` without a search. */
  searchMask: string | null;
  /** The page the view lives on: the site's timeline, or the embed (whose links stay in its frame). */
  page?: ViewPage;
  children: ReactNode;
}

/** The events a view keeps, worked out in the browser from the index. */
export interface ViewPreview extends ViewMask {
  index: TimelineIndex;
}

interface ViewContextValue {
  /** The view being shown or, while the server renders a new one, the view asked for. */
  state: ViewState;
  /** The view the server rendered. */
  rendered: ViewState;
  /**
   * What `state` keeps, once the index is loaded: its actors and dates applied in the browser to the
   * rendered text search. The chart draws it.
   */
  shown: ViewPreview | null;
  /**
   * While the server renders a new view whose text search is unchanged (only the server has the
   * texts), what it will keep; otherwise `null`. The list and the counts show it meanwhile.
   */
  preview: ViewPreview | null;
  /** Opens a view: the filter bar, the chart and the list follow at once, the rest when the server answers. */
  navigate: (next: ViewState, history: 'push' | 'replace') => void;
  /** Where the links to other views of this page lead. */
  page: ViewPage;
}

const ViewContext = createContext<ViewContextValue | null>(null);

export function ViewStateProvider({ state, indexUrl, searchMask, page = '/', children }: ViewStateProviderProps) {
  const router = useRouter();
  const [pending, setPending] = useOptimistic(state);
  const [index, setIndex] = useState<TimelineIndex | null>(null);
  useEffect(() => {
    let current = true;
    // Without the index, the page simply waits for the server.
    loadIndex(indexUrl).then(
      (loaded) => current && setIndex(loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [indexUrl]);

  const navigate = useCallback(
    (next: ViewState, history: 'push' | 'replace') => {
      startTransition(() => {
        setPending(next);
        router[history](viewHref(next, {}, page), { scroll: false });
      });
    },
    [router, setPending, page],
  );
  const { actors, from, to, place } = pending;
  const shown = useMemo(() => (index ? { index, ...viewMask(index, { actors, from, to, place }, searchMask) } : null), [index, actors, from, to, place, searchMask]);
  const preview = pending !== state && pending.q === state.q ? shown : null;
  const value = useMemo(() => ({ state: pending, rendered: state, shown, preview, navigate, page }), [pending, state, shown, preview, navigate, page]);
  return <ViewContext value={value}>{children}</ViewContext>;
}

/** The view of the surrounding timeline page. */
export function useView(): ViewContextValue {
  const context = useContext(ViewContext);
  if (!context) throw new Error('useView: no ViewStateProvider around this component');
  return context;
}
