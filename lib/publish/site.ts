// The public address of the site, for canonical URLs, permalinks and citations.
// Set SITE_URL where the site is deployed; locally it is the dev server's address.
export const SITE_NAME = 'The Syrian war, 2011–2024: a citable timeline';
/** What page titles end with. */
export const SITE_SHORT_NAME = 'Syrian war timeline';
/**
 * Who publishes the site: the publisher that page metadata, structured data and reference managers
 * are given. Change it here and nowhere else.
 */
export const SITE_PUBLISHER = SITE_NAME;
/** The language of every page, as a BCP 47 tag. */
export const SITE_LANGUAGE = 'en';

const DEFAULT_SITE_URL = 'http://localhost:3000';

/** SITE_URL as given, when it is a usable http(s) address; `null` when it is unset or unusable. */
function configuredSiteUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.SITE_URL?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin + url.pathname.replace(/\/+$/, '');
  } catch {
    // A bad SITE_URL must not take the site down: the default stands in, and the build says so.
  }
  return null;
}

export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return configuredSiteUrl(env) ?? DEFAULT_SITE_URL;
}

/**
 * What a production build says when every permalink, citation and embed code it writes would point
 * at the default address instead of the site's own; `null` when SITE_URL is set and usable.
 */
export function siteUrlWarning(env: NodeJS.ProcessEnv = process.env): string | null {
  if (configuredSiteUrl(env) !== null) return null;
  const given = env.SITE_URL?.trim() ? `SITE_URL is not an http(s) address (${JSON.stringify(env.SITE_URL)})` : 'SITE_URL is not set';
  return [
    `WARNING: ${given}.`,
    `Every canonical link, permalink, citation, embed code and link preview this build writes will point at ${DEFAULT_SITE_URL}.`,
    'Set SITE_URL to the public address before building, e.g. SITE_URL=https://timeline.example.org npm run build',
  ].join('\n');
}

export function absoluteUrl(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return `${siteUrl(env)}${path.startsWith('/') ? path : `/${path}`}`;
}

export const eventPath = (id: string) => `/events/${encodeURIComponent(id)}`;
export const actorPath = (id: string) => `/actors/${encodeURIComponent(id)}`;
export const sourcePath = (id: string) => `/sources/${encodeURIComponent(id)}`;
/** The card of one event, made to be framed by other sites. */
export const eventEmbedPath = (id: string) => `/embed/events/${encodeURIComponent(id)}`;
export const placePath = (id: string) => `/places/${encodeURIComponent(id)}`;
export const storyPath = (id: string) => `/stories/${encodeURIComponent(id)}`;
export const storyEmbedPath = (id: string) => `/embed?story=${encodeURIComponent(id)}`;
