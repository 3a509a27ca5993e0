'use client';

import { useRouter } from 'next/navigation';
import { createContext, startTransition, useCallback, useContext, useMemo, useOptimistic, type ReactNode } from 'react';
import { viewHref, type ViewState } from '@/lib/url-state';

export interface ViewStateProviderProps {
  /** The view the server rendered. */
  state: ViewState;
  children: ReactNode;
}

interface ViewContextValue {
  /** The view being shown or, while the server renders a new one, the view asked for. */
  state: ViewState;
  /** Opens a view: the filter bar and the chart follow at once, the server-rendered parts when it answers. */
  navigate: (next: ViewState, history: 'push' | 'replace') => void;
}

const ViewContext = createContext<ViewContextValue | null>(null);

export function ViewStateProvider({ state, children }: ViewStateProviderProps) {
  const router = useRouter();
  const [pending, setPending] = useOptimistic(state);
  const navigate = useCallback(
    (next: ViewState, history: 'push' | 'replace') => {
      startTransition(() => {
        setPending(next);
        router[history](viewHref(next), { scroll: false });
      });
    },
    [router, setPending],
  );
  const value = useMemo(() => ({ state: pending, navigate }), [pending, navigate]);
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
