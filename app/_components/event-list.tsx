import Link from 'next/link';
import type { ListEntry } from '@/lib/timeline/entries';

export interface EventListProps {
  entries: ReadonlyArray<ListEntry>;
  /** Where each entry links. */
  hrefOf: (id: string) => string;
  selectedId?: string | undefined;
}

/** The chronological list: plain links, so it reads without JavaScript. */
export function EventList({ entries, hrefOf, selectedId }: EventListProps) {
  return (
    <ol className="event-list">
      {entries.map((entry) => {
        const selected = entry.id === selectedId;
        return (
          <li key={entry.id} data-event-id={entry.id} className={`camp-${entry.camp}${selected ? ' is-selected' : ''}`}>
            <time className="event-date" dateTime={entry.written}>
              {entry.dateLabel}
            </time>
            <h3 className="event-title">
              {/* A hundred entries, each a dynamic view: prefetching them all would only load the server. */}
              <Link href={hrefOf(entry.id)} scroll={false} prefetch={false} aria-current={selected ? 'true' : undefined}>
                {entry.title}
              </Link>
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
