import fs from 'node:fs';
import path from 'node:path';
import { defaultLocations, readArticleTexts, readRawDataset } from '@/lib/data/catalog';
import { comparePublished, parsePublished, PUBLISHED_FILE, publishedRecord } from '@/lib/data/published';
import { formatProblem, validateDataset } from '@/lib/data/validate';

// `npm run events:publish`: records every event as published (events/published.json). It refuses
// while the data has any other problem, and when a published event disappeared, changed without a
// new revision or lost one: those an editor must mend in the data, never by re-recording.

const locations = defaultLocations();
const { published, ...raw } = readRawDataset(locations.eventsDir);
const articles = readArticleTexts(locations.seedsDir);
if (!articles) console.warn(`!!! QUOTE CHECK SKIPPED: no article texts at ${locations.seedsDir}.`);
const { dataset, problems } = validateDataset(raw, articles);
const previous = published === undefined ? {} : parsePublished(published);
if (!dataset || !previous) {
  console.error(previous ? problems.map(formatProblem).join('\n') : `events/${PUBLISHED_FILE} is not a record of published events`);
  process.exit(1);
}
const blocking = comparePublished(previous, dataset.events, new Set()).filter(({ kind }) => kind === 'removed' || kind === 'unrevised' || kind === 'revision-removed');
if (blocking.length > 0) {
  console.error(blocking.map((problem) => formatProblem({ scope: 'event', ...problem })).join('\n'));
  process.exit(1);
}
const next = publishedRecord(dataset.events);
fs.writeFileSync(path.join(locations.eventsDir, PUBLISHED_FILE), `${JSON.stringify(next, null, 2)}\n`);
const added = Object.keys(next).filter((id) => !(id in previous)).length;
console.log(`events/${PUBLISHED_FILE}: ${Object.keys(next).length} events recorded (${added} newly published)`);
