import 'server-only';
import { ImageResponse } from 'next/og';
import type { Catalog } from '@/lib/data/catalog';
import { citedSources } from '@/lib/data/event-sources';
import { CAMP_LABELS, CAMP_ORDER, eventCamp, KIND_LABELS } from '@/lib/data/labels';
import type { Actor, Story, TimelineEvent } from '@/lib/data/schema';
import type { Camp } from '@/lib/data/vocabulary';
import { formatEventDate } from '@/lib/dates/partial-date';
import { drawable, OG_FONT_FAMILY, ogFonts } from '@/lib/publish/og-font';
import { SITE_NAME } from '@/lib/publish/site';

// The link-preview image (Open Graph, 1200 × 630) of the home, an event, an actor and a story: one layout.

export const OG_SIZE = { width: 1200, height: 630 };
export const OG_CONTENT_TYPE = 'image/png';

/** The camps' colours as the light page draws them (globals.css; og-card.test.ts holds them equal). */
export const CAMP_COLOURS: Record<Camp, string> = {
  regime: '#d55e00',
  opposition: '#009e73',
  jihadist: '#3d3d3d',
  kurdish: '#e69f00',
  'us-coalition': '#0072b2',
  other: '#cc79a7',
};

const INK = '#1b1d21';
const MUTED = '#555b69';
const LINE = '#d3d7df';

export interface OgCard {
  /** Above the title: the date at its precision, or what kind of page this is. */
  kicker: string;
  title: string;
  /** A line or two below the title. */
  text?: string | undefined;
  /** The camps involved, each drawn in its colour; the first colours the edge. */
  camps: ReadonlyArray<Camp>;
  /** At the foot: where it comes from. */
  footer: string;
}

export function ogImage(card: OgCard): ImageResponse {
  const { fonts, drawn } = ogFonts();
  const text = (value: string, maxLength?: number) => drawable(value, drawn, maxLength);
  const title = text(card.title, 140);
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', background: '#ffffff', color: INK, fontFamily: OG_FONT_FAMILY }}>
        <div style={{ width: 28, height: '100%', display: 'flex', flexDirection: 'column' }}>
          {(card.camps.length > 0 ? card.camps : (['other'] as const)).map((camp) => (
            <div key={camp} style={{ flex: 1, background: CAMP_COLOURS[camp] }} />
          ))}
        </div>
        <div style={{ flex: 1, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '52px 64px 44px' }}>
          <div style={{ display: 'flex', flexDirection: 'column' }}>
            <div style={{ display: 'flex', fontSize: 32, color: MUTED }}>{text(card.kicker, 70)}</div>
            <div style={{ display: 'flex', marginTop: 14, fontSize: title.length > 80 ? 52 : 62, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
            {card.text && <div style={{ display: 'flex', marginTop: 20, fontSize: 30, lineHeight: 1.35, color: MUTED }}>{text(card.text, 150)}</div>}
          </div>
          <div style={{ display: 'flex', flexDirection: 'column' }}>
            <div style={{ display: 'flex', flexWrap: 'wrap' }}>
              {card.camps.map((camp) => (
                <div key={camp} style={{ display: 'flex', alignItems: 'center', marginRight: 28, marginTop: 10, fontSize: 26 }}>
                  <div style={{ width: 26, height: 26, borderRadius: 6, marginRight: 10, background: CAMP_COLOURS[camp] }} />
                  {CAMP_LABELS[camp]}
                </div>
              ))}
            </div>
            <div
              style={{ display: 'flex', justifyContent: 'space-between', marginTop: 22, paddingTop: 18, borderTop: `2px solid ${LINE}`, fontSize: 24, color: MUTED }}
            >
              <div style={{ display: 'flex', flex: 1, marginRight: 32 }}>{text(card.footer, 100)}</div>
              <div style={{ display: 'flex', flexShrink: 0 }}>{text(SITE_NAME)}</div>
            </div>
          </div>
        </div>
      </div>
    ),
    { ...OG_SIZE, fonts },
  );
}

const outlets = (events: ReadonlyArray<TimelineEvent>, catalog: Pick<Catalog, 'sourceById'>) => [
  ...new Set(events.flatMap((event) => citedSources(event, catalog.sourceById).map((source) => source.outlet))),
];

/** An event: its date at its precision, its title, the camps of its actors (the one that acted first), its outlets. */
export function eventCard(event: TimelineEvent, catalog: Pick<Catalog, 'actorById' | 'sourceById'>): OgCard {
  const lead = eventCamp(event, catalog.actorById);
  const involved = new Set(event.actors.map(({ actor }) => catalog.actorById.get(actor)?.camp ?? 'other'));
  const sources = outlets([event], catalog);
  return {
    kicker: `${formatEventDate(event)} · ${KIND_LABELS[event.kind]}`,
    title: event.title,
    camps: [lead, ...CAMP_ORDER.filter((camp) => camp !== lead && involved.has(camp))],
    footer: `${sources.length === 1 ? 'Source' : 'Sources'}: ${sources.join('; ')}`,
  };
}

/** An actor: its name and camp, what it is, and how many events involve it. */
export function actorCard(actor: Actor, catalog: Pick<Catalog, 'events' | 'sourceById'>): OgCard {
  const events = catalog.events.filter((event) => event.actors.some(({ actor: id }) => id === actor.id));
  return {
    kicker: `${CAMP_LABELS[actor.camp]} · ${events.length} event${events.length === 1 ? '' : 's'}`,
    title: actor.name,
    text: actor.description,
    camps: [actor.camp],
    footer: `Sources: ${outlets(events, catalog).join('; ')}`,
  };
}

/** A story: its span and steps, its title and introduction, the camps of its events' actors, their outlets. */
export function storyCard(story: Story, span: string, catalog: Pick<Catalog, 'actorById' | 'sourceById' | 'eventById'>): OgCard {
  const events = story.steps.flatMap(({ event }) => catalog.eventById.get(event) ?? []);
  const involved = new Set(events.flatMap((event) => event.actors.map(({ actor }) => catalog.actorById.get(actor)?.camp ?? 'other')));
  return {
    kicker: `A story in ${story.steps.length} steps · ${span}`,
    title: story.title,
    text: story.introduction,
    camps: CAMP_ORDER.filter((camp) => involved.has(camp)),
    footer: `Sources: ${outlets(events, catalog).join('; ')}`,
  };
}

/** The whole timeline: every camp, every outlet. */
export function homeCard(catalog: Pick<Catalog, 'events' | 'sources'>): OgCard {
  return {
    kicker: 'An interactive, citable timeline',
    title: 'The Syrian war, 2011–2024',
    text: `${catalog.events.length} events from ${catalog.sources.length} articles: the jihadist groups, the rebels, the regime and the foreign powers, each event backed by the words of its source.`,
    camps: CAMP_ORDER,
    footer: `Sources: ${[...new Set(catalog.sources.map((source) => source.outlet))].join('; ')}`,
  };
}
