import { describe, expect, it } from 'vitest';
import { publishedRecord } from '@/lib/data/published';
import { EventSchema } from '@/lib/data/schema';
import { formatProblem, validateDataset, type RawDataset } from '@/lib/data/validate';

const ARTICLE = 'On 16 June 2016, Russian aircraft dropped cluster munitions on the base. The “Syrian Arab Coalition” was hit.';

const articles = new Map([['a.txt', ARTICLE]]);

function source(overrides: Record<string, unknown> = {}) {
  return {
    id: 'blog-2016',
    title: 'A post',
    outlet: 'A blog',
    published: '2016-06-20',
    publishedPrecision: 'day',
    textFile: 'a.txt',
    confidence: 'high',
    ...overrides,
  };
}

function actor(id: string, overrides: Record<string, unknown> = {}) {
  return { id, name: id.toUpperCase(), aliases: [], kind: 'state', camp: 'other', description: 'An actor.', ...overrides };
}

function event(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    title: 'Russian jets strike a base',
    summary: 'Russian aircraft struck a base.',
    kind: 'airstrike',
    start: '2016-06-16',
    precision: 'day',
    actors: [
      { actor: 'russia', role: 'initiator', as: 'Russian aircraft' },
      { actor: 'rebels', role: 'target', as: 'the base' },
    ],
    citations: [{ source: 'blog-2016', quote: 'Russian aircraft dropped cluster munitions on the base.' }],
    added: '2016-06-20',
    checked: '2016-06-20',
    ...overrides,
  };
}

/** The event as the schema reads it, for recording it as published. */
function parsedEvent(id: string, raw: Record<string, unknown> = event(id)) {
  return EventSchema.parse(raw);
}

function dataset(events: ReadonlyArray<Record<string, unknown>>, extra: Partial<RawDataset> = {}): RawDataset {
  return {
    sources: [source()],
    actors: [actor('russia'), actor('rebels')],
    events: events.map((data) => ({ file: `${String(data.id)}.json`, data })),
    ...extra,
  };
}

function messages(raw: RawDataset, texts: ReadonlyMap<string, string> | null = articles): string[] {
  return validateDataset(raw, texts).problems.map(formatProblem);
}

