import 'server-only';
import type { Catalog } from '@/lib/data/catalog';
import { formatEventDate } from '@/lib/dates/partial-date';
import { EMPTY_VIEW, parseViewState, viewHref, type KnownIds, type ViewState } from '@/lib/view/url-state';
import { embedCode, eventTitle, EVENT_EMBED_SIZE, fitSize, TIMELINE_EMBED_SIZE, viewTitle, type FrameSize } from '@/lib/publish/embed';
import { eventEmbedPath, eventPath, SITE_NAME, storyEmbedPath, storyPath } from '@/lib/publish/site';

// oEmbed (https://oembed.com): what another site is told when it asks how to embed one of our URLs.

/** What a URL of this site shows that can be embedded: a timeline view, or one event. */
export type EmbedTarget = { kind: 'view'; state: ViewState } | { kind: 'event'; id: string } | { kind: 'story'; id: string };

const MAX_URL_LENGTH = 4_000;

/**
 * Reads a URL as a page of this site (`site`, as SITE_URL gives it): the timeline with any view (or
 * its embed), an actor's page (the timeline of that actor), an event's page (or its card), a story's page. `null`
 * for another host, an unknown page or id, or anything unreadable. Never throws.
 */
export function matchSiteUrl(raw: unknown, site: string, known: KnownIds): EmbedTarget | null {
  try {
    if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH) return null;
    const url = new URL(raw);
    const base = new URL(site);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.host !== base.host || url.username !== '' || url.password !== '') return null;
    const prefix = base.pathname.replace(/\/+$/, '');
    if (url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return null;
    const path = url.pathname.slice(prefix.length).replace(/\/$/, '');

    if (path === '' || path === '/embed') return { kind: 'view', state: parseViewState(url.searchParams, known) };
    const event = /^\/(?:embed\/)?events\/([^/]+)$/.exec(path);
    if (event?.[1] !== undefined) {
      const id = decodeURIComponent(event[1]);
      return known.eventIds.has(id) ? { kind: 'event', id } : null;
    }
    const story = /^\/stories\/([^/]+)$/.exec(path);
    if (story?.[1] !== undefined) {
      const id = decodeURIComponent(story[1]);
      return known.stories?.has(id) ? { kind: 'story', id } : null;
    }
    const actor = /^\/actors\/([^/]+)$/.exec(path);
    if (actor?.[1] !== undefined) {
      const id = decodeURIComponent(actor[1]);
      return known.actorIds.has(id) ? { kind: 'view', state: { ...EMPTY_VIEW, actors: [id] } } : null;
    }
    return null;
  } catch {
    return null;
  }
}

/** oEmbed's maxwidth or maxheight: a positive whole number of pixels, or nothing. */
export function parseMaxDimension(value: string | null): number | undefined {
  if (value === null || !/^\d{1,6}$/.test(value.trim())) return undefined;
  const number = Number(value.trim());
  return number > 0 ? number : undefined;
}

export interface OEmbedLimits {
  maxWidth?: number | undefined;
  maxHeight?: number | undefined;
}

/** A `rich` oEmbed answer. Field names are the spec's. */
export interface OEmbedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

/** The link previews' size (og-card.tsx's OG_SIZE), offered as a thumbnail when the host allows that much. */
const THUMBNAIL = { width: 1200, height: 630 };

interface Embed {
  title: string;
  /** The embed page's path. */
  path: string;
  size: FrameSize;
  /** The path of the link-preview image that stands for it. */
  thumbnail: string;
}

function embedOf(target: EmbedTarget, catalog: Pick<Catalog, 'eventById' | 'actorById' | 'storyById'>): Embed {
  if (target.kind === 'story') {
    const story = catalog.storyById.get(target.id);
    return {
      title: story ? `${story.title}: a story in ${story.steps.length} steps` : SITE_NAME,
      path: storyEmbedPath(target.id),
      size: TIMELINE_EMBED_SIZE,
      thumbnail: `${storyPath(target.id)}/opengraph-image`,
    };
  }
  if (target.kind === 'event') {
    const event = catalog.eventById.get(target.id);
    return {
      title: event ? eventTitle(event.title, formatEventDate(event)) : SITE_NAME,
      path: eventEmbedPath(target.id),
      size: EVENT_EMBED_SIZE,
      thumbnail: `${eventPath(target.id)}/opengraph-image`,
    };
  }
  return {
    title: viewTitle(target.state, (id) => catalog.actorById.get(id)?.name),
    path: viewHref(target.state, {}, '/embed'),
    size: TIMELINE_EMBED_SIZE,
    thumbnail: '/opengraph-image',
  };
}

export function oembedResponse(target: EmbedTarget, catalog: Pick<Catalog, 'eventById' | 'actorById' | 'storyById'>, site: string, limits: OEmbedLimits = {}): OEmbedResponse {
  const { maxWidth, maxHeight } = limits;
  const { title, path, size, thumbnail } = embedOf(target, catalog);
  const fitted = fitSize(size, maxWidth, maxHeight);
  // The spec: a thumbnail must respect maxwidth and maxheight too, so it is left out where it would not.
  const thumbnailFits = (maxWidth ?? Infinity) >= THUMBNAIL.width && (maxHeight ?? Infinity) >= THUMBNAIL.height;
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: SITE_NAME,
    provider_url: `${site}/`,
    html: embedCode({ src: `${site}${path}`, title, ...fitted }, site),
    ...fitted,
    ...(thumbnailFits && { thumbnail_url: `${site}${thumbnail}`, thumbnail_width: THUMBNAIL.width, thumbnail_height: THUMBNAIL.height }),
  };
}

/** The address of our oEmbed answer for one of our pages, for its discovery `<link>`. */
export function oembedUrl(pageUrl: string, site: string): string {
  return `${site}/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;
}
