import 'server-only';
import { z } from 'zod';
import { parsePartialDate } from '@/lib/dates/partial-date';
import { StorySchema, type Revision, type Story } from '@/lib/data/schema';
import { comparePublished, parsePublished, PUBLISHED_STORIES, PUBLISHED_STORIES_FILE } from './published';

// The checks of events/stories/: each step names an event of the dataset once, with a sentence or
// two of our own; a published story changes only with a recorded revision, like an event.

type Report = (scope: 'story' | 'event', id: string, field: string, message: string) => void;

/** One or two sentences: a longer step is retelling the event rather than guiding the reader to it. */
export const MAX_STEP_TEXT = 360;
export const STEP_COUNT = { min: 5, max: 12 } as const;

/** Added on a real day, and each revision on or after the one above it. */
export function checkRevisionDates(scope: 'story' | 'event', record: { id: string; added: string; revisions?: Revision[] | undefined }, report: Report): void {
  if (!parsePartialDate(record.added)) report(scope, record.id, 'added', `"${record.added}" is not a real date`);
  let previous = record.added;
  record.revisions?.forEach(({ date }, index) => {
    if (!parsePartialDate(date)) report(scope, record.id, `revisions[${index}].date`, `"${date}" is not a real date`);
    else if (date < previous) {
      report(scope, record.id, `revisions[${index}].date`, `"${date}" is before ${index === 0 ? `the ${scope} was added (${record.added})` : `the revision above it (${previous})`}`);
    }
    previous = date;
  });
}

/** Parses and checks the stories against the dataset's event ids; returns the ones that parse. */
export function checkStories(
  raw: ReadonlyArray<{ file: string; data: unknown }>,
  published: unknown,
  eventIds: ReadonlySet<string>,
  report: Report,
  reportZodIssues: (error: z.ZodError, id: string) => void,
): Story[] {
  const stories: Story[] = [];
  for (const { file, data } of raw) {
    const parsed = StorySchema.safeParse(data);
    const fallbackId = file.replace(/\.json$/, '');
    if (!parsed.success) {
      reportZodIssues(parsed.error, storyId(data) ?? fallbackId);
      continue;
    }
    const story = parsed.data;
    if (file !== `${story.id}.json`) report('story', story.id, 'id', `must match its file name: the file is "${file}", so the id must be "${fallbackId}"`);
    checkSteps(story, eventIds, report);
    checkRevisionDates('story', story, report);
    stories.push(story);
  }
  const seen = new Set<string>();
  for (const { id } of stories) {
    if (seen.has(id)) report('story', id, 'id', `duplicate id: another story already uses "${id}"`);
    seen.add(id);
  }
  if (published !== undefined) {
    const record = parsePublished(published);
    if (!record) report('story', PUBLISHED_STORIES_FILE, '(file)', 'must map each published id to { "fingerprint": string, "revisions": number }');
    else for (const problem of comparePublished(record, stories, new Set(), PUBLISHED_STORIES)) report('story', problem.id, problem.field, problem.message);
  }
  return stories;
}

function checkSteps(story: Story, eventIds: ReadonlySet<string>, report: Report) {
  const problem = (field: string, message: string) => report('story', story.id, field, message);
  const { length } = story.steps;
  if (length < STEP_COUNT.min || length > STEP_COUNT.max) {
    problem('steps', `has ${length} step${length === 1 ? '' : 's'}; a story has ${STEP_COUNT.min} to ${STEP_COUNT.max}`);
  }
  const firstStepOf = new Map<string, number>();
  story.steps.forEach(({ event, text }, index) => {
    const number = index + 1;
    if (!eventIds.has(event)) problem(`steps[${index}].event`, `step ${number} names unknown event "${event}"`);
    const earlier = firstStepOf.get(event);
    if (earlier !== undefined) problem(`steps[${index}].event`, `step ${number} repeats step ${earlier} (event "${event}"); a story visits each event once`);
    else firstStepOf.set(event, number);
    const trimmed = text.trim();
    if (trimmed === '') problem(`steps[${index}].text`, `step ${number} has no text: say in a sentence or two what this event shows in the story`);
    else if (trimmed.length > MAX_STEP_TEXT) {
      problem(`steps[${index}].text`, `step ${number} is ${trimmed.length} characters; a step is one or two sentences (at most ${MAX_STEP_TEXT})`);
    }
  });
}

function storyId(data: unknown): string | undefined {
  if (typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'string' && data.id !== '') return data.id;
  return undefined;
}
