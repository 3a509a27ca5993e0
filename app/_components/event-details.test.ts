import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import type { TimelineEvent } from '@/lib/data/schema';
import { EventDetails, EventVersionNote } from './event-details';

const catalog = getCatalog();
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'").replace(/&quot;/g, '"');
const tanf = catalog.eventById.get('russian-airstrike-on-al-tanf-base-2016')!;

describe('the version line of an event', () => {
  it('gives, beside its first publication and revisions, the day it was last checked against its article', () => {
    const html = renderToStaticMarkup(createElement(EventVersionNote, { event: { ...tanf, checked: '2026-12-02' }, linkTarget: '_top' }));
    expect(text(html)).toMatch(/^First published 21 November 2026; revised 1 December 2026 \(.+\)\. Last checked against its article on 2 December 2026\. All changes$/);
    expect(html).toContain('<time dateTime="2026-12-02">2 December 2026</time>');
  });

  it('says “articles” when the event cites several', () => {
    const several = catalog.events.find((event) => new Set(event.citations.map(({ source }) => source)).size > 1)!;
    expect(text(renderToStaticMarkup(createElement(EventVersionNote, { event: several, linkTarget: '_top' })))).toContain('Last checked against its articles on');
  });
});

describe('the place of an event', () => {
  it('gives the reason for each place its words do not name, and none for those they name', () => {
    const event: TimelineEvent = {
      ...tanf,
      place: { name: 'al-Tanf', as: 'near the base', ids: ['al-tanf', 'syria'], reasons: { syria: 'The base is in Syria, as the article says elsewhere.' } },
    };
    const html = text(renderToStaticMarkup(createElement(EventDetails, { event, catalog, headingLevel: 2, linkTarget: '_top' })));
    expect(html).toContain('Why Syria, which these words do not name: The base is in Syria, as the article says elsewhere.');
    expect(html).not.toContain('Why al-Tanf');
  });

  it('gives no reasons where the words name every place', () => {
    expect(renderToStaticMarkup(createElement(EventDetails, { event: tanf, catalog, headingLevel: 2, linkTarget: '_top' }))).not.toContain('place-reasons');
  });
});
