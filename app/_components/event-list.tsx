import Link from 'next/link';
import type { MouseEvent } from 'react';
import type { ListEntry } from '@/lib/timeline/entries';

export interface EventListProps {
  entries: ReadonlyArray<ListEntry>;
  /** Where each entry links. */
  hrefOf: (id: string) => string;
  selectedId?: string | undefined;
  /**
   * On a timeline page: a plain click selects the entry in the page instead of following its link
   * (the event's own page, which a new tab, a copied link and a reader without JavaScript get).
   */
  onSelect?: ((id: string) => void) | undefined;
  /** `_top` inside an embed: the event's page opens in place of the page that frames it. */
  target?: '_top' | undefined;
}

/** A click that asks for the link itself: a new tab or window, a download, a middle button. */
function wantsTheLink(event: MouseEvent) {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

/** The chronological list: plain links, so it reads without JavaScript. */
export function EventList({ entries, hrefOf, selectedId, onSelect, target }: EventListProps) {
  return (
    <ol className="event-list">
      {entries.map((entry) => {
        const selected = entry.id === selectedId;
        const current = selected ? 'true' : undefined;
        return (
          <li key={entry.id} data-event-id={entry.id} className={`camp-${entry.camp}${selected ? ' is-selected' : ''}`}>
            <time className="event-date" dateTime={entry.written}>
              {entry.dateLabel}
            </time>
            <h3 className="event-title">
              {onSelect ? (
                <a
                  href={hrefOf(entry.id)}
                  target={target}
                  aria-current={current}
                  onClick={(event) => {
                    if (wantsTheLink(event)) return;
                    event.preventDefault();
                    onSelect(entry.id);
                  }}
                >
                  {entry.title}
                </a>
              ) : (
                // A hundred entries: prefetching them all would only load the server.
                <Link href={hrefOf(entry.id)} prefetch={false} aria-current={current}>
                  {entry.title}
                </Link>
              )}
            </h3>
            {entry.relation && (
              <p className="event-relation">
                {entry.relation.from} <span aria-hidden="true">→</span> <span className="visually-hidden">acted on</span> {entry.relation.to}
              </p>
            )}
            <p className="event-meta">
              {entry.actorNames.join(', ')} · <span>Source: {entry.outlets.join('; ')}</span>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
