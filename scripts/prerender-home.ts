import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from './free-port';
import { buildIdOf, distDir, pageVersion, removePrerenderedHome, writePrerenderedHome } from '@/lib/publish/prerendered-home';

// A step of scripts/postbuild.ts: serves the build, asks it for the unfiltered timeline and for the
// ETag of the whole dataset, and stores the page for proxy.ts to answer `/` with. See
// lib/publish/prerendered-home.ts.

async function fetchWhenUp(url: string, timeoutMs = 60_000): Promise<Response> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Stores the build's `/` in `root`'s build folder, and says which build it was. */
export async function prerenderHome(root: string): Promise<string> {
  const dir = distDir(root);
  const buildId = buildIdOf(dir);
  if (buildId === null) throw new Error(`no build in ${dir}: run next build first`);
  // The server started below must render `/`, not answer with a page stored earlier.
  removePrerenderedHome(dir);
  const port = await freePort();
  const server = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    env: process.env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => server.on('exit', () => resolve()));
  try {
    const base = `http://127.0.0.1:${port}`;
    const page = await fetchWhenUp(`${base}/`);
    const dataset = await fetch(`${base}/data/events.json`);
    const datasetEtag = dataset.headers.get('etag');
    if (!page.ok || !dataset.ok || datasetEtag === null) throw new Error(`the build answered / with ${page.status} and its dataset with ${dataset.status}`);
    writePrerenderedHome(dir, { version: pageVersion(buildId, datasetEtag), html: await page.text() });
    return buildId;
  } finally {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
}
