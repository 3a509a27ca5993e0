import Link from 'next/link';
import { storyPath } from '@/lib/publish/site';
import type { StoryMode } from '@/lib/view/story-view';
import { SiteLink } from './site-link';
import './story-card.css';

export interface StoryCardProps {
  story: StoryMode;
  /** Inside an embed: the story's own page opens in the top window. */
  embedded?: boolean;
}

export const STORY_CARD_HEADING_ID = 'story-card-heading';

/**
 * Story mode's card, above the source panel: where the reader is in the story, the step's text, and
 * the way on. Plain links, so it reads and steps without JavaScript; the keys are SelectionKeys'.
 */
export function StoryCard({ story, embedded = false }: StoryCardProps) {
  return (
    <section className="story-card" aria-labelledby={STORY_CARD_HEADING_ID} data-story-id={story.id} data-step={story.step}>
      <p className="story-progress">
        Story · Step {story.step} of {story.total}
      </p>
      <h2 id={STORY_CARD_HEADING_ID}>
        <SiteLink href={storyPath(story.id)} target={embedded ? '_top' : undefined}>
          {story.title}
        </SiteLink>
      </h2>
      <p className="story-text">{story.text}</p>
      <nav className="story-nav" aria-label="Story steps">
        {story.previousHref ? (
          <Link href={story.previousHref} scroll={false} rel="prev" className="story-button">
            ← Previous step
          </Link>
        ) : (
          <span className="muted">First step</span>
        )}
        <Link href={story.leaveHref} scroll={false} className="story-leave">
          Leave the story
        </Link>
        {story.nextHref ? (
          <Link href={story.nextHref} scroll={false} rel="next" className="story-button">
            Next step →
          </Link>
        ) : (
          <span className="muted">Last step</span>
        )}
      </nav>
      <p className="story-keys muted">Keys: → next step, ← previous, Esc leaves the story.</p>
    </section>
  );
}
