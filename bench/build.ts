import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDataset, writeDataset } from './generate-dataset';

// Builds the production app against a generated dataset, in a build folder of its own, so the
// benchmark and the large-dataset tests never disturb the real build.
// `tsx bench/build.ts <events>` prints the environment to serve it with.

export const ROOT = path.resolve(__dirname, '..');

export interface BuildTarget {
  eventsDir: string;
  env: Record<string, string>;
}

export function buildTarget(size: number | 'real'): BuildTarget {
  const name = size === 'real' ? 'real' : String(size);
  return {
    eventsDir: size === 'real' ? path.join(ROOT, 'events') : path.join(os.tmpdir(), `timeline-bench-${name}`),
    env: {
      EVENTS_DIR: size === 'real' ? path.join(ROOT, 'events') : path.join(os.tmpdir(), `timeline-bench-${name}`),
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

export async function build(size: number | 'real', { reuse = false } = {}): Promise<BuildTarget> {
  const target = buildTarget(size);
  if (reuse && isBuilt(target) && (size === 'real' || fs.existsSync(target.eventsDir))) return target;
  if (size !== 'real') writeDataset(generateDataset(size, 1), target.eventsDir);
  fs.copyFileSync(path.join(ROOT, 'tsconfig.json'), path.join(ROOT, target.env.NEXT_TSCONFIG_PATH!));
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npx', ['next', 'build'], { cwd: ROOT, env: { ...process.env, ...target.env }, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`))));
  });
  return target;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const size = Number(process.argv[2]);
  if (!Number.isInteger(size) || size <= 0) {
    console.error('usage: tsx bench/build.ts <events> [--reuse]');
    process.exit(2);
  }
  build(size, { reuse: process.argv.includes('--reuse') })
    .then((target) => console.log(JSON.stringify(target.env)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
