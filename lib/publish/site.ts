// The public address of the site, for canonical URLs, permalinks and citations.
// Set SITE_URL where the site is deployed; locally it is the dev server's address.
export const SITE_NAME = 'The Syrian war, 2011–2024: a citable timeline';
/** What page titles end with. */
export const SITE_SHORT_NAME = 'Syrian war timeline';

export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.SITE_URL?.trim();
  if (raw) {
    try {
      const url = new URL(raw);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin + url.pathname.replace(/\/+$/, '');
    } catch {
      // Fall through to the default: a bad SITE_URL must not take the site down.
    }
  }
  return 'http://localhost:3000';
}

export function absoluteUrl(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return `${siteUrl(env)}${path.startsWith('/') ? path : `/${path}`}`;
}

export const eventPath = (id: string) => `/events/${encodeURIComponent(id)}`;
export const actorPath = (id: string) => `/actors/${encodeURIComponent(id)}`;
export const sourcePath = (id: string) => `/sources/${encodeURIComponent(id)}`;
export const placePath = (id: string) => `/places/${encodeURIComponent(id)}`;
