import Link from 'next/link';
import type { Catalog } from '@/lib/data/catalog';
import { formatEventDate, formatPartial, parsePartialDate } from '@/lib/dates/partial-date';
import { KIND_LABELS, ROLE_LABELS } from '@/lib/data/labels';
import type { Citation, Source, TimelineEvent } from '@/lib/data/schema';
import { actorPath, sourcePath } from '@/lib/publish/site';
import { textFragmentUrl } from '@/lib/publish/text-fragment';

export interface EventDetailsProps {
  event: TimelineEvent;
  catalog: Pick<Catalog, 'actorById' | 'sourceById'>;
  /** The level of the details' own headings: one below the event's title. */
  headingLevel: 2 | 3;
}

/** What the source panel and the event page both show of an event, below its title. */
export function EventDetails({ event, catalog, headingLevel }: EventDetailsProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const source = (citation: Citation) => catalog.sourceById.get(citation.source);
  return (
    <>
      {event.dateNote && (
        <p className="date-note">
          <span className="label">How the date was worked out:</span> {event.dateNote}
        </p>
      )}
      <p>{event.summary}</p>

      <dl className="facts">
        <dt>Kind</dt>
        <dd>{KIND_LABELS[event.kind]}</dd>
        {event.place && (
          <>
            <dt>Place</dt>
            <dd>
              {[event.place.name, event.place.governorate && `${event.place.governorate} governorate`, event.place.country]
                .filter(Boolean)
                .join(', ')}
            </dd>
          </>
        )}
        <dt>Actors</dt>
        <dd>
          <ul className="actor-roles">
            {event.actors.map(({ actor, role }) => (
              <li key={actor}>
                <Link href={actorPath(actor)} prefetch={false}>{catalog.actorById.get(actor)?.name ?? actor}</Link>{' '}
                <span className="role">({ROLE_LABELS[role]})</span>
              </li>
            ))}
          </ul>
        </dd>
      </dl>

      {event.claims && (
        <section aria-labelledby={`claims-${event.id}`} className="claims">
          <Heading id={`claims-${event.id}`}>What each side says</Heading>
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

      <section aria-labelledby={`sources-${event.id}`}>
        <Heading id={`sources-${event.id}`}>Sources</Heading>
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
    </>
  );
}

export function EventDateLine({ event }: { event: TimelineEvent }) {
  return (
    <p className="panel-date">
      <time dateTime={event.start}>{formatEventDate(event)}</time>
      {' · '}
      {KIND_LABELS[event.kind]}
    </p>
  );
}

function CitationView({ citation, source }: { citation: Citation; source: Source | undefined }) {
  return (
    <figure className="citation">
      <blockquote>
        {source?.url ? (
          <a href={textFragmentUrl(source.url, citation.quote)} rel="noopener noreferrer external" target="_blank" className="quote-link">
            {citation.quote}
          </a>
        ) : (
          citation.quote
        )}
      </blockquote>
      {source && (
        <figcaption>
          <Link href={sourcePath(source.id)} prefetch={false}>{source.title}</Link>
          {', '}
          {source.outlet}
          {source.author && `, by ${source.author}`}
          {', '}
          {publishedLabel(source)}
          {source.url ? (
            <>
              {' · '}
              <a href={source.url} rel="noopener noreferrer external" target="_blank">
                original article
              </a>
            </>
          ) : (
            ' · no address known for the original'
          )}
        </figcaption>
      )}
    </figure>
  );
}

export function publishedLabel(source: Source): string {
  const date = parsePartialDate(source.published);
  const shown = date ? formatPartial(date) : source.published;
  return source.publishedPrecision === 'approximate' ? `published about ${shown}` : `published ${shown}`;
}
