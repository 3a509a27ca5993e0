import Link from 'next/link';
import type { Catalog } from '@/lib/data';
import { formatEventDate, formatPartial, parsePartialDate } from '@/lib/dates';
import { KIND_LABELS, ROLE_LABELS } from '@/lib/labels';
import type { Citation, Source, TimelineEvent } from '@/lib/schema';

export interface EventPanelProps {
  event?: TimelineEvent;
  catalog: Pick<Catalog, 'actorById' | 'sourceById'>;
  previousHref?: string;
  nextHref?: string;
  clearHref: string;
  /** Whether the selected event lies outside the current filters. */
  outsideFilters: boolean;
  /** Shown when nothing is selected: where the first filtered event is. */
  firstHref?: string;
}

export const PANEL_HEADING_ID = 'event-panel-heading';

export function EventPanel({ event, catalog, previousHref, nextHref, clearHref, outsideFilters, firstHref }: EventPanelProps) {
  if (!event) {
    return (
      <section className="panel" aria-labelledby={PANEL_HEADING_ID} id="event-panel">
        <h2 id={PANEL_HEADING_ID} tabIndex={-1}>
          Source panel
        </h2>
        <p>Select an event on the timeline or in the list to read what happened and the words of its sources.</p>
        {firstHref && (
          <p>
            <Link href={firstHref} scroll={false}>
              Start with the earliest event
            </Link>{' '}
            or use the arrow keys (← →).
          </p>
        )}
      </section>
    );
  }

  const source = (citation: Citation) => catalog.sourceById.get(citation.source);
  return (
    <section className="panel" aria-labelledby={PANEL_HEADING_ID} id="event-panel" data-event-id={event.id}>
      <p className="panel-date">
        <time dateTime={event.start}>{formatEventDate(event)}</time>
        {' · '}
        {KIND_LABELS[event.kind]}
      </p>
      <h2 id={PANEL_HEADING_ID} tabIndex={-1}>
        {event.title}
      </h2>
      {outsideFilters && <p className="notice">This event is outside the current filters.</p>}
      {event.dateNote && (
        <p className="date-note">
          <span className="label">How the date was worked out:</span> {event.dateNote}
        </p>
      )}
      <p>{event.summary}</p>

      <dl className="facts">
        {event.place && (
          <>
            <dt>Place</dt>
            <dd>{[event.place.name, event.place.governorate && `${event.place.governorate} governorate`, event.place.country].filter(Boolean).join(', ')}</dd>
          </>
        )}
        <dt>Actors</dt>
        <dd>
          <ul className="actor-roles">
            {event.actors.map(({ actor, role }) => (
              <li key={actor}>
                {catalog.actorById.get(actor)?.name ?? actor} <span className="role">({ROLE_LABELS[role]})</span>
              </li>
            ))}
          </ul>
        </dd>
      </dl>

      {event.claims && (
        <section aria-labelledby="claims-heading" className="claims">
          <h3 id="claims-heading">What each side says</h3>
          <ul>
            {event.claims.map((claim, index) => (
              <li key={index} className="claim">
                <p className="claim-by">{claim.by}:</p>
                <p>{claim.says}</p>
                <CitationView citation={claim.citation} source={source(claim.citation)} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="sources-heading">
        <h3 id="sources-heading">Sources</h3>
        <ul className="citations">
          {event.citations.map((citation, index) => (
            <li key={index}>
              <CitationView citation={citation} source={source(citation)} />
            </li>
          ))}
        </ul>
      </section>

      {event.notes && (
        <p className="notes">
          <span className="label">Note:</span> {event.notes}
        </p>
      )}

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

function CitationView({ citation, source }: { citation: Citation; source: Source | undefined }) {
  return (
    <figure className="citation">
      <blockquote>{citation.quote}</blockquote>
      {source && (
        <figcaption>
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer external" target="_blank">
              {source.title}
            </a>
          ) : (
            <cite>{source.title}</cite>
          )}
          {', '}
          {source.outlet}
          {source.author && `, by ${source.author}`}
          {', '}
          {publishedLabel(source)}
        </figcaption>
      )}
    </figure>
  );
}

function publishedLabel(source: Source): string {
  const date = parsePartialDate(source.published);
  const shown = date ? formatPartial(date) : source.published;
  return source.publishedPrecision === 'approximate' ? `published about ${shown}` : `published ${shown}`;
}
