'use client';

import { useRouter } from 'next/navigation';
import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useOptimistic, useRef, useState, type ReactNode } from 'react';
import type { TimelineIndex } from '@/lib/timeline/codec';
import { viewMask, type ViewMask } from '@/lib/timeline/mask';
import { followStory, sameWindow, serializeViewState, viewHref, type DayWindow, type ViewPage, type ViewState } from '@/lib/view/url-state';
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
  /** The view being shown or, while the server renders a new one, the view asked for; its window is the chart's. */
  state: ViewState;
  /** The view the server rendered, with the chart's window. */
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
  /** The stretch of time the reader chose on the chart (`undefined`: everything), kept in the address without a new page. */
  setWindow: (window: DayWindow | undefined) => void;
}

const ViewContext = createContext<ViewContextValue | null>(null);

export function ViewStateProvider({ state, indexUrl, searchMask, page = '/', children }: ViewStateProviderProps) {
  const router = useRouter();
  const [pending, setPending] = useOptimistic(state);
  const [index, setIndex] = useState<TimelineIndex | null>(null);
  // The window lives here rather than in the server's view: a zoom is no reason to render a page.
  const [chartWindow, setWindow] = useState(state.window);
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

  // The address follows the chart's window: after a zoom or pan, and after a page whose links were
  // made before it (the panel's, the keys'), whatever window those links carried.
  const renderedKey = serializeViewState(state);
  const address = useRef({ key: renderedKey, window: state.window });
  useEffect(() => {
    if (address.current.key !== renderedKey) address.current = { key: renderedKey, window: state.window };
    if (pending !== state || sameWindow(address.current.window, chartWindow)) return;
    address.current.window = chartWindow;
    // Written under the router's own entry (its state, which carries Next's marker): any other write
    // Next takes for a navigation of its own, which discards one still in flight, so an Escape or a
    // click made while the chart follows a selection was lost. The window is this page's business.
    window.history.replaceState(window.history.state, '', viewHref(state, { window: chartWindow }, page));
  }, [renderedKey, state, pending, chartWindow, page]);

  const navigate = useCallback(
    (asked: ViewState, history: 'push' | 'replace') => {
      const next = followStory(state, asked);
      startTransition(() => {
        setPending(next);
        router[history](viewHref(next, {}, page), { scroll: false });
      });
    },
    [router, setPending, page, state],
  );
  const { actors, match, from, to, place } = pending;
  const shown = useMemo(
    () => (index ? { index, ...viewMask(index, { actors, match, from, to, place }, searchMask) } : null),
    [index, actors, match, from, to, place, searchMask],
  );
  const preview = pending !== state && pending.q === state.q ? shown : null;
  const value = useMemo(
    () => ({ state: withWindow(pending, chartWindow), rendered: withWindow(state, chartWindow), shown, preview, navigate, page, setWindow }),
    [pending, state, chartWindow, shown, preview, navigate, page],
  );
  return <ViewContext value={value}>{children}</ViewContext>;
}

function withWindow(state: ViewState, window: DayWindow | undefined): ViewState {
  if (sameWindow(state.window, window)) return state;
  const { window: _, ...rest } = state;
  return window ? { ...rest, window } : rest;
}

/** The view of the surrounding timeline page. */
export function useView(): ViewContextValue {
  const context = useContext(ViewContext);
  if (!context) throw new Error('useView: no ViewStateProvider around this component');
  return context;
}
