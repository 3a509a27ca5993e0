import type { Metadata } from 'next';
import Link from 'next/link';
import { getCatalog } from '@/lib/data/catalog';
import { changes, changesByDay, datasetVersion } from '@/lib/data/versions';
import { formatDay } from '@/lib/dates/partial-date';
import { absoluteUrl, eventPath, storyPath } from '@/lib/publish/site';

export const metadata: Metadata = {
  title: 'Changes to the timeline',
  description: 'Every event and story published and every later revision, newest first, so that anyone who cited the timeline can follow corrections.',
  alternates: { canonical: absoluteUrl('/changes'), types: { 'application/atom+xml': absoluteUrl('/changes.atom') } },
};

export default function ChangesPage() {
  const catalog = getCatalog();
  const byDate = changesByDay(changes(catalog.events, catalog.stories));
  return (
    <main className="page page-narrow">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">The Syrian war, 2011–2024</Link> › Changes
      </nav>
      <h1>Changes to the timeline</h1>
      <p>
        Events and stories are cited, so none changes silently: each keeps its permanent address, and every change is listed here with its
        reason. The data&apos;s version is {formatDay(datasetVersion(catalog.events))}. Follow this list in a feed reader:{' '}
        <a href="/changes.atom">Atom feed</a>.
      </p>
      {byDate.map(([date, entries]) => (
        <section key={date} aria-labelledby={`changes-${date}`}>
          <h2 id={`changes-${date}`}>
            <time dateTime={date}>{formatDay(date)}</time>
          </h2>
          <ul className="changes">
            {entries.map((change) => (
              <li key={`${change.kind}-${change.id}-${change.revision}`}>
                {change.kind === 'story' && 'Story: '}
                <Link href={change.kind === 'story' ? storyPath(change.id) : eventPath(change.id)}>{change.title}</Link>: {change.reason ?? 'first published'}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
