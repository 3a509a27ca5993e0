import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Builds the production app against a generated dataset, in a build folder of its own, so the
// benchmark and the large-dataset tests never disturb the real build.
// `tsx bench/build.ts <events|real|hostile>` prints the environment to serve it with.

export const ROOT = path.resolve(__dirname, '..');

export interface BuildTarget {
  eventsDir: string;
  /** The article texts its quotes are checked against. */
  seedsDir: string;
  env: Record<string, string>;
}

/** A generated dataset of that many events, the real corpus, or the fixture of hostile data the security tests use. */
export type Dataset = number | 'real' | 'hostile';

const HOSTILE = path.join(ROOT, 'e2e', 'fixtures', 'hostile');

function eventsDirOf(size: Dataset): string {
  if (size === 'real') return path.join(ROOT, 'events');
  if (size === 'hostile') return path.join(HOSTILE, 'events');
  return path.join(os.tmpdir(), `timeline-bench-${size}`);
}

function seedsDirOf(size: Dataset): string | undefined {
  if (size === 'real') return undefined;
  if (size === 'hostile') return path.join(HOSTILE, 'seeds');
  return path.join(os.tmpdir(), `timeline-bench-${size}-articles`);
}

export function buildTarget(size: Dataset): BuildTarget {
  const name = String(size);
  const eventsDir = eventsDirOf(size);
  const seedsDir = seedsDirOf(size);
  return {
    eventsDir,
    seedsDir: seedsDir ?? path.resolve(ROOT, process.env.SEEDS_DIR ?? '../shared/seeds'),
    env: {
      EVENTS_DIR: eventsDir,
      ...(seedsDir && { SEEDS_DIR: seedsDir }),
      NEXT_DIST_DIR: `.next-bench-${name}`,
      // next build writes its build folder's types into the tsconfig it uses: give it a scratch copy.
      NEXT_TSCONFIG_PATH: `tsconfig.bench-${name}.tmp.json`,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  };
}

export function isBuilt(target: BuildTarget): boolean {
  return fs.existsSync(path.join(ROOT, target.env.NEXT_DIST_DIR!, 'BUILD_ID'));
}

function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

export async function build(size: Dataset, { reuse = false } = {}): Promise<BuildTarget> {
  const target = buildTarget(size);
  if (reuse && isBuilt(target) && fs.existsSync(target.eventsDir)) return target;
  if (typeof size === 'number') {
    // Loaded only here: it reads the server-side data modules, which the Playwright config must not.
    const { generateDataset, writeDataset } = await import('./generate-dataset');
    writeDataset(generateDataset(size, 1), target.eventsDir, target.seedsDir);
  }
  fs.copyFileSync(path.join(ROOT, 'tsconfig.json'), path.join(ROOT, target.env.NEXT_TSCONFIG_PATH!));
  // The same steps as `npm run build`, its postbuild included.
  await run('npx', ['next', 'build'], target.env);
  await run('npx', ['tsx', '--conditions=react-server', 'scripts/postbuild.ts'], target.env);
  return target;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const arg = process.argv[2];
  const size: Dataset | undefined = arg === 'real' || arg === 'hostile' ? arg : Number.isInteger(Number(arg)) && Number(arg) > 0 ? Number(arg) : undefined;
  if (size === undefined) {
    console.error('usage: tsx bench/build.ts <events|real|hostile> [--reuse]');
    process.exit(2);
  }
  build(size, { reuse: process.argv.includes('--reuse') })
    .then((target) => console.log(JSON.stringify(target.env)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
