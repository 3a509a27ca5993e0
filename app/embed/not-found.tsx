import { SiteLink } from '../_components/site-link';

// Inside someone else's frame, the way on leads to the top window.
export default function EmbedNotFound() {
  return (
    <main className="embed">
      <h1>Not found</h1>
      <p>
        There is no event or view at this address.{' '}
        <SiteLink href="/" target="_top">
          Open the timeline
        </SiteLink>{' '}
        to search every event.
      </p>
    </main>
  );
}
