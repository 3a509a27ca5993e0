import 'server-only';
import type { Catalog } from '@/lib/data/catalog';
import { formatEventDate } from '@/lib/dates/partial-date';
import type { Actor, Role, TimelineEvent } from '@/lib/data/schema';
import { absoluteUrl, eventPath } from '@/lib/publish/site';
import { citedSourceIds, citedSources } from '@/lib/data/event-sources';
import { eventGeo, placePrecision } from './event-geo';

// Exports of a view, laid out like the conflict datasets researchers know (ACLED): one row per event.

export const CSV_COLUMNS = [
  'event_id',
  'start_date',
  'end_date',
  'precision',
  'date_shown',
  'date_note',
  'event_kind',
  'title',
  'summary',
  'initiators',
  'targets',
  'other_actors',
  'place',
  'governorate',
  'country',
  'place_ids',
  'latitude',
  'longitude',
  'geo_precision',
  'sources',
  'source_urls',
  'quotes',
  'claims',
  'notes',
  'permalink',
  // Added after the first columns, never among them: a column's place is part of the interface.
  'checked',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

const LIST_SEPARATOR = '; ';
const QUOTE_SEPARATOR = ' | ';

function names(event: TimelineEvent, actorById: ReadonlyMap<string, Actor>, roles: ReadonlyArray<Role>): string {
  return event.actors
    .filter(({ role }) => roles.includes(role))
    .map(({ actor, role }) => {
      const name = actorById.get(actor)?.name ?? actor;
      return roles.length > 1 ? `${name} (${role})` : name;
    })
    .join(LIST_SEPARATOR);
}

/** The place columns: ids, latitudes and longitudes as lists in the same order (empty for a place off the map), and the geo precision. */
function geoColumns(event: TimelineEvent, placeById: Catalog['placeById']): Pick<Record<CsvColumn, string>, 'place_ids' | 'latitude' | 'longitude' | 'geo_precision'> {
  const geo = eventGeo(event, placeById);
  const list = (values: Array<number | null>) => (values.every((value) => value === null) ? '' : values.map((value) => value ?? '').join(LIST_SEPARATOR));
  return {
    place_ids: geo.placeIds.join(LIST_SEPARATOR),
    latitude: list(geo.latitudes),
    longitude: list(geo.longitudes),
    geo_precision: geo.precision === null ? '' : String(geo.precision),
  };
}

export function csvRow(event: TimelineEvent, catalog: Pick<Catalog, 'actorById' | 'sourceById' | 'placeById'>): Record<CsvColumn, string> {
  const sources = citedSources(event, catalog.sourceById);
  return {
    event_id: event.id,
    start_date: event.start,
    end_date: event.end ?? '',
    precision: event.precision,
    date_shown: formatEventDate(event),
    date_note: event.dateNote ?? '',
    event_kind: event.kind,
    title: event.title,
    summary: event.summary,
    initiators: names(event, catalog.actorById, ['initiator']),
    targets: names(event, catalog.actorById, ['target']),
    other_actors: names(event, catalog.actorById, ['participant', 'claimant', 'mentioned']),
    place: event.place?.name ?? '',
    governorate: event.place?.governorate ?? '',
    country: event.place?.country ?? '',
    ...geoColumns(event, catalog.placeById),
    sources: sources.map((source) => `${source.outlet}: ${source.title}`).join(LIST_SEPARATOR),
    source_urls: sources.flatMap((source) => source.url ?? []).join(LIST_SEPARATOR),
    quotes: event.citations.map(({ quote }) => quote).join(QUOTE_SEPARATOR),
    claims: (event.claims ?? []).map((claim) => `${claim.by}: ${claim.says}`).join(QUOTE_SEPARATOR),
    notes: event.notes ?? '',
    permalink: absoluteUrl(eventPath(event.id)),
    checked: event.checked,
  };
}

/**
 * One CSV cell, RFC 4180-quoted, and defused against formula injection: a spreadsheet would run a
 * cell that starts with = + - @ tab or carriage return, so such a cell is prefixed with an apostrophe.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(events: ReadonlyArray<TimelineEvent>, catalog: Pick<Catalog, 'actorById' | 'sourceById' | 'placeById'>): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const event of events) {
    const row = csvRow(event, catalog);
    lines.push(CSV_COLUMNS.map((column) => csvCell(row[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The JSON export: the public document's shape, holding only the view's events and what they name;
 * each place with its geo precision, and each event with its own.
 */
export function toJsonExport(events: ReadonlyArray<TimelineEvent>, catalog: Catalog) {
  const actorIds = new Set(events.flatMap((event) => event.actors.map(({ actor }) => actor)));
  const sourceIds = new Set(events.flatMap(citedSourceIds));
  const placeIds = new Set(events.flatMap((event) => event.place?.ids ?? []));
  return {
    sources: catalog.sources.filter((source) => sourceIds.has(source.id)),
    actors: catalog.actors.filter((actor) => actorIds.has(actor.id)),
    places: catalog.places.filter((place) => placeIds.has(place.id)).map((place) => ({ ...place, geoPrecision: placePrecision(place) })),
    events: events.map((event) => ({ ...event, geoPrecision: eventGeo(event, catalog.placeById).precision })),
  };
}
