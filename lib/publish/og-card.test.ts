import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { eventCamp } from '@/lib/data/labels';
import { actorCard, CAMP_COLOURS, eventCard, homeCard, ogImage } from '@/lib/publish/og-card';
import { drawable, ogFonts } from '@/lib/publish/og-font';

const catalog = getCatalog();
const TANF = 'russian-airstrike-on-al-tanf-base-2016';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the link-preview cards', () => {
  it('say an event’s date at its precision, its title, its outlets and the camps involved, the one that acted first', () => {
    const event = catalog.eventById.get(TANF)!;
    const card = eventCard(event, catalog);
    expect(card).toMatchObject({ kicker: '16 June 2016 · Airstrike', title: event.title, footer: 'Source: The Syrian Intifada (Kyle Orton\'s blog)' });
    expect(card.camps[0]).toBe(eventCamp(event, catalog.actorById));
    expect(new Set(card.camps)).toEqual(new Set(event.actors.map(({ actor }) => catalog.actorById.get(actor)!.camp)));
    expect(eventCard(catalog.eventById.get('regime-offensive-on-aleppo-city-2014')!, catalog).kicker).toMatch(/^summer 2014 \(approx\.\)/);
    expect(actorCard(catalog.actorById.get('russia')!, catalog).camps).toEqual(['regime']);
    expect(homeCard(catalog).camps).toHaveLength(6);
  });

  it('colour the camps as the page does', () => {
    const css = fs.readFileSync(path.join(process.cwd(), 'app', 'globals.css'), 'utf8');
    const light = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
    const fromCss = Object.fromEntries([...light.matchAll(/--camp-([a-z-]+): (#[0-9a-f]{6});/g)].map((match) => [match[1], match[2]]));
    expect(fromCss).toEqual(CAMP_COLOURS);
  });
});

describe('the link-preview font', () => {
  it('draws every character of the corpus’s titles, summaries, names and outlets', () => {
    const { drawn } = ogFonts();
    const texts = [
      ...catalog.events.flatMap((event) => [event.title, event.summary]),
      ...catalog.actors.flatMap((actor) => [actor.name, actor.description]),
      ...catalog.sources.map((source) => source.outlet),
    ];
    const lost = [...new Set(texts.flatMap((text) => [...text.normalize('NFC')].filter((char) => !/\s/.test(char) && !drawn.has(char.codePointAt(0)!))))];
    expect(lost).toEqual([]);
  });

  it('leaves out what it cannot draw and cuts long text at a word', () => {
    const { drawn } = ogFonts();
    expect(drawable('Ḥamāh\u202E 😀 حلب\u0000 “ok”', drawn)).toBe('Ḥamāh “ok”');
    expect(drawable('one two three four five', drawn, 12)).toBe('one two…');
  });

  it('renders a 1200 × 630 PNG and fetches nothing, whatever characters the text holds', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const errors = vi.spyOn(console, 'error');
    const response = ogImage({
      kicker: '16 June 2016 · Airstrike',
      title: 'Hostile <img src=x onerror=alert(1)> حلب 😀 ঢাকা 東京 \u202Eevil',
      camps: ['regime', 'us-coalition'],
      footer: 'Source: 🗞️ Outlet',
    });
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    // The renderer loads its own WebAssembly from a data: URL; anything else would be the network.
    const fetched = fetch.mock.calls.map(([input]) => (input instanceof Request ? input.url : input instanceof URL ? input.href : input));
    expect(fetched.filter((url) => !url.startsWith('data:'))).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
  });
});
