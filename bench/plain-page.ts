import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { ROOT } from './build';
import { BROWSER, VIEWPORT } from './browser';
import { withLimit } from './limits';
import type { ChartSelectors } from './page-instruments';

// The plain page, the app's peer: vis-timeline's standalone build, served gzipped as the app's
// scripts are, drawing the same events from the same `/data/events.json`.

export const PLAIN_CHART: ChartSelectors = { item: '#timeline .vis-item', liveRoot: '#timeline .vis-timeline' };

/** What the benchmark reaches in the plain page (bench/plain-page.html sets it). */
export type PlainWindow = {
  allEvents: Array<{ id: string; actors: string[]; content: string; start: string; end?: string }>;
  toItems(events: PlainWindow['allEvents']): unknown[];
  items: { clear(): void; add(items: unknown[]): void };
  timeline: {
    fit(o: object): void;
    setWindow(a: Date, b: Date, o: object): void;
    getWindow(): { start: Date; end: Date };
    setGroups(groups: unknown): void;
  };
  vis: { DataSet: new (items: unknown[]) => unknown };
};

const STANDALONE = path.join(ROOT, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
const STYLES = path.join(ROOT, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css');

export interface PlainPage {
  url: string;
  close: () => void;
}

/** Serves the page, the library and `eventsJson` (the app's `/data/events.json`, byte for byte). */
export function servePlainPage(eventsJson: string): Promise<PlainPage> {
  const files: Record<string, [string, string]> = {
    '/': [fs.readFileSync(path.join(__dirname, 'plain-page.html'), 'utf8'), 'text/html'],
    '/vis-timeline-graph2d.min.js': [fs.readFileSync(STANDALONE, 'utf8'), 'text/javascript'],
    '/vis-timeline-graph2d.min.css': [fs.readFileSync(STYLES, 'utf8'), 'text/css'],
    '/data/events.json': [eventsJson, 'application/json'],
  };
  const compressed = new Map(Object.entries(files).map(([route, [body]]) => [route, gzipSync(body)]));
  const server = http.createServer((request, response) => {
    const route = (request.url ?? '/').split('?')[0] ?? '/';
    const file = files[route];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': file[1], 'Content-Encoding': 'gzip' }).end(compressed.get(route));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    });
  });
}

/**
 * A page in a browser of its own: past a few thousand items vis-timeline blocks the page for
 * minutes, and the only way out of a figure over the limit is to close that browser.
 */
export async function withOwnBrowser<T>(work: (page: Page) => Promise<T>): Promise<T> {
  const browserServer = await chromium.launchServer(BROWSER);
  let browser: Browser | undefined;
  try {
    browser = await chromium.connect(browserServer.wsEndpoint());
    return await work(await browser.newPage({ viewport: VIEWPORT }));
  } finally {
    if (browser) await withLimit(browser.close(), 10_000).catch(() => undefined);
    await browserServer.kill();
  }
}
