'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { indexEntry, indexListWindow, LIST_WINDOW_SIZE } from '@/lib/timeline/index-list';
import { eventPath } from '@/lib/publish/site';
import { countText } from '@/lib/view/count-text';
import { viewHref } from '@/lib/view/url-state';
import { relationPair, type ListEntry } from '@/lib/timeline/entries';
import { EventList } from './event-list';
import { useView } from './view-state';

export interface ListPaneProps {
  /** The part of the list the server rendered for its view. */
  entries: ListEntry[];
  /** Position of the first entry among the events the filters keep, and how many they keep. */
  first: number;
  total: number;
  /** The events just outside the window, whose selection moves it. */
  beforeId?: string | undefined;
  afterId?: string | undefined;
  /** Names the set of events the server listed. */
  filter: string;
}

/**
 * The chronological list. It shows what the server rendered, except while a new view is on its way:
 * then it lists what that view keeps, worked out from the timeline index, so that it changes
 * together with the chart.
 */
export function ListPane(rendered: ListPaneProps) {
  const { state, rendered: renderedState, preview, navigate, page } = useView();
  const computed = useMemo(() => {
    if (!preview) return null;
    const window = indexListWindow(preview.index, preview.bits, state.event, LIST_WINDOW_SIZE);
    const idAt = (at: number | undefined) => (at === undefined ? undefined : preview.index.ids[at]);
    const pair = relationPair({ actors: state.actors, match: state.match });
    return {
      entries: window.entries.map((at) => indexEntry(preview.index, at, pair)),
      first: window.first,
      total: window.total,
      beforeId: idAt(window.before),
      afterId: idAt(window.after),
      filter: preview.key,
    };
  }, [preview, state.event, state.actors, state.match]);
  const { entries, first, total, beforeId, afterId, filter } = computed ?? rendered;
  const view = computed ? state : renderedState;
  const hrefOf = (id: string) => viewHref(view, { event: id }, page);
  const select = (id: string) => navigate({ ...state, event: id }, 'push');
  const later = total - first - entries.length;

  // Like the entries, the links past the window are not prefetched: each is a whole view for the server to render.
  return (
    // Names the set of events listed; the chart names what it draws the same way.
    <div className="list-scroll" data-filter={filter}>
      {total > 0 ? (
        <>
          {beforeId !== undefined && (
            <p className="list-more">
              <Link href={hrefOf(beforeId)} scroll={false} prefetch={false}>
                ↑ {countText(first)} earlier events
              </Link>
            </p>
          )}
          {/* Each entry links to its event's page; with JavaScript a click selects it here. */}
          <EventList entries={entries} hrefOf={eventPath} selectedId={view.event} onSelect={select} target={page === '/embed' ? '_top' : undefined} />
          {afterId !== undefined && (
            <p className="list-more">
              <Link href={hrefOf(afterId)} scroll={false} prefetch={false}>
                ↓ {countText(later)} later events
              </Link>
            </p>
          )}
        </>
      ) : (
        <p className="muted">No events match these filters.</p>
      )}
    </div>
  );
}
