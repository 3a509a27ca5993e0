import 'server-only';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// The unfiltered timeline, rendered once after the build (scripts/prerender-home.ts, a step of
// scripts/postbuild.ts) and served by proxy.ts as the static `/`. It is the timeline page's own
// answer, stored: a page of a route of its own would have a different route tree, and Next.js
// remounts the whole page when a navigation moves between routes, so the first filter would reset
// the filter bar and redraw the chart.

export interface PrerenderedHome {
  /** The build it belongs to: a file left by another build is never served. */
  buildId: string;
  /** Names what every timeline page shows for a URL: this build and this dataset. */
  version: string;
  html: string;
}

const FILE = 'prerendered-home.json';

/** The build folder `next start` serves from this directory (NEXT_DIST_DIR, as next.config.js reads it). */
export function distDir(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  // Read at run time from where the server was started, not bundled: tell the tracer to skip it.
  return path.join(/*turbopackIgnore: true*/ root, env.NEXT_DIST_DIR || '.next');
}

/** A version for the timeline pages of a build, from its id and the ETag of the whole dataset. */
export function pageVersion(buildId: string, datasetEtag: string): string {
  return createHash('sha256').update(`${buildId}\n${datasetEtag}`).digest('base64url').slice(0, 16);
}

/** The id of the build in `dir`, if there is one. */
export function buildIdOf(dir: string): string | null {
  try {
    return fs.readFileSync(path.join(dir, 'BUILD_ID'), 'utf8').trim();
  } catch {
    return null;
  }
}

/** The stored page, if this build has one. */
export function readPrerenderedHome(dir: string = distDir()): PrerenderedHome | null {
  const buildId = buildIdOf(dir);
  let stored: unknown;
  try {
    stored = JSON.parse(fs.readFileSync(path.join(dir, FILE), 'utf8'));
  } catch {
    return null;
  }
  if (typeof stored !== 'object' || stored === null) return null;
  const { buildId: storedBuild, version, html } = stored as Record<string, unknown>;
  if (buildId === null || storedBuild !== buildId || typeof version !== 'string' || typeof html !== 'string') return null;
  return { buildId, version, html };
}

export function writePrerenderedHome(dir: string, home: Omit<PrerenderedHome, 'buildId'>): void {
  const buildId = buildIdOf(dir);
  if (buildId === null) throw new Error(`${dir} holds no build`);
  fs.writeFileSync(path.join(dir, FILE), JSON.stringify({ buildId, ...home }));
}

export function removePrerenderedHome(dir: string): void {
  fs.rmSync(path.join(dir, FILE), { force: true });
}