describe('validateDataset', () => {
  it('accepts a well-formed dataset and returns it', () => {
    const result = validateDataset(dataset([event('strike-2016')]), articles);
    expect(result.problems).toEqual([]);
    expect(result.dataset?.events.map((e) => e.id)).toEqual(['strike-2016']);
  });

  it('names a duplicate event id', () => {
    expect(messages(dataset([event('strike-2016'), event('strike-2016')]))).toContain(
      'event "strike-2016" › id: duplicate id: another event already uses "strike-2016"',
    );
  });

  it('names an unknown actor with its position', () => {
    const bad = event('strike-2016', { actors: [{ actor: 'wagner', role: 'initiator', as: 'Russian aircraft' }, { actor: 'rebels', role: 'target', as: 'the base' }] });
    expect(messages(dataset([bad]), articles)).toContain('event "strike-2016" › actors[0].actor: unknown actor "wagner"');
  });

  it('names an unknown source', () => {
    const bad = event('strike-2016', { citations: [{ source: 'nyt', quote: 'x' }] });
    expect(messages(dataset([bad]))).toContain('event "strike-2016" › citations[0].source: unknown source "nyt"');
  });

  it('refuses a quote that is not in the article character for character', () => {
    // Straight quotes where the article has curly ones.
    const bad = event('strike-2016', { citations: [{ source: 'blog-2016', quote: 'The "Syrian Arab Coalition" was hit.' }] });
    expect(messages(dataset([bad]))).toContain(
      'event "strike-2016" › citations[0].quote: is not in the text of "blog-2016" (a.txt) character for character: "The "Syrian Arab Coalition" was hit."',
    );
  });

  it('checks the quotes of claims too', () => {
    const bad = event('strike-2016', {
      claims: [{ by: 'Moscow', actor: 'russia', says: 'It was a mistake.', citation: { source: 'blog-2016', quote: 'invented words' } }],
    });
    expect(messages(dataset([bad]))).toContain(
      'event "strike-2016" › claims[0].citation.quote: is not in the text of "blog-2016" (a.txt) character for character: "invented words"',
    );
  });

  it('skips the quote check, and only that, when no article texts are given', () => {
    const bad = event('strike-2016', { citations: [{ source: 'blog-2016', quote: 'Invented words: Russian aircraft never went near the base.' }] });
    expect(messages(dataset([bad]), null)).toEqual([]);
  });

  it('refuses a malformed date and an impossible day', () => {
    expect(messages(dataset([event('strike-2016', { start: '16/06/2016' })]))).toContain(
      'event "strike-2016" › start: must be YYYY, YYYY-MM or YYYY-MM-DD',
    );
    expect(messages(dataset([event('strike-2016', { start: '2015-02-30' })]))).toContain(
      'event "strike-2016" › start: "2015-02-30" is not a real date',
    );
  });

  it('refuses an end before the start', () => {
    expect(messages(dataset([event('strike-2016', { end: '2016-06-15' })]))).toContain(
      'event "strike-2016" › end: "2016-06-15" is before the start "2016-06-16"',
    );
  });

  it('accepts an end within a coarser start and refuses an end equal to the start', () => {
    expect(messages(dataset([event('strike-2016', { start: '2016', end: '2016', precision: 'year' })]))).toContain(
      'event "strike-2016" › end: is the same as the start; leave it out',
    );
    const window = event('strike-2016', { start: '2016-06', end: '2016-06-20', precision: 'approximate', dateNote: '“On 16 June 2016”, says the article.' });
    expect(messages(dataset([window]))).toEqual([]);
  });

  it('refuses a precision that does not match the form of the date', () => {
    expect(messages(dataset([event('strike-2016', { start: '2016-06', precision: 'day' })]))).toContain(
      'event "strike-2016" › start: "2016-06" is written to the month, but precision is "day"',
    );
  });

  it('asks an approximate date to say how it was derived', () => {
    expect(messages(dataset([event('strike-2016', { start: '2016-06', precision: 'approximate' })]))).toContain(
      'event "strike-2016" › dateNote: an approximate date must say how it was derived',
    );
  });

  it('refuses an event with no citation', () => {
    expect(messages(dataset([event('strike-2016', { citations: [] })]))).toContain(
      'event "strike-2016" › citations: must have at least one citation',
    );
  });

  it('names a missing field and an unknown one', () => {
    const { title: _title, ...untitled } = event('strike-2016', { colour: 'red' });
    const found = messages(dataset([untitled]));
    expect(found).toContain('event "strike-2016" › title: Invalid input: expected string, received undefined');
    expect(found).toContain('event "strike-2016" › colour: is not a known field');
  });

  it('names the file when the record has no id, and a file whose name is not its id', () => {
    const { id: _id, ...anonymous } = event('x');
    const raw: RawDataset = {
      ...dataset([event('strike-2016')]),
      events: [
        { file: 'anonymous.json', data: anonymous },
        { file: 'old-name.json', data: event('strike-2016') },
      ],
    };
    const found = messages(raw);
    expect(found).toContain('event "anonymous.json" › id: Invalid input: expected string, received undefined');
    expect(found).toContain('event "strike-2016" › id: must match its file name: the file is "old-name.json", so the id must be "old-name"');
  });

  it('refuses a claim by an actor the event does not name', () => {
    const bad = event('strike-2016', {
      claims: [{ by: 'Amman', actor: 'jordan', says: 'We never approved.', citation: { source: 'blog-2016', quote: 'The “Syrian Arab Coalition” was hit.' } }],
    });
    expect(messages(dataset([bad]), articles)).toContain(
      'event "strike-2016" › claims[0].actor: "jordan" makes a claim but is not among the event\'s actors',
    );
  });

  it('refuses unused actors, uncited sources and aliases shared by two actors', () => {
    const raw = dataset([event('strike-2016')], {
      sources: [source(), source({ id: 'unused-2020' })],
      actors: [actor('russia', { aliases: ['Moscow'] }), actor('rebels', { aliases: ['moscow'] }), actor('iran')],
    });
    const found = messages(raw);
    expect(found).toContain('actor "iran" › id: no event names this actor; remove it or cite an event for it');
    expect(found).toContain('source "unused-2020" › id: no event cites this source');
    expect(found).toContain('actor "rebels" › aliases: "moscow" also names actor "russia"');
  });

  it('does not call an actor unused when the only event naming it is itself invalid', () => {
    const found = messages(dataset([event('strike-2016', { kind: 'bombing' })]));
    expect(found).toEqual([
      'event "strike-2016" › kind: Invalid option: expected one of "airstrike"|"ground-offensive"|"territorial-change"|"truce-or-agreement"|"statement"|"killing"|"attack"|"designation"|"withdrawal"|"deployment"|"founding"|"alliance"|"clashes"|"casualty-tally"|"displacement"|"protest"|"policy-change"|"resignation"|"uprising"|"crackdown"|"siege"|"report"',
    ]);
  });

  it('refuses a source whose article text is missing', () => {
    const found = messages(dataset([event('strike-2016')], { sources: [source({ textFile: 'gone.txt' })] }));
    expect(found).toContain('source "blog-2016" › textFile: article text "gone.txt" was not found among the article texts');
  });

  it('refuses to drop or rename a published id, and asks for new ids to be recorded', () => {
    const published = publishedRecord([parsedEvent('strike-2016')]);
    const found = messages(dataset([event('renamed-strike-2016')], { published }));
    expect(found).toContain(
      'event "strike-2016" › id: was published (events/published.json) but no event has this id any more: its permalink would break; restore the event or its id',
    );
    expect(found).toContain('event "renamed-strike-2016" › id: is not recorded in events/published.json: run `npm run events:publish` (its id is permanent from then on)');
    expect(messages(dataset([event('strike-2016')], { published }))).toEqual([]);
  });

  it('refuses a published event whose content changed without a new revision', () => {
    const published = publishedRecord([parsedEvent('strike-2016')]);
    expect(messages(dataset([event('strike-2016', { title: 'Russian jets strike a rebel base' })], { published }))).toEqual([
      'event "strike-2016" › revisions: its content changed since it was published, with no new revision: add { "date", "reason" } to revisions, then run `npm run events:publish`',
    ]);
    const revised = event('strike-2016', { title: 'Russian jets strike a rebel base', revisions: [{ date: '2016-07-01', reason: 'title names the base' }] });
    expect(messages(dataset([revised], { published }))).toEqual([
      'event "strike-2016" › revisions: has a revision not yet recorded in events/published.json: run `npm run events:publish`',
    ]);
    expect(messages(dataset([revised], { published: publishedRecord([parsedEvent('strike-2016', revised)]) }))).toEqual([]);
  });

  it('refuses to lose a recorded revision', () => {
    const revised = event('strike-2016', { revisions: [{ date: '2016-07-01', reason: 'sources checked' }] });
    const published = publishedRecord([parsedEvent('strike-2016', revised)]);
    expect(messages(dataset([event('strike-2016')], { published }))).toEqual([
      'event "strike-2016" › revisions: had 1 revision(s) when published and now has 0: a revision is never removed',
    ]);
  });

  it('refuses a record of published events that is not one', () => {
    expect(messages(dataset([event('strike-2016')], { published: ['strike-2016'] }))).toEqual([
      'event "published.json" › (file): must map each published id to { "fingerprint": string, "revisions": number }',
    ]);
  });

  it('dates revisions after the first publication and in order', () => {
    const bad = event('strike-2016', {
      revisions: [
        { date: '2016-06-01', reason: 'too early' },
        { date: '2016-08-01', reason: 'fine' },
        { date: '2016-07-01', reason: 'out of order' },
      ],
    });
    expect(messages(dataset([bad]))).toEqual([
      'event "strike-2016" › revisions[0].date: "2016-06-01" is before the event was added (2016-06-20)',
      'event "strike-2016" › revisions[2].date: "2016-07-01" is before the revision above it (2016-08-01)',
    ]);
  });

  it('refuses an actor whose words are not in any of the event’s quotes', () => {
    const bad = event('strike-2016', { actors: [{ actor: 'russia', role: 'initiator', as: 'Moscow' }, { actor: 'rebels', role: 'target', as: 'the base' }] });
    expect(messages(dataset([bad]))).toEqual([
      'event "strike-2016" › actors[0].as: "Moscow" (for actor "russia") is not in any of this event\'s quotes; an actor the quoted words do not name is not on the event',
    ]);
  });

  it('finds an actor’s words in a claim’s quote too', () => {
    const claimed = event('strike-2016', {
      citations: [{ source: 'blog-2016', quote: 'On 16 June 2016' }],
      claims: [{ by: 'The blog', says: 'Russia bombed the base.', citation: { source: 'blog-2016', quote: 'Russian aircraft dropped cluster munitions on the base.' } }],
    });
    expect(messages(dataset([claimed]))).toEqual([]);
  });

  it('refuses a place the quotes do not give', () => {
    const bad = event('strike-2016', { place: { name: 'al-Tanf', as: 'al-Tanf', ids: ['al-tanf'] } });
    const tanf = { id: 'al-tanf', name: 'al-Tanf', aliases: [], kind: 'site', country: 'Syria' };
    expect(messages(dataset([bad], { places: [tanf] }))).toEqual([
      'event "strike-2016" › place.as: "al-Tanf" is not in any of this event\'s quotes; leave out a place the text does not give',
    ]);
  });

  it('refuses a claimant that makes no claim', () => {
    const bad = event('strike-2016', { actors: [{ actor: 'russia', role: 'claimant', as: 'Russian aircraft' }, { actor: 'rebels', role: 'target', as: 'the base' }] });
    expect(messages(dataset([bad]))).toEqual([
      'event "strike-2016" › actors[0].role: "russia" is a claimant but makes no claim: record its claim under claims (with "actor": "russia") or give it the role its quotes support',
    ]);
  });

  describe('places', () => {
    const aleppo = {
      id: 'aleppo-city',
      name: 'Aleppo City',
      aliases: ['Aleppo', 'the base'],
      kind: 'town-or-city',
      governorate: 'Aleppo',
      country: 'Syria',
      lat: 36.20124,
      lon: 37.16117,
      source: { gazetteer: 'GeoNames', id: '170063' },
    };
    const placed = (place: Record<string, unknown>) =>
      event('strike-2016', { place: { name: 'the base', as: 'the base', ids: ['aleppo-city'], ...place } });
    const withPlaces = (places: unknown[], events = [placed({})]) => dataset(events, { places });

    it('accepts an event whose place names a known place with cited coordinates inside its country', () => {
      expect(messages(withPlaces([aleppo]))).toEqual([]);
      expect(validateDataset(withPlaces([aleppo]), articles).dataset?.places.map((p) => p.id)).toEqual(['aleppo-city']);
    });

    it('refuses a reference to an unknown place, and a place listed twice', () => {
      expect(messages(withPlaces([aleppo], [placed({ ids: ['aleppo-city', 'nowhere', 'aleppo-city'] })]))).toEqual([
        'event "strike-2016" › place.ids[1]: unknown place "nowhere": add it to events/places.json',
        'event "strike-2016" › place.ids[2]: place "aleppo-city" is listed twice',
      ]);
    });

    it('refuses an event place without ids', () => {
      expect(messages(withPlaces([aleppo], [placed({ ids: [] })]))).toContain(
        'event "strike-2016" › place.ids: must name at least one place of events/places.json',
      );
    });

    it('refuses coordinates without their source, and a source without coordinates or a record', () => {
      const { source: _source, ...unsourced } = aleppo;
      expect(messages(withPlaces([unsourced]))).toEqual([
        'place "aleppo-city" › source: coordinates must cite their source: a gazetteer record (a GeoNames id) or a named gazetteer entry; leave them out rather than guess',
      ]);
      const { lat: _lat, lon: _lon, ...unlocated } = aleppo;
      expect(messages(withPlaces([unlocated]))).toEqual(['place "aleppo-city" › source: cites a source for coordinates it does not give']);
      expect(messages(withPlaces([{ ...aleppo, source: { gazetteer: 'GeoNames' } }]))).toEqual([
        'place "aleppo-city" › source: must name its record: the gazetteer’s id for it, or the title of its entry',
      ]);
    });

    it('refuses half a coordinate', () => {
      const { lon: _lon, ...half } = aleppo;
      expect(messages(withPlaces([half]))).toEqual(['place "aleppo-city" › lon: gives a latitude without a longitude']);
    });

    it('refuses coordinates outside the named country, or a country Natural Earth does not name', () => {
      expect(messages(withPlaces([{ ...aleppo, lat: 33.126, lon: 35.824 }]))).toEqual([
        'place "aleppo-city" › lat: 33.126, 35.824 is not inside Syria (Natural Earth’s 1:50m outline): check the coordinates and the country',
      ]);
      expect(messages(withPlaces([{ ...aleppo, country: 'Sham' }]))).toEqual([
        'place "aleppo-city" › country: "Sham" is not a country Natural Earth names (such as "Syria"), so its coordinates cannot be checked',
      ]);
    });

    it('draws areas as areas and points as points, and keeps countries off the map', () => {
      const area = { ...aleppo, kind: 'governorate' };
      expect(messages(withPlaces([area]))).toEqual([
        'place "aleppo-city" › radiusKm: an area (governorate) is drawn as an area, never as a pinpoint: give its rough radius in kilometres',
      ]);
      expect(messages(withPlaces([{ ...area, radiusKm: 80 }]))).toEqual([]);
      expect(messages(withPlaces([{ ...aleppo, radiusKm: 5 }]))).toEqual(['place "aleppo-city" › radiusKm: a town-or-city is drawn as a point: leave out radiusKm']);
      expect(messages(withPlaces([{ ...aleppo, kind: 'country' }]))).toEqual([
        'place "aleppo-city" › lat: a place given only as a country stays off the map: leave out its coordinates',
      ]);
    });

    it('refuses a governorate or country that contradicts the places’ own records', () => {
      expect(messages(withPlaces([aleppo], [placed({ governorate: 'Hama', country: 'Iraq' })]))).toEqual([
        'event "strike-2016" › place.governorate: "Hama" is not the governorate of any of its places (Aleppo): correct it, and say so in notes if the article slipped',
        'event "strike-2016" › place.country: "Iraq" is not the country of any of its places (Syria)',
      ]);
    });

    it('refuses a place id the words do not name, unless the event says why', () => {
      const unnamed = { ...aleppo, aliases: ['Aleppo'] };
      expect(messages(withPlaces([unnamed]))).toEqual([
        'event "strike-2016" › place.ids: place "aleppo-city" is not named by the words "the base" (neither "Aleppo City" nor a spelling of it): add the spelling to its record if the words name it, or say why in place.reasons["aleppo-city"]',
      ]);
      expect(messages(withPlaces([unnamed], [placed({ reasons: { 'aleppo-city': 'the article puts the base in the city' } })]))).toEqual([]);
    });

    it('names a place id in the words without case, accents, curly quotes or hyphens', () => {
      const spelled = { ...aleppo, aliases: ['Ḥalab al-Jadida'] };
      expect(messages(withPlaces([spelled], [placed({ as: 'the base' })]))).toHaveLength(1);
      const article = 'Russian aircraft dropped cluster munitions on the base in HALAB AL JADIDA.';
      const quoted = placed({ as: 'HALAB AL JADIDA' });
      const withQuote = { ...quoted, citations: [{ source: 'blog-2016', quote: article }] };
      expect(messages(withPlaces([spelled], [withQuote]), new Map([['a.txt', article]]))).toEqual([]);
    });

    it('refuses a reason for a named place or for an id the place does not list', () => {
      expect(messages(withPlaces([aleppo], [placed({ reasons: { 'aleppo-city': 'why', elsewhere: 'why' } })]))).toEqual([
        'event "strike-2016" › place.reasons.aleppo-city: the words "the base" already name "aleppo-city": leave out its reason',
        'event "strike-2016" › place.reasons.elsewhere: gives a reason for "elsewhere", which is not among place.ids',
      ]);
    });

    it('refuses a place no event names', () => {
      expect(messages(withPlaces([aleppo, { ...aleppo, id: 'unused' }]))).toEqual(['place "unused" › id: no event names this place; remove it or name it in an event’s place.ids']);
    });
  });

  it('refuses a checked day that is not a real day or comes before the event was added', () => {
    expect(messages(dataset([event('strike-2016', { checked: '2016-02-30' })]))).toEqual(['event "strike-2016" › checked: "2016-02-30" is not a real date']);
    expect(messages(dataset([event('strike-2016', { checked: '2016-06-19' })]))).toEqual([
      'event "strike-2016" › checked: "2016-06-19" is before the event was added (2016-06-20): an event is checked against its articles no earlier than it is written',
    ]);
    expect(messages(dataset([event('strike-2016', { checked: undefined })]))).toContain('event "strike-2016" › checked: Invalid input: expected string, received undefined');
  });

  it('returns no dataset when anything is wrong', () => {
    expect(validateDataset(dataset([event('strike-2016', { end: '2010' })]), articles).dataset).toBeNull();
  });
});

