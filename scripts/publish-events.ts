import fs from 'node:fs';
import path from 'node:path';
import { defaultLocations, readArticleTexts, readRawDataset } from '@/lib/data/catalog';
import {
  comparePublished,
  parsePublished,
  PUBLISHED_EVENTS,
  PUBLISHED_STORIES,
  publishedRecord,
  type Publishable,
  type PublishedKind,
} from '@/lib/data/published';
import { formatProblem, validateDataset } from '@/lib/data/validate';

// `npm run events:publish`: records every event as published (events/published.json), and every
// story (events/published-stories.json). It refuses while the data has any other problem, and when a
// published event or story disappeared, changed without a new revision or lost one: those an editor
// must mend in the data, never by re-recording.

const locations = defaultLocations();
const { published, publishedStories, ...raw } = readRawDataset(locations.eventsDir);
const articles = readArticleTexts(locations.seedsDir);
if (!articles) console.warn(`!!! QUOTE CHECK SKIPPED: no article texts at ${locations.seedsDir}.`);
const { dataset, problems } = validateDataset(raw, articles);
if (!dataset) {
  console.error(problems.map(formatProblem).join('\n'));
  process.exit(1);
}

/** The new record of one kind, or `null` (having said why) when an editor must mend the data first. */
function record(previousRaw: unknown, records: ReadonlyArray<Publishable>, kind: PublishedKind) {
  const previous = previousRaw === undefined ? {} : parsePublished(previousRaw);
  if (!previous) {
    console.error(`events/${kind.file} is not a record of published ${kind.noun === 'event' ? 'events' : 'stories'}`);
    return null;
  }
  const blocking = comparePublished(previous, records, new Set(), kind).filter(({ kind: problem }) => problem === 'removed' || problem === 'unrevised' || problem === 'revision-removed');
  if (blocking.length > 0) {
    console.error(blocking.map((problem) => formatProblem({ scope: kind.noun, ...problem })).join('\n'));
    return null;
  }
  return { previous, next: publishedRecord(records) };
}

const events = record(published, dataset.events, PUBLISHED_EVENTS);
const stories = record(publishedStories, dataset.stories, PUBLISHED_STORIES);
if (!events || !stories) process.exit(1);
for (const [kind, { previous, next }] of [[PUBLISHED_EVENTS, events], [PUBLISHED_STORIES, stories]] as const) {
  fs.writeFileSync(path.join(locations.eventsDir, kind.file), `${JSON.stringify(next, null, 2)}\n`);
  const added = Object.keys(next).filter((id) => !(id in previous)).length;
  console.log(`events/${kind.file}: ${Object.keys(next).length} ${kind.noun === 'event' ? 'events' : 'stories'} recorded (${added} newly published)`);
}
