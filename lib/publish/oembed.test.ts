import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSiteUrl, oembedResponse, oembedUrl, parseMaxDimension, type EmbedTarget } from '@/lib/publish/oembed';
import { SITE_NAME } from '@/lib/publish/site';
import { guard, runs } from '@/lib/testing/properties';
import type { Catalog } from '@/lib/data/catalog';

const TANF = 'russian-airstrike-on-al-tanf-base-2016';
const known = {
  actorIds: new Set(['hayat-tahrir-al-sham', 'russia']),
  eventIds: new Set([TANF, 'september-11-attacks-2001']),
  placeIds: new Set(['aleppo-governorate']),
  stories: new Map([['al-tanf-strike-2016', [TANF]]]),
};
const SITE = 'https://timeline.example.org';
const match = (url: unknown, site = SITE) => matchSiteUrl(url, site, known);

describe('matchSiteUrl', () => {
  it('reads the timeline with any view, its embed, an actor page and an event page or card', () => {
    expect(match(`${SITE}/`)).toEqual({ kind: 'view', state: { actors: [], q: '' } });
    expect(match(SITE)).toEqual({ kind: 'view', state: { actors: [], q: '' } });
    expect(match(`${SITE}/?actors=russia,nobody&q=aleppo&from=2015-01-01&event=${TANF}#top`)).toEqual({
      kind: 'view',
      state: { actors: ['russia'], q: 'aleppo', from: '2015-01-01', event: TANF },
    });
    expect(match(`${SITE}/embed?actors=hayat-tahrir-al-sham`)).toEqual({ kind: 'view', state: { actors: ['hayat-tahrir-al-sham'], q: '' } });
    expect(match(`${SITE}/actors/russia`)).toEqual({ kind: 'view', state: { actors: ['russia'], q: '' } });
    expect(match(`${SITE}/events/${TANF}`)).toEqual({ kind: 'event', id: TANF });
    expect(match(`${SITE}/events/${TANF}/?utm_source=x`)).toEqual({ kind: 'event', id: TANF });
    expect(match(`${SITE}/embed/events/${TANF}`)).toEqual({ kind: 'event', id: TANF });
    expect(match(`HTTPS://TIMELINE.EXAMPLE.ORG/events/${TANF}`)).toEqual({ kind: 'event', id: TANF });
  });

  it('reads a story page, and a story on the timeline or its embed as a view in story mode', () => {
    expect(match(`${SITE}/stories/al-tanf-strike-2016`)).toEqual({ kind: 'story', id: 'al-tanf-strike-2016' });
    expect(match(`${SITE}/stories/no-such-story`)).toBeNull();
    expect(match(`${SITE}/stories/%3Cscript%3E`)).toBeNull();
    expect(match(`${SITE}/embed?story=al-tanf-strike-2016`)).toEqual({
      kind: 'view',
      state: { actors: [], q: '', story: 'al-tanf-strike-2016', step: 1, event: TANF },
    });
  });

  it('refuses other hosts, ports, schemes and credentials', () => {
    for (const url of [
      `https://evil.example/events/${TANF}`,
      `https://timeline.example.org.evil.example/events/${TANF}`,
      `https://evil.example/?u=https://timeline.example.org/events/${TANF}`,
      `https://timeline.example.org:8443/events/${TANF}`,
      `https://user:pass@timeline.example.org/events/${TANF}`,
      `https://user@timeline.example.org/events/${TANF}`,
      `https://:pass@timeline.example.org/events/${TANF}`,
      `https://timeline.example.org@evil.example/events/${TANF}`,
      `ftp://timeline.example.org/events/${TANF}`,
      `javascript:alert(1)//timeline.example.org/events/${TANF}`,
      `//timeline.example.org/events/${TANF}`,
      `/events/${TANF}`,
    ]) {
      expect(match(url), url).toBeNull();
    }
  });

  it('refuses unknown pages and ids, and pages that cannot be embedded', () => {
    for (const path of [
      '/events/no-such-event',
      '/actors/nobody',
      '/sources/daily-beast-2016',
      '/data/events.json',
      '/api/oembed',
      `/events/${TANF}/extra`,
      '/embed/actors/russia',
      '/events/%E0%A4%A',
      `/elsewhere/events/${TANF}`,
      '/elsewhere/stories/al-tanf-strike-2016',
      '/stories/al-tanf-strike-2016/extra',
      '/elsewhere/actors/russia',
      '/actors/russia/extra',
    ]) {
      expect(match(`${SITE}${path}`), path).toBeNull();
    }
  });

  it('takes only text, not a URL object or anything that prints as one', () => {
    expect(match(new URL(`${SITE}/events/${TANF}`))).toBeNull();
    expect(match({ toString: () => `${SITE}/events/${TANF}` })).toBeNull();
  });

  it('takes a URL up to 4,000 characters long, and no longer', () => {
    const upTo = (length: number) => `${SITE}/?q=${'a'.repeat(length - `${SITE}/?q=`.length)}`;
    expect(upTo(4_000)).toHaveLength(4_000);
    expect(match(upTo(4_000))).toMatchObject({ kind: 'view' });
    expect(match(upTo(4_001))).toBeNull();
  });

  it('reads a site named with a trailing slash, and knows no story where there are none', () => {
    expect(match(`${SITE}/events/${TANF}`, `${SITE}/`)).toEqual({ kind: 'event', id: TANF });
    expect(match('https://example.org/timeline/events/' + TANF, 'https://example.org/timeline//')).toEqual({ kind: 'event', id: TANF });
    expect(matchSiteUrl(`${SITE}/stories/al-tanf-strike-2016`, SITE, { ...known, stories: undefined })).toBeNull();
  });

  it('keeps to the path SITE_URL names when the site lives below the root', () => {
    const site = 'https://example.org/timeline';
    expect(match(`https://example.org/timeline/events/${TANF}`, site)).toEqual({ kind: 'event', id: TANF });
    expect(match('https://example.org/timeline', site)).toEqual({ kind: 'view', state: { actors: [], q: '' } });
    expect(match(`https://example.org/events/${TANF}`, site)).toBeNull();
    expect(match(`https://example.org/timelines/events/${TANF}`, site)).toBeNull();
    // A path as long as the site's, but another.
    expect(match(`https://example.org/lifeline/events/${TANF}`, site)).toBeNull();
  });

  it('never throws, and takes exactly the embeddable pages of this site: drawn from real site URLs and their look-alikes', () => {
    const event = fc.constantFrom(...known.eventIds);
    const actor = fc.constantFrom(...known.actorIds);
    const page = fc.oneof(
      fc.constant({ path: '', embeddable: true }),
      fc.constantFrom('/', '/embed', '/embed/').map((path) => ({ path, embeddable: true })),
      event.chain((id) => fc.constantFrom(`/events/${id}`, `/embed/events/${id}`, `/events/${encodeURIComponent(id)}/`)).map((path) => ({ path, embeddable: true })),
      actor.map((id) => ({ path: `/actors/${id}`, embeddable: true })),
      fc.constantFrom('/events/no-such-event', '/actors/nobody', '/sources/daily-beast-2016', '/embed/actors/russia', `/events/${TANF}/extra`, '/data/events.json').map((path) => ({ path, embeddable: false })),
    );
    const origin = fc.oneof(
      { arbitrary: fc.constantFrom(SITE, 'http://timeline.example.org', 'HTTPS://Timeline.Example.org').map((origin) => ({ origin, ours: true })), weight: 3 },
      fc.constantFrom(
        'https://evil.example',
        'https://timeline.example.org.evil.example',
        'https://timeline.example.org:8443',
        'https://user:pass@timeline.example.org',
        'https://timeline.example.org@evil.example',
        'ftp://timeline.example.org',
        'https://example.org',
      ).map((origin) => ({ origin, ours: false })),
      fc.webUrl().map((url) => ({ origin: new URL(url).origin, ours: new URL(url).host === 'timeline.example.org' })),
    );
    const tail = fc.constantFrom('', '?actors=russia', '?q=aleppo&from=2015-01-01', '#top', `?u=${SITE}/events/${TANF}`);
    const accepted = guard('a URL of an embeddable page of this site');
    fc.assert(
      fc.property(origin, page, tail, ({ origin, ours }, { path, embeddable }, tail) => {
        const url = `${origin}${path}${tail}`;
        const result = match(url);
        expect(result !== null, url).toBe(accepted(ours && embeddable));
      }),
      { numRuns: runs(300) },
    );
    accepted.expectExercised(0.2);
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true })), (value) => {
        expect(() => match(value)).not.toThrow();
      }),
    );
  }, 30_000);
});