describe('approximate windows', () => {
  const approximate = (start: string, end: string | undefined, dateNote: string) =>
    event('strike-2016', { start, ...(end !== undefined && { end }), precision: 'approximate', dateNote });
  const check = (raw: Record<string, unknown>, sources: ReadonlyArray<Record<string, unknown>> = [source()], texts: ReadonlyMap<string, string> | null = articles) =>
    messages(dataset([raw], { sources }), texts);

  it('refuse a window that ends after the latest day its articles can have been written, compared at the end’s own precision', () => {
    expect(check(approximate('2016-06', '2016-07', 'Between June and July 2016.'))).toEqual([
      'event "strike-2016" › end: the approximate window ends 2016-07, after the latest day its articles can have been written (2016-06-20, "blog-2016"): end it no later than that',
    ]);
    expect(check(approximate('2016-05-30', '2016-06-21', 'From 30 May 2016.'))).toEqual([
      'event "strike-2016" › end: the approximate window ends 2016-06-21, after the latest day its articles can have been written (2016-06-20, "blog-2016"): end it no later than that',
    ]);
    expect(check(approximate('2017', undefined, 'In 2017.'))).toEqual([
      'event "strike-2016" › start: the approximate window ends 2017, after the latest day its articles can have been written (2016-06-20, "blog-2016"): end it no later than that',
    ]);
    // Written to the month or the year, a window may end in the month or year of writing.
    expect(check(approximate('2016-05', '2016-06', 'May to June 2016.'))).toEqual([]);
    expect(check(approximate('2015', '2016', 'In 2015 or 2016.'))).toEqual([]);
  });

  it('take the month of an approximate publication day, and an article’s last dated update, as the latest day of writing', () => {
    const roughly = [source({ published: '2016-06-02', publishedPrecision: 'approximate' })];
    expect(check(approximate('2016-05-01', '2016-06-30', 'From May 2016.'), roughly)).toEqual([]);
    expect(check(approximate('2016-05-01', '2016-07-01', 'From May 2016.'), roughly)).toEqual([
      'event "strike-2016" › end: the approximate window ends 2016-07-01, after the latest day its articles can have been written (2016-06-30, "blog-2016"): end it no later than that',
    ]);
    expect(check(approximate('2016-05', '2017-03', 'Told in the update of March 2017.'), [source({ updated: '2017-03' })])).toEqual([]);
  });

  it('ask a window within its article’s month of publication to quote the article’s own dating words', () => {
    expect(check(approximate('2016-06', undefined, 'Reported in the article of 20 June 2016.'))).toEqual([
      'event "strike-2016" › dateNote: the approximate window (2016-06-01 to 2016-06-30) lies within the month "blog-2016" was published (2016-06): dateNote must quote, in “…”, the article\'s own words that date it there, as they stand in a quote or the article; an act the text does not date is not narrowed to its article\'s month',
    ]);
    expect(check(approximate('2016-06-14', '2016-06-20', '“Earlier this week” in the article of 20 June 2016.'))).toEqual([
      'event "strike-2016" › dateNote: the approximate window (2016-06-14 to 2016-06-20) lies within the month "blog-2016" was published (2016-06), but none of the words dateNote quotes (“Earlier this week”) is in the event\'s quotes or the article as it stands: quote the article\'s own dating words verbatim',
    ]);
  });

  it('accept a window within the month whose dateNote quotes the article’s words, opening mid-sentence or not', () => {
    expect(check(approximate('2016-06', undefined, '“On 16 June 2016”, says the article.'))).toEqual([]);
    expect(check(approximate('2016-06', undefined, 'The article says it was hit “on 16 June 2016”.'))).toEqual([]);
    expect(check(approximate('2016-06', undefined, 'In the quote: “dropped cluster munitions”.'))).toEqual([]);
    // Without the article's text, words no quote holds cannot be checked: they stand.
    expect(check(approximate('2016-06', undefined, '“Earlier this week”.'), [source()], null)).toEqual([]);
  });

  it('leave alone exact dates and windows reaching beyond the month of publication', () => {
    expect(check(event('strike-2016'))).toEqual([]);
    expect(check(approximate('2016-05-25', '2016-06-20', 'Between the end of May and publication.'))).toEqual([]);
  });
});

