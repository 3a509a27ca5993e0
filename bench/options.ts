// `npm run bench -- [--sizes 100,1000,10000,50000] [--out results.json] [--repeat 3] [--limit 60]
//   [--load-seconds 30] [--distinct-views 10000] [--reuse-build] [--lighthouse]`

export interface Options {
  sizes: number[];
  out?: string;
  limitMs: number;
  reuseBuild: boolean;
  /** Seconds of load on each address of the real-corpus build; 0 skips the load run. */
  loadSeconds: number;
  /**
   * Distinct search strings sent to the real-corpus build; 0 skips them. By default 10,000 with the
   * default 30-second load, fewer in proportion to a shorter one (a smoke run stays quick).
   */
  distinctViews: number;
  /** How many times the app and the plain page are measured at each size; each figure is the median. */
  repeat: number;
  /** Also run Lighthouse on the real-corpus build. */
  lighthouse: boolean;
}

export function parseArgs(argv: ReadonlyArray<string>): Options {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    return at === -1 ? undefined : argv[at + 1];
  };
  const sizes = (value('--sizes') ?? '100,1000,10000,50000')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const out = value('--out');
  const loadSeconds = Number(value('--load-seconds') ?? 30);
  return {
    sizes,
    ...(out && { out }),
    limitMs: Number(value('--limit') ?? 60) * 1000,
    reuseBuild: argv.includes('--reuse-build'),
    loadSeconds,
    distinctViews: Math.max(0, Number(value('--distinct-views') ?? Math.round(10_000 * Math.min(1, loadSeconds / 30)))),
    repeat: Math.max(1, Number(value('--repeat') ?? 3)),
    lighthouse: argv.includes('--lighthouse'),
  };
}
