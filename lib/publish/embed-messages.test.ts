import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, HEIGHT_REQUEST, heightMessage, isHeightRequest, MAX_EMBED_HEIGHT, parseHeightMessage } from '@/lib/publish/embed-messages';

const SITE = 'https://timeline.example.org';
const SCRIPT = fs.readFileSync(path.join(process.cwd(), 'public', 'embed-resize.js'), 'utf8');

interface FakeFrame {
  src: string;
  style: { height?: string };
  contentWindow: { posted: Array<[unknown, string]>; postMessage: (data: unknown, origin: string) => void };
}

function frame(src: string): FakeFrame {
  const contentWindow = {
    posted: [] as Array<[unknown, string]>,
    postMessage(data: unknown, origin: string) {
      this.posted.push([data, origin]);
    },
  };
  return { src, style: {}, contentWindow };
}

/** Runs public/embed-resize.js as a host page would, with these iframes; returns its message handler. */
function host(frames: FakeFrame[], scriptSrc = `${SITE}/embed-resize.js`) {
  let handler: ((event: { origin: string; data: unknown; source: unknown }) => void) | undefined;
  vm.runInNewContext(SCRIPT, {
    URL,
    document: { currentScript: { src: scriptSrc }, baseURI: 'https://news.example/article', getElementsByTagName: () => frames },
    window: { addEventListener: (_type: string, listener: typeof handler) => (handler = listener) },
  });
  return handler;
}

const nearMessages = fc.oneof(
  fc.anything(),
  fc.integer({ min: -10, max: MAX_EMBED_HEIGHT * 2 }).map(heightMessage),
  fc.record(
    {
      type: fc.constantFrom(HEIGHT_MESSAGE, HEIGHT_REQUEST, 'other'),
      version: fc.constantFrom(1, 2, '1', 1.5),
      height: fc.oneof(fc.integer({ min: -5, max: MAX_EMBED_HEIGHT + 5 }), fc.double(), fc.constantFrom('300', null, Infinity, NaN, -0)),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);

describe('the height messages', () => {
  it('read back what the embed sends, clamped to a sane height', () => {
    expect(parseHeightMessage(heightMessage(512.2))).toBe(513);
    expect(parseHeightMessage(heightMessage(0))).toBe(1);
    expect(parseHeightMessage(heightMessage(1e9))).toBe(MAX_EMBED_HEIGHT);
    expect(isHeightRequest({ type: HEIGHT_REQUEST, version: 1 })).toBe(true);
  });

  it('refuse anything but the documented shape', () => {
    for (const data of [
      null,
      'syria-war-timeline:height',
      [HEIGHT_MESSAGE, 1, 300],
      { type: HEIGHT_MESSAGE, version: 1, height: 300, extra: true },
      { type: HEIGHT_MESSAGE, version: 2, height: 300 },
      { type: HEIGHT_MESSAGE, version: 1, height: '300' },
      { type: HEIGHT_MESSAGE, version: 1, height: 300.5 },
      { type: HEIGHT_MESSAGE, version: 1, height: MAX_EMBED_HEIGHT + 1 },
      { type: HEIGHT_MESSAGE, version: 1 },
    ]) {
      expect(parseHeightMessage(data), JSON.stringify(data)).toBeNull();
    }
    expect(isHeightRequest({ type: HEIGHT_REQUEST, version: 1, height: 1 })).toBe(false);
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    expect(parseHeightMessage(throwing)).toBeNull();
    expect(isHeightRequest(throwing)).toBe(false);
  });
});

describe('public/embed-resize.js, the script hosts include', () => {
  it('asks the embeds of its own site for their height when it starts, and no other frame', () => {
    const ours = frame(`${SITE}/embed?actors=russia`);
    const theirs = frame('https://video.example/player');
    const blank = frame('');
    host([ours, theirs, blank]);
    expect(ours.contentWindow.posted).toEqual([[{ type: HEIGHT_REQUEST, version: 1 }, SITE]]);
    expect(isHeightRequest(ours.contentWindow.posted[0]?.[0])).toBe(true);
    expect(theirs.contentWindow.posted).toEqual([]);
  });

  it('sizes the frame a message comes from exactly when the embed side would accept the message', () => {
    fc.assert(
      fc.property(nearMessages, (data) => {
        const ours = frame(`${SITE}/embed/events/x`);
        const other = frame(`${SITE}/embed`);
        const onMessage = host([ours, other])!;
        onMessage({ origin: SITE, data, source: ours.contentWindow });
        const height = parseHeightMessage(data);
        expect(ours.style.height).toBe(height === null ? undefined : `${height}px`);
        expect(other.style.height).toBeUndefined();
      }),
    );
  });

  it('ignores a valid message from another origin, or from a window that is not one of its frames', () => {
    const ours = frame(`${SITE}/embed`);
    const onMessage = host([ours])!;
    onMessage({ origin: 'https://evil.example', data: heightMessage(300), source: ours.contentWindow });
    onMessage({ origin: SITE, data: heightMessage(300), source: {} });
    expect(ours.style.height).toBeUndefined();
    onMessage({ origin: SITE, data: heightMessage(300), source: ours.contentWindow });
    expect(ours.style.height).toBe('300px');
  });
});
