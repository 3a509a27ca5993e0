import type { Metadata } from 'next';
import Link from 'next/link';
import { getCatalog } from '@/lib/data/catalog';
import { absoluteUrl, storyPath } from '@/lib/publish/site';
import { storiesInOrder, storySpan } from '@/lib/view/story-view';
import './stories.css';

export const metadata: Metadata = {
  title: 'Stories: guided readings through the timeline',
  description: 'Guided readings through the events of the Syrian war, each step backed by the words of its source: what led up to a turning point, and what followed.',
  alternates: { canonical: absoluteUrl('/stories') },
};

export default function StoriesPage() {
  const catalog = getCatalog();
  const stories = storiesInOrder(catalog);
  return (
    <main className="page page-narrow stories-index">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/" prefetch={false}>
          The Syrian war, 2011–2024
        </Link>{' '}
        › Stories
      </nav>
      <h1>Stories</h1>
      <p>
        A way into the timeline for a reader new to the war: each story takes one turning point, what led up to it and what followed,
        step by step. Every step is an event of the timeline, shown with the words of the article that backs it, and the last step says
        what the articles leave open.
      </p>
      <ol className="story-list">
        {stories.map((story) => (
          <li key={story.id} data-story-id={story.id}>
            <h2>
              <Link href={storyPath(story.id)} prefetch={false}>
                {story.title}
              </Link>
            </h2>
            <p className="story-meta muted">
              {storySpan(story, catalog)} · {story.steps.length} steps
            </p>
            <p>{story.introduction}</p>
          </li>
        ))}
      </ol>
    </main>
  );
}
