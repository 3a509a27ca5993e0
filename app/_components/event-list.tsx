import Link from 'next/link';
import type { Catalog } from '@/lib/data';
import { formatEventDate } from '@/lib/dates';
import { eventCamp } from '@/lib/labels';
import type { TimelineEvent } from '@/lib/schema';
import { viewHref, type ViewState } from '@/lib/url-state';

export interface EventListProps {
  events: ReadonlyArray<TimelineEvent>;
  catalog: Pick<Catalog, 'actorById' | 'sourceById'>;
  state: ViewState;
  /** Where each entry links; by default, the timeline view with that event selected. */
  linkTo?: (id: string) => string;
}

/** The chronological list, rendered on the server so it reads without JavaScript. */
export function EventList({ events, catalog, state, linkTo = (id) => viewHref(state, { event: id }) }: EventListProps) {
  return (
    <ol className="event-list">
      {events.map((event) => {
        const selected = event.id === state.event;
        const actors = event.actors.map(({ actor }) => {
          const known = catalog.actorById.get(actor);
          return known?.shortName ?? known?.name ?? actor;
        });
        const outlets = [...new Set(event.citations.map(({ source }) => catalog.sourceById.get(source)?.outlet ?? source))];
        return (
          <li key={event.id} data-event-id={event.id} className={`camp-${eventCamp(event, catalog.actorById)}${selected ? ' is-selected' : ''}`}>
            <time className="event-date" dateTime={event.start}>
              {formatEventDate(event)}
            </time>
            <h3 className="event-title">
              {/* A hundred entries, each a dynamic view: prefetching them all would only load the server. */}
              <Link href={linkTo(event.id)} scroll={false} prefetch={false} aria-current={selected ? 'true' : undefined}>
                {event.title}
              </Link>
            </h3>
            <p className="event-meta">
              {actors.join(', ')} · <span>Source: {outlets.join('; ')}</span>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
