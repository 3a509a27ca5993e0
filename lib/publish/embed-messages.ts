// The messages between an embed (a page under /embed, in someone else's iframe) and the page that
// frames it. README's "Embedding" section documents them for hosts; public/embed-resize.js, the
// script hosts include, reads them the same way, and embed-messages.test.ts holds the two equal.
//
//   embed → host:  { type: 'syria-war-timeline:height', version: 1, height: <whole CSS pixels, 1–20000> }
//                  whenever the embed's height changes, and when asked
//   host → embed:  { type: 'syria-war-timeline:request-height', version: 1 }
//
// Anything else, including these with a key more or less, is ignored.

export const HEIGHT_MESSAGE = 'syria-war-timeline:height';
export const HEIGHT_REQUEST = 'syria-war-timeline:request-height';
export const MESSAGE_VERSION = 1;
/** Taller than any embed gets; a larger figure is a mistake or a trick, not a height. */
export const MAX_EMBED_HEIGHT = 20_000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  version: typeof MESSAGE_VERSION;
  height: number;
}

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, version: MESSAGE_VERSION, height: Math.min(MAX_EMBED_HEIGHT, Math.max(1, Math.ceil(height))) };
}

export const heightRequest = { type: HEIGHT_REQUEST, version: MESSAGE_VERSION } as const;

/** The keys of a plain message object, sorted; `null` for anything else. Never throws. */
function keysOf(data: unknown): string | null {
  try {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
    return Object.keys(data).sort().join(',');
  } catch {
    return null;
  }
}

/** The height an embed reports, or `null` for anything that is not exactly a height message. */
export function parseHeightMessage(data: unknown): number | null {
  if (keysOf(data) !== 'height,type,version') return null;
  const { type, version, height } = data as Record<string, unknown>;
  if (type !== HEIGHT_MESSAGE || version !== MESSAGE_VERSION) return null;
  return typeof height === 'number' && Number.isInteger(height) && height >= 1 && height <= MAX_EMBED_HEIGHT ? height : null;
}

/** Whether a message is exactly the host's request for the embed's height. */
export function isHeightRequest(data: unknown): boolean {
  if (keysOf(data) !== 'type,version') return false;
  const { type, version } = data as Record<string, unknown>;
  return type === HEIGHT_REQUEST && version === MESSAGE_VERSION;
}
