import { describe, expect, it } from 'vitest';
import { publishedRecord } from '@/lib/data/published';
import { StorySchema } from '@/lib/data/schema';
import { formatProblem, validateDataset, type RawDataset } from '@/lib/data/validate';
import { MAX_STEP_TEXT } from '@/lib/data/validate-stories';

const EVENT_IDS = ['one-2015', 'two-2015', 'three-2016', 'four-2016', 'five-2017', 'six-2018'];

function event(id: string) {
  return {
    id,
    title: `Event ${id}`,
    summary: 'Russian aircraft struck a base.',
    kind: 'airstrike',
    start: '2016-06-16',
    precision: 'day',
    actors: [{ actor: 'russia', role: 'initiator', as: 'Russian aircraft' }],
    citations: [{ source: 'blog-2016', quote: 'Russian aircraft dropped cluster munitions on the base.' }],
    added: '2016-06-20',
    checked: '2016-06-20',
  };
}

function story(overrides: Record<string, unknown> = {}) {
  return {
    id: 'a-story',
    title: 'A story',
    introduction: 'How one thing led to another.',
    steps: EVENT_IDS.slice(0, 5).map((id) => ({ event: id, text: `What ${id} shows.` })),
    added: '2026-12-02',
    ...overrides,
  };
}

function dataset(stories: ReadonlyArray<Record<string, unknown>>, extra: Partial<RawDataset> = {}): RawDataset {
  return {
    sources: [{ id: 'blog-2016', title: 'A post', outlet: 'A blog', published: '2016-06-20', publishedPrecision: 'day', textFile: 'a.txt', confidence: 'high' }],
    actors: [{ id: 'russia', name: 'Russia', aliases: [], kind: 'state', camp: 'other', description: 'An actor.' }],
    events: EVENT_IDS.map((id) => ({ file: `${id}.json`, data: event(id) })),
    stories: stories.map((data) => ({ file: `${String(data.id)}.json`, data })),
    ...extra,
  };
}

const messages = (raw: RawDataset) => validateDataset(raw, null).problems.map(formatProblem);
const steps = (...pairs: Array<[string, string]>) => pairs.map(([event, text]) => ({ event, text }));

describe('stories', () => {
  it('accepts a well-formed story and returns it with the dataset', () => {
    const result = validateDataset(dataset([story()]), null);
    expect(result.problems).toEqual([]);
    expect(result.dataset?.stories.map((s) => s.id)).toEqual(['a-story']);
  });

  it('refuses a step that names an unknown event, naming the story, the step number and the id', () => {
    const bad = story({ steps: [...story().steps.slice(0, 2), { event: 'no-such-event', text: 'x' }, ...story().steps.slice(2)] });
    expect(messages(dataset([bad]))).toEqual(['story "a-story" › steps[2].event: step 3 names unknown event "no-such-event"']);
  });

  it('refuses duplicate steps', () => {
    const bad = story({ steps: [...story().steps, { event: 'two-2015', text: 'Again.' }] });
    expect(messages(dataset([bad]))).toEqual(['story "a-story" › steps[5].event: step 6 repeats step 2 (event "two-2015"); a story visits each event once']);
  });

  it('refuses empty step text', () => {
    const bad = story({ steps: [...story().steps.slice(0, 4), { event: 'five-2017', text: '  ' }] });
    expect(messages(dataset([bad]))).toEqual(['story "a-story" › steps[4].text: step 5 has no text: say in a sentence or two what this event shows in the story']);
  });

  it('refuses over-long step text', () => {
    const long = 'A'.repeat(MAX_STEP_TEXT + 1);
    const bad = story({ steps: [{ event: 'one-2015', text: long }, ...story().steps.slice(1)] });
    expect(messages(dataset([bad]))).toEqual([`story "a-story" › steps[0].text: step 1 is ${MAX_STEP_TEXT + 1} characters; a step is one or two sentences (at most ${MAX_STEP_TEXT})`]);
    const atLimit = story({ steps: [{ event: 'one-2015', text: 'A'.repeat(MAX_STEP_TEXT) }, ...story().steps.slice(1)] });
    expect(messages(dataset([atLimit]))).toEqual([]);
  });

  it('refuses fewer than 5 steps or more than 12', () => {
    expect(messages(dataset([story({ steps: steps(['one-2015', 'a'], ['two-2015', 'b'], ['three-2016', 'c'], ['four-2016', 'd']) })]))).toEqual([
      'story "a-story" › steps: has 4 steps; a story has 5 to 12',
    ]);
  });

  it('refuses a content change with no revision', () => {
    const published = publishedRecord([StorySchema.parse(story())]);
    expect(messages(dataset([story()], { publishedStories: published }))).toEqual([]);
    expect(messages(dataset([story({ title: 'A better title' })], { publishedStories: published }))).toEqual([
      'story "a-story" › revisions: its content changed since it was published, with no new revision: add { "date", "reason" } to revisions, then run `npm run events:publish`',
    ]);
    const revised = story({ title: 'A better title', revisions: [{ date: '2026-12-03', reason: 'A clearer title.' }] });
    expect(messages(dataset([revised], { publishedStories: published }))).toEqual([
      'story "a-story" › revisions: has a revision not yet recorded in events/published-stories.json: run `npm run events:publish`',
    ]);
  });

  it('refuses a removed published story, a removed revision and an unrecorded story', () => {
    const revised = StorySchema.parse(story({ revisions: [{ date: '2026-12-03', reason: 'A step added.' }] }));
    const published = publishedRecord([revised]);
    expect(messages(dataset([], { publishedStories: published }))).toEqual([
      'story "a-story" › id: was published (events/published-stories.json) but no story has this id any more: its permalink would break; restore the story or its id',
    ]);
    expect(messages(dataset([story()], { publishedStories: published }))).toEqual([
      'story "a-story" › revisions: had 1 revision(s) when published and now has 0: a revision is never removed',
    ]);
    expect(messages(dataset([story()], { publishedStories: {} }))).toEqual([
      'story "a-story" › id: is not recorded in events/published-stories.json: run `npm run events:publish` (its id is permanent from then on)',
    ]);
  });

  it('dates revisions as events do', () => {
    expect(messages(dataset([story({ revisions: [{ date: '2026-11-01', reason: 'Earlier.' }] })]))).toEqual([
      'story "a-story" › revisions[0].date: "2026-11-01" is before the story was added (2026-12-02)',
    ]);
  });

  it('refuses a story whose id is not its file name, a duplicate id, and unknown fields', () => {
    const raw = dataset([story()]);
    expect(messages({ ...raw, stories: [{ file: 'other.json', data: story() }] })).toEqual([
      'story "a-story" › id: must match its file name: the file is "other.json", so the id must be "other"',
    ]);
    expect(messages({ ...raw, stories: [{ file: 'a-story.json', data: story() }, { file: 'a-story.json', data: story() }] })).toEqual([
      'story "a-story" › id: duplicate id: another story already uses "a-story"',
    ]);
    expect(messages(dataset([story({ summary: 'x', title: '' })]))).toEqual(['story "a-story" › title: must not be empty', 'story "a-story" › summary: is not a known field']);
  });
});
