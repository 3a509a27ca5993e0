'use client';

import { useRouter } from 'next/navigation';
import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useOptimistic, useState, type ReactNode } from 'react';
import { decodeMask, filterKey, filtersMask, maskToBase64, type TimelineIndex } from '@/lib/timeline-index';
import { viewHref, type ViewState } from '@/lib/url-state';
import { loadIndex } from './load-index';

export interface ViewStateProviderProps {
  /** The view the server rendered. */
  state: ViewState;
  /** The timeline index, from which the view asked for is worked out before the server answers. */
  indexUrl: string;
  /** The events the rendered view's text search keeps, or `null` without a search. */
  searchMask: string | null;
  children: ReactNode;
}

/** The events a view asked for keeps, worked out in the browser from the index. */
export interface ViewPreview {
  index: TimelineIndex;
  mask: Uint8Array | null;
  /** Names the kept set as the server's `filterKey` does. */
  key: string;
  count: number;
}

interface ViewContextValue {
  /** The view being shown or, while the server renders a new one, the view asked for. */
  state: ViewState;
  /** The view the server rendered. */
  rendered: ViewState;
  /**
   * While the server renders a new view whose text search is unchanged (only the server has the
   * texts), what it will keep; otherwise `null`.
   */
  preview: ViewPreview | null;
  /** Opens a view: the filter bar, the chart and the list follow at once, the rest when the server answers. */
  navigate: (next: ViewState, history: 'push' | 'replace') => void;
}

const ViewContext = createContext<ViewContextValue | null>(null);

export function ViewStateProvider({ state, indexUrl, searchMask, children }: ViewStateProviderProps) {
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
        router[history](viewHref(next), { scroll: false });
      });
    },
    [router, setPending],
  );
  const preview = useMemo(() => {
    if (!index || pending === state || pending.q !== state.q) return null;
    const mask = filtersMask(index, {
      searchMask: searchMask === null ? null : decodeMask(searchMask, index.size),
      actors: pending.actors,
      ...(pending.from !== undefined && { from: pending.from }),
      ...(pending.to !== undefined && { to: pending.to }),
    });
    let count = mask === null ? index.size : 0;
    if (mask) for (const byte of mask) for (let bits = byte; bits !== 0; bits &= bits - 1) count += 1;
    return { index, mask, key: filterKey(mask && maskToBase64(mask)), count };
  }, [index, pending, state, searchMask]);
  const value = useMemo(() => ({ state: pending, rendered: state, preview, navigate }), [pending, state, preview, navigate]);
  return <ViewContext value={value}>{children}</ViewContext>;
}

/** The view of the surrounding timeline page, or `null` outside one. */
export function usePendingView(): ViewContextValue | null {
  return useContext(ViewContext);
}

/** The view of the surrounding timeline page, for components that only exist on one. */
export function useView(): ViewContextValue {
  const context = useContext(ViewContext);
  if (!context) throw new Error('useView: no ViewStateProvider around this component');
  return context;
}
