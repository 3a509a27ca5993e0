import fs from 'node:fs';
import path from 'node:path';
import { PLACES_FILE, readRawDataset } from '@/lib/data/catalog';
import { validateDataset } from '@/lib/data/validate';
import { latestWriting } from '@/lib/data/validate-dates';
import { EVENT_KINDS, type Actor, type PlaceRecord, type Source, type TimelineEvent } from '@/lib/data/schema';

// A seeded, realistic-looking dataset of any size for the benchmark: the real actors, places and sources,
// dates spread over 2011–2024 with the war's busier years weighted, spans and approximate dates.
// It carries its own article texts, made of the sentences its events quote, so it passes every
// check the real corpus does without the real articles. It is written to folders of its own and
// never mixed with events/.

/** mulberry32: small, fast and good enough to make the same dataset from the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const YEAR_WEIGHTS: Array<[number, number]> = [
  [2011, 3], [2012, 6], [2013, 8], [2014, 10], [2015, 12], [2016, 12], [2017, 9],
  [2018, 7], [2019, 7], [2020, 5], [2021, 4], [2022, 4], [2023, 4], [2024, 6],
];
const ROLES = ['target', 'participant', 'mentioned'] as const;

interface Generated {
  sources: Source[];
  actors: Actor[];
  places: PlaceRecord[];
  events: TimelineEvent[];
  /** The generated article text of each source, by its `textFile`. */
  articles: Map<string, string>;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

export function generateDataset(size: number, seed: number): Generated {
  const random = seededRandom(seed);
  const pick = <T>(values: ReadonlyArray<T>): T => values[Math.floor(random() * values.length)]!;
  // The real actors and sources, checked by the same rules as always; their quotes are not needed.
  const { dataset: real, problems } = validateDataset(readRawDataset(path.resolve(__dirname, '..', 'events')), null);
  if (!real) throw new Error(`The real dataset has problems: ${problems.length}`);
  const { sources, actors, places } = real;
  const sentences = new Map<string, string[]>(sources.map((source) => [source.textFile, []]));
  const totalWeight = YEAR_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  const year = () => {
    let roll = random() * totalWeight;
    for (const [value, weight] of YEAR_WEIGHTS) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return 2024;
  };

  const latestSource = [...sources].sort((a, b) => (latestWriting(a) < latestWriting(b) ? 1 : -1))[0]!;
  const events: TimelineEvent[] = [];
  for (let n = 0; n < size; n += 1) {
    // The first events name every actor and cite every source once, as the checks require.
    const initiator = n < actors.length ? actors[n]! : pick(actors);
    const others = [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(actors)))].filter(
      (actor) => actor.id !== initiator.id,
    );
    const y = year();
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const shape = random();
    let dates: Pick<TimelineEvent, 'start' | 'end' | 'precision' | 'dateNote'>;
    if (shape < 0.55) dates = { start: `${y}-${pad(month)}-${pad(day)}`, precision: 'day' };
    else if (shape < 0.7) dates = { start: `${y}-${pad(month)}`, precision: 'month' };
    else if (shape < 0.78 && y < 2024) {
      dates = { start: `${y}-${pad(month)}`, end: `${y + 1 + Math.floor(random() * 2)}-${pad(1 + Math.floor(random() * 12))}`, precision: 'month' };
    } else if (shape < 0.82) dates = { start: `${y}`, precision: 'year' };
    else {
      const first = Math.min(month, 11);
      dates = {
        start: `${y}-${pad(first)}`,
        end: `${y}-${pad(Math.min(12, first + 1 + Math.floor(random() * 3)))}`,
        precision: 'approximate',
        dateNote: 'Generated for the benchmark: an approximate window.',
      };
    }
    // An article reports only what happened by the time it was written: the first events sit on
    // their article's last day of writing, the others cite an article written after they ended.
    const last = (dates.end ?? dates.start).padEnd(10, '-99');
    const later = sources.filter((candidate) => latestWriting(candidate) >= last);
    const source = n < sources.length ? sources[n]! : later.length > 0 ? pick(later) : latestSource;
    if (n < sources.length || later.length === 0) dates = { start: latestWriting(source), precision: 'day' };
    const kind = pick(EVENT_KINDS);
    // The first events also name every place once.
    const place = n < places.length ? places[n]! : pick(places);
    const id = `generated-event-${pad(n + 1, 6)}`;
    const named = [initiator, ...others].map((actor) => actor.name);
    const quote = `${named.join(' and ')} took part in a ${kind.replace(/-/g, ' ')} near ${place.name} (generated ${n + 1}).`;
    sentences.get(source.textFile)?.push(quote);
    events.push({
      id,
      title: `${initiator.shortName ?? initiator.name}: ${kind.replace(/-/g, ' ')} near ${place.name} (generated ${n + 1})`,
      summary: `A generated event for the benchmark, involving ${[initiator, ...others].map((actor) => actor.name).join(', ')}.`,
      kind,
      ...dates,
      place: { name: place.name, as: place.name, ids: [place.id], country: place.country },
      actors: [
        { actor: initiator.id, role: 'initiator', as: initiator.name },
        ...others.map((actor) => ({ actor: actor.id, role: pick(ROLES), as: actor.name })),
      ],
      citations: [{ source: source.id, quote }],
      added: '2026-11-21',
      checked: '2026-11-21',
    });
  }
  const articles = new Map([...sentences].map(([file, lines]) => [file, `A generated article for the benchmark.\n${lines.join('\n')}\n`]));
  return { sources, actors, places, events, articles };
}

export function writeDataset(dataset: Generated, dir: string, seedsDir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(seedsDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'records'), { recursive: true });
  fs.mkdirSync(seedsDir, { recursive: true });
  for (const [file, text] of dataset.articles) fs.writeFileSync(path.join(seedsDir, file), text);
  fs.writeFileSync(path.join(dir, 'sources.json'), JSON.stringify(dataset.sources, null, 2));
  fs.writeFileSync(path.join(dir, 'actors.json'), JSON.stringify(dataset.actors, null, 2));
  fs.writeFileSync(path.join(dir, PLACES_FILE), JSON.stringify(dataset.places, null, 2));
  for (const event of dataset.events) fs.writeFileSync(path.join(dir, 'records', `${event.id}.json`), JSON.stringify(event));
}

// `tsx bench/generate-dataset.ts <events> <folder> <article folder> [seed]`
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const [size, dir, seedsDir, seed] = process.argv.slice(2);
  if (!size || !dir || !seedsDir) {
    console.error('usage: tsx bench/generate-dataset.ts <events> <folder> <article folder> [seed]');
    process.exit(2);
  }
  writeDataset(generateDataset(Number(size), Number(seed ?? 1)), path.resolve(dir), path.resolve(seedsDir));
  console.log(`wrote ${size} events to ${dir}`);
}
