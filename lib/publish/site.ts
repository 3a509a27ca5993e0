// The public address of the site, for canonical URLs, permalinks and citations.
// Set SITE_URL where the site is deployed; locally it is the dev server's address.
// The pages a build prerenders carry the address it was built with, so that address is also the
// server's own unless SITE_URL is set again when it starts (and then it says so, instrumentation.ts).
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

/**
 * SITE_URL as it was when this server was built: next.config.js writes it into the server's code
 * (`compiler.defineServer`). Undefined outside a Next.js server build (tests, scripts, the browser).
 */
const BUILT_SITE_URL: string | undefined = process.env.BUILT_SITE_URL;

/** An address as given, when it is a usable http(s) address; `null` when it is unset or unusable. */
function usableUrl(given: string | undefined): string | null {
  const raw = given?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin + url.pathname.replace(/\/+$/, '');
  } catch {
    // A bad SITE_URL must not take the site down: the default stands in, and the build says so.
  }
  return null;
}

function configuredSiteUrl(env: NodeJS.ProcessEnv): string | null {
  return usableUrl(env.SITE_URL);
}

/** The site's address: SITE_URL, else the address the server was built with, else the local default. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env, built: string | undefined = BUILT_SITE_URL): string {
  return configuredSiteUrl(env) ?? usableUrl(built) ?? DEFAULT_SITE_URL;
}

/**
 * What a server says when it starts with a SITE_URL other than its build's: the pages, permalinks,
 * citations and embed codes written at build time keep the build's address while the answers made
 * now (oEmbed, the sitemap, feeds) take the new one, so discovery links and embeds can point at a
 * site that does not answer for them. `null` when SITE_URL is unset (the build's address stands) or
 * the same, and outside a server build.
 */
export function siteUrlStartWarning(env: NodeJS.ProcessEnv = process.env, built: string | undefined = BUILT_SITE_URL): string | null {
  if (built === undefined || !env.SITE_URL?.trim()) return null;
  const ofBuild = usableUrl(built) ?? DEFAULT_SITE_URL;
  const atStart = configuredSiteUrl(env);
  if (atStart === ofBuild) return null;
  if (atStart === null) {
    return [
      `WARNING: SITE_URL is not an http(s) address (${JSON.stringify(env.SITE_URL)}); this server answers as ${ofBuild}, the address it was built with.`,
      'Start it without SITE_URL, or with the address it was built with.',
    ].join('\n');
  }
  return [
    `WARNING: this server was started with SITE_URL=${atStart}, but it was built with ${ofBuild}.`,
    `Its pages, permalinks, citations and embed codes were written at build time and point at ${ofBuild};`,
    `oEmbed, the sitemap and the feeds now answer for ${atStart}, so the pages’ oEmbed discovery links point at answers that refuse them.`,
    `Rebuild with SITE_URL=${atStart} (SITE_URL=${atStart} npm run build), or start the server without SITE_URL to serve as ${ofBuild}.`,
  ].join('\n');
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
