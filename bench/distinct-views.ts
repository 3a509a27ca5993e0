import autocannon from 'autocannon';
import { groupRssMB } from './app-server';
import type { ViewCacheRun } from './figures';
import { CONNECTIONS } from './load-test';

// Hostile input against the server's cache of rendered views: `count` distinct search strings, each
// a view never asked for before, 50 connections at a time. The server's memory before and after
// says whether the cache stays within its bounds (lib/publish/view-cache.ts).

export async function distinctViews(base: string, serverPid: number, count: number): Promise<ViewCacheRun> {
  const rssBeforeMB = groupRssMB(serverPid);
  let sent = 0;
  const started = Date.now();
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    amount: count,
    // Each is rendered: on a busy machine one can wait well past autocannon's 10 s and still be answered.
    timeout: 60,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/?q=${encodeURIComponent(`search ${sent++} ${Math.random().toString(36).slice(2)}`)}` }) }],
  });
  return {
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    p99Ms: result.latency.p99,
    rssBeforeMB,
    rssAfterMB: groupRssMB(serverPid),
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}
