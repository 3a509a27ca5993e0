import type { Catalog } from '@/lib/data/catalog';
import { formatDay, formatEventDate, formatPartial, parsePartialDate } from '@/lib/dates/partial-date';
import { eventVersion } from '@/lib/data/versions';
import { citedSourceIds } from '@/lib/data/event-sources';
import { KIND_LABELS, ROLE_LABELS } from '@/lib/data/labels';
import type { Citation, Source, TimelineEvent } from '@/lib/data/schema';
import { actorPath, placePath, sourcePath } from '@/lib/publish/site';
import { textFragmentUrl } from '@/lib/publish/text-fragment';
import { SiteLink } from './site-link';

export interface EventDetailsProps {
  event: TimelineEvent;
  catalog: Pick<Catalog, 'actorById' | 'sourceById' | 'placeById'>;
  /** The level of the details' own headings: one below the event's title. */
  headingLevel: 2 | 3;
  /** Where links to the site's pages open: `_top` inside an embed. */
  linkTarget?: '_top' | undefined;
}

/** What the source panel and the event page both show of an event, below its title. */
export function EventDetails({ event, catalog, headingLevel, linkTarget }: EventDetailsProps) {
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
                .join(', ')}{' '}
              <Grounding words={event.place.as} />
              <span className="place-links">
                {' '}
                ({event.place.near && 'near: '}
                {event.place.ids.map((id, at) => (
                  <span key={id}>
                    {at > 0 && ', '}
                    <SiteLink href={placePath(id)} target={linkTarget}>
                      {catalog.placeById.get(id)?.name ?? id}
                    </SiteLink>
                  </span>
                ))}
                )
              </span>
              <PlaceReasons place={event.place} catalog={catalog} />
            </dd>
          </>
        )}
        <dt>Actors</dt>
        <dd>
          <ul className="actor-roles">
            {event.actors.map(({ actor, role, as }) => (
              <li key={actor}>
                <SiteLink href={actorPath(actor)} target={linkTarget}>
                  {catalog.actorById.get(actor)?.name ?? actor}
                </SiteLink>{' '}
                <span className="role">({ROLE_LABELS[role]})</span> <Grounding words={as} />
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
                <CitationView citation={claim.citation} source={source(claim.citation)} linkTarget={linkTarget} />
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
              <CitationView citation={citation} source={source(citation)} linkTarget={linkTarget} />
            </li>
          ))}
        </ul>
      </section>

      {event.notes && (
        <p className="notes">
          <span className="label">Note:</span> {event.notes}
        </p>
      )}
      <EventVersionNote event={event} linkTarget={linkTarget} />
    </>
  );
}

/** Why a place stands for words that do not name it, so a reader can weigh it. */
function PlaceReasons({ place, catalog }: { place: NonNullable<TimelineEvent['place']>; catalog: Pick<Catalog, 'placeById'> }) {
  const reasons = place.ids.flatMap((id) => {
    const reason: unknown = place.reasons && Object.getOwnPropertyDescriptor(place.reasons, id)?.value;
    return typeof reason === 'string' ? [{ id, reason }] : [];
  });
  if (reasons.length === 0) return null;
  return (
    <ul className="place-reasons">
      {reasons.map(({ id, reason }) => (
        <li key={id}>
          Why {catalog.placeById.get(id)?.name ?? id}, which these words do not name: {reason}
        </li>
      ))}
    </ul>
  );
}

/** The words of the quotes that name an actor or give the place, so a reader can check them. */
function Grounding({ words }: { words: string }) {
  return (
    <span className="grounding">
      <span className="visually-hidden">named in the sources as </span>— “{words}”
    </span>
  );
}

/** "article" or "articles": what a person read the event against. */
function checkedAgainst(event: TimelineEvent): string {
  return citedSourceIds(event).length > 1 ? 'articles' : 'article';
}

/**
 * When the event was first published and each later change, so a citation can name its version,
 * and the day a person last read it against its articles (`checked`).
 */
export function EventVersionNote({ event, linkTarget }: { event: TimelineEvent; linkTarget?: '_top' | undefined }) {
  const { published } = eventVersion(event);
  return (
    <p className="version-note">
      First published {formatDay(published)}
      {event.revisions?.map((revision) => (
        <span key={`${revision.date}-${revision.reason}`}>
          ; revised {formatDay(revision.date)} ({revision.reason})
        </span>
      ))}
      . Last checked against its {checkedAgainst(event)} on <time dateTime={event.checked}>{formatDay(event.checked)}</time>.{' '}
      <SiteLink href="/changes" target={linkTarget}>
        All changes
      </SiteLink>
    </p>
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

export interface CitationViewProps {
  citation: Citation;
  source: Source | undefined;
  linkTarget?: '_top' | undefined;
}

/** A quote, linked to its words in the original, and the article it comes from. */
export function CitationView({ citation, source, linkTarget }: CitationViewProps) {
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
          <SiteLink href={sourcePath(source.id)} target={linkTarget}>
            {source.title}
          </SiteLink>
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
