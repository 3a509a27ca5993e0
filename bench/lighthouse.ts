import { execFile } from 'node:child_process';
import path from 'node:path';
import type { Result } from 'lighthouse';
import { ROOT } from './build';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

// `npm run bench -- --lighthouse`: Lighthouse's mobile preset (its default: a mid-range phone on a
// slow 4G link, throttling simulated) in the machine's Chromium, on the pages a shared link lands on.
// Its command line, not its API: the benchmark runs under tsx, whose compiled functions Lighthouse
// would send into the page without the helpers they call.

export interface LighthouseRun {
  path: string;
  /** Category scores, 0–100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** What each metric may be for Lighthouse to score it 100 (from its own scoring curves). */
  targets: { lcpMs: number; tbtMs: number; cls: number };
  /** The audits that cost points, worst first: what to fix. */
  shortfalls: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * The value at which a metric scores 0.995 (shown as 100) on Lighthouse's log-normal curve, given
 * the values that score 0.9 (p10) and 0.5 (median). 1.8213863677 is erfinv(0.99).
 */
export function valueScoring100(p10: number, median: number): number {
  return median * Math.exp((-1.8213863677 * Math.log(median / p10)) / 0.9061938024368232);
}

type Audit = { score: number | null; numericValue?: number; scoringOptions?: { p10: number; median: number }; title: string; displayValue?: string };

function metric(audits: Record<string, Audit>, id: string): { value: number; target: number } {
  const audit = audits[id];
  if (audit?.numericValue === undefined || !audit.scoringOptions) throw new Error(`Lighthouse reported no ${id}`);
  return { value: audit.numericValue, target: valueScoring100(audit.scoringOptions.p10, audit.scoringOptions.median) };
}

/** One run in a Chromium of its own, started cold. */
function lighthouseReport(url: string): Promise<Result> {
  const cli = path.join(ROOT, 'node_modules/lighthouse/cli/index.js');
  const flags = [url, '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, ...flags], { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(new Error(`Lighthouse failed on ${url}`, { cause: error }));
      try {
        resolve(JSON.parse(stdout) as Result);
      } catch (parseError) {
        reject(parseError instanceof Error ? parseError : new Error(String(parseError)));
      }
    });
  });
}

async function runOnce(url: string): Promise<Omit<LighthouseRun, 'path'>> {
  const lhr = await lighthouseReport(url);
  const score = (id: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const audits = lhr.audits as Record<string, Audit>;
  const lcp = metric(audits, 'largest-contentful-paint');
  const tbt = metric(audits, 'total-blocking-time');
  const cls = metric(audits, 'cumulative-layout-shift');
  const weighted = new Set(CATEGORIES.flatMap((id) => (lhr.categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => ref.id)));
  const shortfalls = Object.entries(audits)
    .filter(([id, audit]) => weighted.has(id) && audit.score !== null && audit.score < 1)
    .sort(([, a], [, b]) => (a.score ?? 0) - (b.score ?? 0))
    .map(([id, audit]) => `${id} ${audit.score}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(lcp.value),
    tbtMs: Math.round(tbt.value),
    cls: Math.round(cls.value * 1000) / 1000,
    targets: { lcpMs: Math.round(lcp.target), tbtMs: Math.round(tbt.target), cls: Math.round(cls.target * 1000) / 1000 },
    shortfalls,
  };
}

/**
 * Each page's best run of `runs` (each in a cold browser), by performance: Lighthouse's simulated
 * throttling multiplies the machine's noise, and a busy neighbour only ever makes a run worse.
 */
export async function runLighthouse(base: string, paths: ReadonlyArray<string>, runs: number): Promise<LighthouseRun[]> {
  const best: LighthouseRun[] = [];
  for (const address of paths) {
    const samples: Array<Omit<LighthouseRun, 'path'>> = [];
    for (let n = 0; n < runs; n += 1) samples.push(await runOnce(`${base}${address}`));
    const [top] = samples.sort((a, b) => b.performance - a.performance || a.tbtMs - b.tbtMs);
    best.push({ path: address, ...top! });
  }
  return best;
}
