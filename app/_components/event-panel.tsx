import Link from 'next/link';
import type { Catalog } from '@/lib/data/catalog';
import type { TimelineEvent } from '@/lib/data/schema';
import { absoluteUrl, eventPath } from '@/lib/publish/site';
import { CiteControl } from './cite-control';
import { EventDateLine, EventDetails } from './event-details';
import { SiteLink } from './site-link';

export interface EventPanelProps {
  event?: TimelineEvent;
  catalog: Pick<Catalog, 'actorById' | 'sourceById' | 'placeById'>;
  previousHref?: string;
  nextHref?: string;
  clearHref: string;
  /** Whether the selected event lies outside the current filters. */
  outsideFilters: boolean;
  /** Shown when nothing is selected: where the first filtered event is. */
  firstHref?: string;
  /** The stories' index, offered to a reader with nothing selected; absent in an embed. */
  storiesHref?: string | undefined;
  /** Inside an embed: links to the site's pages open in the top window, and citing is left to the event's page. */
  embedded?: boolean;
}

export const PANEL_HEADING_ID = 'event-panel-heading';

export function EventPanel({ event, catalog, previousHref, nextHref, clearHref, outsideFilters, firstHref, storiesHref, embedded = false }: EventPanelProps) {
  if (!event) {
    return (
      <section className="panel" aria-labelledby={PANEL_HEADING_ID} id="event-panel">
        <h2 id={PANEL_HEADING_ID} tabIndex={-1}>
          Source panel
        </h2>
        <p>Select an event on the timeline or in the list to read what happened and the words of its sources.</p>
        {firstHref && (
          <p>
            {/* Not prefetched: on every first visit it would have the server render a second view while the page loads. */}
            <Link href={firstHref} scroll={false} prefetch={false}>
              Start with the earliest event
            </Link>{' '}
            or use the arrow keys (← →).
          </p>
        )}
        {/* Where a reader new to the war looks first, beside the chart: not a line more above it. */}
        {storiesHref && (
          <p>
            New to the war?{' '}
            <Link href={storiesHref} prefetch={false}>
              Start with a story
            </Link>
            : a guided reading through the events around one turning point.
          </p>
        )}
      </section>
    );
  }

  return (
    <section className="panel" aria-labelledby={PANEL_HEADING_ID} id="event-panel" data-event-id={event.id}>
      <EventDateLine event={event} />
      <h2 id={PANEL_HEADING_ID} tabIndex={-1}>
        {event.title}
      </h2>
      {outsideFilters && <p className="notice">This event is outside the current filters.</p>}
      <EventDetails event={event} catalog={catalog} headingLevel={3} linkTarget={embedded ? '_top' : undefined} />
      <p className="permalink">
        <SiteLink href={eventPath(event.id)} target={embedded ? '_top' : undefined}>
          {embedded ? 'Permanent page for this event, to cite it' : 'Permanent page for this event'}
        </SiteLink>
      </p>
      {!embedded && <CiteControl key={event.id} eventId={event.id} permalink={absoluteUrl(eventPath(event.id))} />}
      <nav className="panel-nav" aria-label="Walk through events">
        {previousHref ? (
          <Link href={previousHref} scroll={false} rel="prev">
            ← Previous event
          </Link>
        ) : (
          <span className="muted">First event</span>
        )}
        <Link href={clearHref} scroll={false}>
          Close
        </Link>
        {nextHref ? (
          <Link href={nextHref} scroll={false} rel="next">
            Next event →
          </Link>
        ) : (
          <span className="muted">Last event</span>
        )}
      </nav>
    </section>
  );
}
