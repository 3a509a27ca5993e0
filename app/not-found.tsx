import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="page page-narrow">
      <h1>Not found</h1>
      <p>There is no page at this address. An event, actor or source may have been named differently.</p>
      <p>
        <Link href="/" prefetch={false}>Go to the timeline</Link> to search every event.
      </p>
    </main>
  );
}