describe('parseMaxDimension', () => {
  it('takes positive whole numbers and ignores anything else', () => {
    expect(parseMaxDimension('400')).toBe(400);
    expect(parseMaxDimension(' 320 ')).toBe(320);
    expect(parseMaxDimension('999999')).toBe(999_999);
    expect(parseMaxDimension('0007')).toBe(7);
    for (const value of [null, '', '0', '000', '-5', '12.5', '1e3', 'abc', '9999999', '12 34']) expect(parseMaxDimension(value), String(value)).toBeUndefined();
  });
});

describe('oembedResponse', () => {
  const catalog = {
    eventById: new Map([[TANF, { id: TANF, title: 'Russian jets bomb al-Tanf', start: '2016-06-16', precision: 'day' }]]),
    actorById: new Map([['russia', { id: 'russia', name: 'Russia' }]]),
    storyById: new Map([['al-tanf-strike-2016', { id: 'al-tanf-strike-2016', title: 'The strike <b>on</b> al-Tanf', steps: [{}, {}, {}, {}, {}] }]]),
  } as unknown as Pick<Catalog, 'eventById' | 'actorById' | 'storyById'>;

  it('answers the embedded story of a story page, with the story’s preview image', () => {
    const answer = oembedResponse({ kind: 'story', id: 'al-tanf-strike-2016' }, catalog, SITE);
    expect(answer.title).toBe('The strike <b>on</b> al-Tanf: a story in 5 steps');
    expect(answer.html).toContain(`<iframe src="${SITE}/embed?story=al-tanf-strike-2016" width="800" height="980" title="The strike &lt;b&gt;on&lt;/b&gt; al-Tanf: a story in 5 steps"`);
    expect(answer.thumbnail_url).toBe(`${SITE}/stories/al-tanf-strike-2016/opengraph-image`);
  });

  it('answers a rich embed of the event card within maxwidth and maxheight', () => {
    const answer = oembedResponse({ kind: 'event', id: TANF }, catalog, SITE, { maxWidth: 400, maxHeight: 200 });
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', width: 400, height: 200, provider_url: `${SITE}/` });
    expect(answer.title).toContain('Russian jets bomb al-Tanf (16 June 2016)');
    expect(answer.html).toContain(`<iframe src="${SITE}/embed/events/${TANF}" width="400" height="200" title="Russian jets bomb al-Tanf (16 June 2016)`);
    expect(answer.html).toContain(`<script src="${SITE}/embed-resize.js" async></script>`);
    // A 1200 × 630 thumbnail would not fit those bounds.
    expect(answer.thumbnail_url).toBeUndefined();
  });

  it('answers the embedded timeline of a view, with its preview image when it fits', () => {
    const answer = oembedResponse({ kind: 'view', state: { actors: ['russia'], q: 'a "b" <c>' } }, catalog, SITE);
    expect(answer.html).toContain(`src="${SITE}/embed?actors=russia&amp;q=a+%22b%22+%3Cc%3E"`);
    expect(answer.title).toContain('Russia; “a "b" <c>”');
    expect(answer.html).toContain('title="The Syrian war, 2011–2024: a citable timeline: Russia; “a &quot;b&quot; &lt;c&gt;”"');
    expect(answer).toMatchObject({ width: 800, height: 980, thumbnail_url: `${SITE}/opengraph-image`, thumbnail_width: 1200, thumbnail_height: 630 });
  });

  it('answers an event card without bounds at its own size, with the event’s preview image', () => {
    const answer = oembedResponse({ kind: 'event', id: TANF }, catalog, SITE);
    expect(answer).toMatchObject({ provider_name: SITE_NAME, thumbnail_url: `${SITE}/events/${TANF}/opengraph-image`, thumbnail_width: 1200, thumbnail_height: 630 });
    expect(answer.html).toContain(`width="${answer.width}" height="${answer.height}"`);
  });

  it('falls back to the site’s name for an event or story it no longer has', () => {
    expect(oembedResponse({ kind: 'event', id: 'gone' }, catalog, SITE).title).toBe(SITE_NAME);
    expect(oembedResponse({ kind: 'story', id: 'gone' }, catalog, SITE).title).toBe(SITE_NAME);
  });

  it('names an actor it does not know by its id in a view’s title', () => {
    expect(oembedResponse({ kind: 'view', state: { actors: ['russia', 'nobody'], q: '' } }, catalog, SITE).title).toContain('Russia, nobody');
  });

  it('offers the 1200 × 630 preview only when both bounds let it fit', () => {
    const view: EmbedTarget = { kind: 'view', state: { actors: ['russia'], q: '' } };
    expect(oembedResponse(view, catalog, SITE, { maxWidth: 1200, maxHeight: 630 }).thumbnail_url).toBe(`${SITE}/opengraph-image`);
    expect(oembedResponse(view, catalog, SITE, { maxWidth: 1199 }).thumbnail_url).toBeUndefined();
    expect(oembedResponse(view, catalog, SITE, { maxHeight: 629 }).thumbnail_url).toBeUndefined();
  });
});

describe('oembedUrl', () => {
  it('points discovery at the oEmbed endpoint with the page’s address encoded', () => {
    expect(oembedUrl(`${SITE}/?actors=russia&q=a b`, SITE)).toBe(`${SITE}/api/oembed?url=https%3A%2F%2Ftimeline.example.org%2F%3Factors%3Drussia%26q%3Da%20b&format=json`);
  });
});
