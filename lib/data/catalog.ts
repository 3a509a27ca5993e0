import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { compareEvents } from '@/lib/dates/partial-date';
import type { Actor, Dataset, PlaceRecord, Source, Story, TimelineEvent } from '@/lib/data/schema';
import { processShared } from './process-shared';
import { PUBLISHED_FILE, PUBLISHED_STORIES_FILE } from './published';
import { datasetVersion } from './versions';
import { formatProblem, validateDataset, type ArticleTexts, type Problem, type RawDataset } from './validate';

// The only module that reads `events/`. Everything else asks it for the validated dataset.

export class DatasetError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The event data has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'DatasetError';
  }
}

export interface DataLocations {
  eventsDir: string;
  seedsDir: string;
  /** In CI the article texts must be present: a missing directory fails instead of skipping the quote check. */
  requireArticles: boolean;
}

export function defaultLocations(env: NodeJS.ProcessEnv = process.env): DataLocations {
  const cwd = process.cwd();
  return {
    // Read at run time from wherever the app was started, not bundled: tell the tracer to skip them.
    eventsDir: path.resolve(/*turbopackIgnore: true*/ cwd, env.EVENTS_DIR ?? 'events'),
    seedsDir: path.resolve(/*turbopackIgnore: true*/ cwd, env.SEEDS_DIR ?? '../shared/seeds'),
    requireArticles: env.CI === 'true',
  };
}

export interface Catalog extends Dataset {
  actorById: ReadonlyMap<string, Actor>;
  sourceById: ReadonlyMap<string, Source>;
  eventById: ReadonlyMap<string, TimelineEvent>;
  placeById: ReadonlyMap<string, PlaceRecord>;
  storyById: ReadonlyMap<string, Story>;
}

export const PLACES_FILE = 'places.json';
export const STORIES_DIR = 'stories';

function jsonFiles(dir: string): Array<{ file: string; data: unknown }> {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, data: readJson(path.join(dir, file)) }));
}

export function readRawDataset(eventsDir: string): RawDataset {
  const publishedFile = path.join(eventsDir, PUBLISHED_FILE);
  const placesFile = path.join(eventsDir, PLACES_FILE);
  const storiesDir = path.join(eventsDir, STORIES_DIR);
  const publishedStoriesFile = path.join(eventsDir, PUBLISHED_STORIES_FILE);
  return {
    sources: readJson(path.join(eventsDir, 'sources.json')),
    actors: readJson(path.join(eventsDir, 'actors.json')),
    ...(fs.existsSync(placesFile) && { places: readJson(placesFile) }),
    events: jsonFiles(path.join(eventsDir, 'records')),
    ...(fs.existsSync(publishedFile) && { published: readJson(publishedFile) }),
    ...(fs.existsSync(storiesDir) && { stories: jsonFiles(storiesDir) }),
    ...(fs.existsSync(publishedStoriesFile) && { publishedStories: readJson(publishedStoriesFile) }),
  };
}

function readJson(file: string): unknown {
  const text = fs.readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads every article text in the directory; `null` when the directory is missing. */
export function readArticleTexts(seedsDir: string): ArticleTexts {
  if (!fs.existsSync(seedsDir)) return null;
  const texts = new Map<string, string>();
  for (const file of fs.readdirSync(seedsDir)) {
    if (file.endsWith('.txt')) texts.set(file, fs.readFileSync(path.join(seedsDir, file), 'utf8'));
  }
  return texts;
}

/** Reads and validates the data; throws a DatasetError naming every bad record. */
export function loadCatalog(locations: DataLocations = defaultLocations()): Catalog {
  const articles = readArticleTexts(locations.seedsDir);
  if (articles === null) {
    if (locations.requireArticles) {
      throw new DatasetError([
        {
          scope: 'source',
          id: '(all)',
          field: 'textFile',
          message: `the article texts are missing at ${locations.seedsDir}; in CI the quote check may not be skipped`,
        },
      ]);
    }
    console.warn(
      `\n!!! QUOTE CHECK SKIPPED: no article texts at ${locations.seedsDir}.\n` +
        '!!! Quotes were not compared with their articles. Set SEEDS_DIR to the folder of article texts.\n',
    );
  }
  const { dataset, problems } = validateDataset(readRawDataset(locations.eventsDir), articles);
  if (!dataset) throw new DatasetError(problems);
  const events = [...dataset.events].sort(compareEvents);
  return {
    ...dataset,
    events,
    actorById: new Map(dataset.actors.map((actor) => [actor.id, actor])),
    sourceById: new Map(dataset.sources.map((source) => [source.id, source])),
    eventById: new Map(events.map((event) => [event.id, event])),
    placeById: new Map(dataset.places.map((place) => [place.id, place])),
    storyById: new Map(dataset.stories.map((story) => [story.id, story])),
  };
}

/** The validated dataset, read once per process (not once per server bundle: see process-shared.ts). */
export function getCatalog(): Catalog {
  return processShared('catalog', () => loadCatalog());
}

/** The public JSON document served at /data/events.json and printed by `npm run events:json`. */
export function toPublicJson(catalog: Dataset): Omit<Dataset, 'stories'> & { version: string } {
  return { version: datasetVersion(catalog.events), sources: catalog.sources, actors: catalog.actors, places: catalog.places, events: catalog.events };
}
