import fs from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { loadCatalog, type Catalog } from '@/lib/data/catalog';
import { startApp, type AppServer } from './app-server';
import { BROWSER } from './browser';
import { build, buildTarget, isBuilt } from './build';
import { distinctViews } from './distinct-views';
import type { LanesRun, LoadRun, MapRun, OpeningProfile, Run, ViewCacheRun } from './figures';
import { FILTER_ACTOR } from './filter';
import { measureAppLanes, measurePlainLanes } from './lanes';
import { runLighthouse, type LighthouseRun } from './lighthouse';
import { loadRun } from './load-test';
import { measureMap } from './map';
import { profileOpening } from './opening-profile';
import { parseArgs, type Options } from './options';
import { measurePeers } from './peers';
import { servePlainPage } from './plain-page';
import { printDistinctViews, printLanes, printLighthouse, printLoads, printMaps, printOpenings, printPeers } from './report';
import { printTargets } from './targets';

// `npm run bench` (see bench/options.ts for its flags). Builds the production app against the real
// corpus and generated datasets of each size, serves it, and measures it in Debian's Chromium next
// to the plain page (bench/plain-page.ts). It prints figures; it passes or fails nothing.

interface Figures {
  runs: Run[];
  openings: OpeningProfile[];
  lanes: LanesRun[];
  maps: MapRun[];
  loads: LoadRun[];
  views?: ViewCacheRun;
  lighthouse: LighthouseRun[];
}

const LIGHTHOUSE_RUNS = 2;

async function measureSize(browser: Browser, size: number | 'real', options: Options, figures: Figures): Promise<void> {
  const real = size === 'real';
  if (!(options.reuseBuild && isBuilt(buildTarget(size)))) console.log(`building against ${real ? 'the real corpus' : `${size} generated events`}…`);
  const { eventsDir, seedsDir, env } = await build(size, { reuse: options.reuseBuild });
  const catalog = loadCatalog({ eventsDir, seedsDir, requireArticles: false });
  const events = catalog.events.length;
  const app = await startApp(String(size), env);
  try {
    // Measure a running server, not a cold start; but say what the first reader of a new server waits.
    const warmUp = Date.now();
    await fetch(`${app.base}/?event=${encodeURIComponent(catalog.events.at(-1)?.id ?? '')}`);
    console.log(`measuring ${events} events (the server answered after ${app.startMs} ms; its first rendered view took ${Date.now() - warmUp} ms)…`);
    const plain = await servePlainPage(await (await fetch(`${app.base}/data/events.json`)).text());
    try {
      const dataset = real ? 'real' : 'generated';
      const peer = { events, dataset, limitMs: options.limitMs } as const;
      figures.runs.push(...(await measurePeers(browser, app.base, plain, peer, options.repeat)));
      if (real) figures.openings.push(...(await profileOpening(browser, app.base, plain, options.repeat, options.limitMs)));
      figures.maps.push(await measureMap(browser, app.base, events, dataset, options.limitMs));
      figures.lanes.push(...(await measureAppLanes(browser, app.base, events, dataset, options.repeat, options.limitMs)));
      figures.lanes.push(await measurePlainLanes(plain, events, dataset, options.limitMs));
    } finally {
      plain.close();
    }
    if (real) await measureRealCorpus(app, catalog, options, figures);
  } finally {
    await app.stop();
  }
}

/** Lighthouse on the pages a shared link lands on, the load run, then the distinct search strings. */
async function measureRealCorpus(app: AppServer, catalog: Catalog, options: Options, figures: Figures): Promise<void> {
  const filtered = `/?actors=${FILTER_ACTOR}`;
  const event = `/events/${catalog.events[0]?.id ?? ''}`;
  const actor = `/actors/${catalog.actorById.has(FILTER_ACTOR) ? FILTER_ACTOR : (catalog.actors[0]?.id ?? '')}`;
  const place = `/places/${catalog.places[0]?.id ?? ''}`;
  if (options.lighthouse) {
    const pages = ['/', filtered, event, actor, place];
    console.log(`lighthouse (mobile) on ${pages.join(', ')}, best of ${LIGHTHOUSE_RUNS}…`);
    figures.lighthouse.push(...(await runLighthouse(app.base, pages, LIGHTHOUSE_RUNS)));
  }
  if (options.loadSeconds > 0) {
    console.log(`load: 50 connections for ${options.loadSeconds} s on each address…`);
    figures.loads.push(...(await loadRun(app.base, ['/', filtered, event, '/data/events.json'], options.loadSeconds)));
  }
  if (options.distinctViews > 0) {
    console.log(`${options.distinctViews} distinct search strings…`);
    figures.views = await distinctViews(app.base, app.pid, options.distinctViews);
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const browser = await chromium.launch(BROWSER);
  const figures: Figures = { runs: [], openings: [], lanes: [], maps: [], loads: [], lighthouse: [] };
  try {
    for (const size of ['real' as const, ...options.sizes]) await measureSize(browser, size, options, figures);
  } finally {
    await browser.close();
  }
  printPeers(figures.runs);
  printOpenings(figures.openings);
  printLanes(figures.lanes);
  printMaps(figures.maps);
  printLoads(figures.loads);
  printDistinctViews(figures.views);
  printLighthouse(figures.lighthouse);
  printTargets(figures.runs, figures.loads, figures.views, figures.lighthouse);
  if (options.out) {
    const { runs, openings, loads, views, lighthouse, maps, lanes } = figures;
    fs.writeFileSync(options.out, `${JSON.stringify({ runs, openings, load: loads, distinctViews: views ?? null, lighthouse, map: maps, lanes }, null, 2)}\n`);
    console.log(`wrote ${options.out}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
