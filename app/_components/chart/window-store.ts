import { useSyncExternalStore } from 'react';
import type { DayRange } from '@/lib/timeline/place-counts';

// The days the timeline shows, for the parts of the page that follow its window (the map): the
// chart publishes its window after each redraw, and withdraws it when it goes away.

let current: DayRange | null = null;
const listeners = new Set<() => void>();

export function publishChartWindow(window: DayRange | null): void {
  if (window === current || (window && current && window.first === current.first && window.last === current.last)) return;
  current = window;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The chart's window, or `null` before it has drawn (and on the server). */
export function useChartWindow(): DayRange | null {
  return useSyncExternalStore(subscribe, () => current, () => null);
}
