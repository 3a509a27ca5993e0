import type { Catalog } from '@/lib/data';
import { formatEventDate } from '@/lib/dates';
import type { TimelineEvent } from '@/lib/schema';

export interface EventListProps {
  events: ReadonlyArray<TimelineEvent>;
  catalog: Pick<Catalog, 'actorById' | 'sourceById'>;
}

/** The chronological list, rendered on the server so it reads without JavaScript. */
export function EventList({ events, catalog }: EventListProps) {
  return (
    <ol className="event-list">
      {events.map((event) => {
        const actors = event.actors.map(({ actor }) => {
          const known = catalog.actorById.get(actor);
          return known?.shortName ?? known?.name ?? actor;
        });
        const outlets = [...new Set(event.citations.map(({ source }) => catalog.sourceById.get(source)?.outlet ?? source))];
        return (
          <li key={event.id} data-event-id={event.id}>
            <time className="event-date" dateTime={event.start}>
              {formatEventDate(event)}
            </time>
            <h3 className="event-title">{event.title}</h3>
            <p className="event-meta">
              {actors.join(', ')} · <span>Source: {outlets.join('; ')}</span>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
