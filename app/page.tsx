import { getCatalog } from '@/lib/data';
import { EventList } from './_components/event-list';

export default function HomePage() {
  const catalog = getCatalog();
  return (
    <main className="page">
      <header className="page-header">
        <h1>The Syrian war, 2011–2024</h1>
        <p>
          {catalog.events.length} events from {catalog.sources.length} articles, each with the words of its source.
        </p>
      </header>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">Events in order</h2>
        <EventList events={catalog.events} catalog={catalog} />
      </section>
    </main>
  );
}