describe('what a bad record is called, and where', () => {
  it('names a file that does not hold a list', () => {
    expect(messages({ sources: {}, actors: 'none', places: { aleppo: {} }, events: [] }, null)).toEqual([
      'source "sources.json" › (file): must hold a JSON array',
      'actor "actors.json" › (file): must hold a JSON array',
      'place "places.json" › (file): must hold a JSON array',
    ]);
  });

  it('names a record without a usable id by its file, and its position in a list', () => {
    const { id: _id, ...anonymous } = source();
    expect(messages(dataset([event('strike-2016')], { sources: [source(), anonymous] }))).toEqual([
      'source "sources.json[1]" › id: Invalid input: expected string, received undefined',
    ]);
    const raw = { ...dataset([]), events: [{ file: 'blank.json', data: event('') }] };
    expect(messages(raw)).toContain('event "blank.json" › id: must be kebab-case: lowercase letters, digits and single hyphens');
    expect(messages({ ...dataset([]), events: [{ file: 'null.json', data: null }] })).toContain('event "null.json" › (record): Invalid input: expected object, received null');
    expect(messages({ ...dataset([]), events: [{ file: 'numbered.json', data: event('x', { id: 7 }) }] })).toContain(
      'event "numbered.json" › id: Invalid input: expected string, received number',
    );
    expect(messages({ ...dataset([]), events: [{ file: 'text.json', data: 'strike' }] })).toContain(
      'event "text.json" › (record): Invalid input: expected object, received string',
    );
  });

  it('reports a field left null like any other wrong value', () => {
    expect(messages(dataset([event('strike-2016', { end: null, claims: [null] })]))).toEqual([
      'event "strike-2016" › end: Invalid input: expected string, received null',
      'event "strike-2016" › claims[0]: Invalid input: expected object, received null',
    ]);
  });

  it('names a nested field by its path, and an unknown nested field', () => {
    const bad = event('strike-2016', {
      actors: [
        { actor: 'russia', role: 'initiator', as: 'Russian aircraft', colour: 'red' },
        { actor: 'rebels', role: 'victim', as: 'the base' },
      ],
    });
    expect(messages(dataset([bad]))).toEqual([
      'event "strike-2016" › actors[0].colour: is not a known field',
      expect.stringMatching(/^event "strike-2016" › actors\[1\]\.role: Invalid option: expected one of "initiator"/),
    ]);
  });

  it('names duplicate sources, actors and places', () => {
    const tanf = { id: 'al-tanf', name: 'al-Tanf', aliases: [], kind: 'site', country: 'Syria' };
    const strike = event('strike-2016', { place: { name: 'the base', as: 'the base', ids: ['al-tanf'], reasons: { 'al-tanf': 'the article’s base is al-Tanf' } } });
    expect(
      messages(dataset([strike], { sources: [source(), source()], actors: [actor('russia'), actor('rebels'), actor('rebels')], places: [tanf, tanf] })),
    ).toEqual([
      'source "blog-2016" › id: duplicate id: another source already uses "blog-2016"',
      'actor "rebels" › id: duplicate id: another actor already uses "rebels"',
      'place "al-tanf" › id: duplicate id: another place already uses "al-tanf"',
    ]);
  });

  it('refuses an actor listed twice on one event', () => {
    const twice = event('strike-2016', {
      actors: [
        { actor: 'russia', role: 'initiator', as: 'Russian aircraft' },
        { actor: 'rebels', role: 'target', as: 'the base' },
        { actor: 'russia', role: 'mentioned', as: 'Russian aircraft' },
      ],
    });
    expect(messages(dataset([twice]))).toEqual(['event "strike-2016" › actors[2].actor: actor "russia" is listed twice']);
  });

  it('refuses a relation to an unknown actor, and accepts one to a known actor', () => {
    const actors = [actor('russia', { relations: [{ actor: 'rebels', relation: 'fights' }, { actor: 'wagner', relation: 'hires' }] }), actor('rebels')];
    expect(messages(dataset([event('strike-2016')], { actors }))).toEqual(['actor "russia" › relations[1].actor: unknown actor "wagner"']);
  });

  it('lets an actor repeat its own name among its spellings, but not take another actor’s short name', () => {
    const own = [actor('russia', { name: 'Russia', shortName: 'RUSSIA', aliases: ['russia'] }), actor('rebels', { shortName: 'Rebels' })];
    expect(messages(dataset([event('strike-2016')], { actors: own }))).toEqual([]);
    const taken = [actor('russia', { shortName: 'Moscow' }), actor('rebels', { shortName: 'moscow' })];
    expect(messages(dataset([event('strike-2016')], { actors: taken }))).toEqual(['actor "rebels" › aliases: "moscow" also names actor "russia"']);
  });

  it('refuses a quote longer than a sentence or two, and accepts one at the limit', () => {
    const quoted = (quote: string) =>
      event('strike-2016', { citations: [{ source: 'blog-2016', quote: 'Russian aircraft dropped cluster munitions on the base.' }, { source: 'blog-2016', quote }] });
    expect(messages(dataset([quoted('x'.repeat(451))]), null)).toEqual([
      'event "strike-2016" › citations[1].quote: is 451 characters; a quote is a sentence or two (at most 450)',
    ]);
    expect(messages(dataset([quoted('x'.repeat(450))]), null)).toEqual([]);
  });

  it('shortens long words it quotes back to 80 characters', () => {
    const words = (as: string) => event('strike-2016', { actors: [{ actor: 'russia', role: 'initiator', as }, { actor: 'rebels', role: 'target', as: 'the base' }] });
    const long = 'Moscow '.repeat(12);
    expect(messages(dataset([words(long)]))).toEqual([
      `event "strike-2016" › actors[0].as: "${long.slice(0, 77)}…" (for actor "russia") is not in any of this event's quotes; an actor the quoted words do not name is not on the event`,
    ]);
    const eighty = 'M'.repeat(80);
    expect(messages(dataset([words(eighty)]))[0]).toContain(`"${eighty}" (for actor "russia")`);
  });

  it('refuses an end that is not a real date, or written finer than the precision', () => {
    expect(messages(dataset([event('strike-2016', { end: '2016-06-31' })]))).toEqual(['event "strike-2016" › end: "2016-06-31" is not a real date']);
    expect(messages(dataset([event('strike-2016', { start: '2016', end: '2017-03', precision: 'year' })]))).toEqual([
      'event "strike-2016" › end: "2017-03" is written to the month, but precision is "year"',
    ]);
  });

  it('does not compare an end with a start that is not a real date', () => {
    expect(messages(dataset([event('strike-2016', { start: '2016-02-30', end: '2016-01-01' })]))).toEqual([
      'event "strike-2016" › start: "2016-02-30" is not a real date',
    ]);
  });

  it('accepts a claimant that makes its claim', () => {
    const claimant = event('strike-2016', {
      actors: [
        { actor: 'russia', role: 'claimant', as: 'Russian aircraft' },
        { actor: 'rebels', role: 'target', as: 'the base' },
      ],
      claims: [{ by: 'Moscow', actor: 'russia', says: 'It was a mistake.', citation: { source: 'blog-2016', quote: 'The “Syrian Arab Coalition” was hit.' } }],
    });
    expect(messages(dataset([claimant]))).toEqual([]);
  });

  it('calls an end on the start’s own day the same as the start, not before it', () => {
    expect(messages(dataset([event('strike-2016', { end: '2016-06-16' })]))).toEqual(['event "strike-2016" › end: is the same as the start; leave it out']);
    expect(messages(dataset([event('strike-2016', { start: '2016-06', end: '2016-06-01', precision: 'approximate', dateNote: '“On 16 June 2016”, says the article.' })]))).toEqual([]);
  });

  it('asks for the file’s name without its .json ending as the id', () => {
    const raw = { ...dataset([event('strike-2016')]), events: [{ file: 'old.json-name.json', data: event('strike-2016') }] };
    expect(messages(raw)).toContain('event "strike-2016" › id: must match its file name: the file is "old.json-name.json", so the id must be "old.json-name"');
  });

  it('accepts a claim by one of the event’s actors', () => {
    const claimed = event('strike-2016', {
      claims: [{ by: 'Moscow', actor: 'russia', says: 'It was a mistake.', citation: { source: 'blog-2016', quote: 'The “Syrian Arab Coalition” was hit.' } }],
    });
    expect(messages(dataset([claimed]))).toEqual([]);
  });

  it('does not call a place or a source unused when the only event naming it is itself invalid', () => {
    const tanf = { id: 'al-tanf', name: 'al-Tanf', aliases: [], kind: 'site', country: 'Syria' };
    const invalid = event('strike-2016', { kind: 'bombing', place: { name: 'al-Tanf', as: 'the base', ids: ['al-tanf'] } });
    expect(messages(dataset([invalid], { places: [tanf] }))).toEqual([expect.stringMatching(/^event "strike-2016" › kind: Invalid option/)]);
  });
});
