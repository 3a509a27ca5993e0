import Link from 'next/link';
import { formatDay } from '@/lib/dates/partial-date';

export interface SiteFooterProps {
  /** The dataset's version: the day of its latest change. */
  version: string;
  events: number;
  sources: number;
}

/** The data's version on every page, with where its corrections are listed. */
export function SiteFooter({ version, events, sources }: SiteFooterProps) {
  return (
    <footer className="site-footer">
      <p>
        Data version <time dateTime={version}>{formatDay(version)}</time>: {events} events from {sources} articles.{' '}
        {/* The top window, should the footer ever show inside an embed's frame. */}
        <a href="/changes" target="_top">
          Changes and corrections
        </a>{' '}
        (
        <a href="/changes.atom" target="_top">
          Atom feed
        </a>
        ) ·{' '}
        <a href="/data/events.json" target="_top">
          All the data (JSON)
        </a>{' '}
        ·{' '}
        <Link href="/stories" target="_top" prefetch={false}>
          Stories
        </Link>
      </p>
    </footer>
  );
}
