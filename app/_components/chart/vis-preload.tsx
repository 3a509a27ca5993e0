import dynamic from 'next/dynamic';

/**
 * Renders nothing. On the server, `next/dynamic` names the chunks of what its loader imports as
 * preloads in the page, so the browser fetches vis-timeline alongside the page's own scripts
 * rather than once they have run; `use-vis-timeline` then imports it from the cache. Its own
 * Suspense boundary (the `loading` option) keeps the rest of the page from waiting for it to hydrate.
 */
export const VisPreload = dynamic(() => import('./vis-libraries').then(() => Nothing), { ssr: true, loading: Nothing });

function Nothing() {
  return null;
}
