import 'server-only';
import type { NextRequest } from 'next/server';
import type { RenderedView } from './view-cache';

// The server asking itself for the page of a view, on loopback, so that proxy.ts can keep what the
// page rendered (a proxy sees no page's response). The request carries a token only this process
// knows: the proxy lets it through to the page, and no outside request can skip the cache with it.

const HEADER = 'x-timeline-render';
/** What is kept of the page's response headers besides the body. */
const KEPT_HEADERS = ['content-type', 'link'];
/** Past this a render is given up (and the request rendered by the page after all); a busy server is slower. */
const RENDER_TIMEOUT_MS = 60_000;

export interface ViewRenderer {
  render: (query: string) => Promise<RenderedView | null>;
  isRender: (request: NextRequest) => boolean;
}

/** `origin()`: where this server listens, read when a view is rendered; `null` if unknown. */
export function viewRenderer(origin: () => string | null, token: string = crypto.randomUUID()): ViewRenderer {
  return {
    isRender: (request) => request.headers.get(HEADER) === token,
    async render(query) {
      const base = origin();
      if (base === null) return null;
      const response = await fetch(`${base}/${query}`, {
        headers: { [HEADER]: token, 'accept-encoding': 'identity' },
        cache: 'no-store',
        redirect: 'manual',
        signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
      });
      if (response.status !== 200) return null;
      const headers = Object.fromEntries(KEPT_HEADERS.flatMap((name) => (response.headers.has(name) ? [[name, response.headers.get(name)!]] : [])));
      return { body: new Uint8Array(await response.arrayBuffer()), headers };
    },
  };
}

/** This server on loopback, once `next start` has said its port. */
export function loopbackOrigin(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  return env.PORT && /^\d+$/.test(env.PORT) ? `http://127.0.0.1:${env.PORT}` : null;
}
