import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../scripts/free-port';
import { ROOT } from './build';

// The built app served by `next start` on a free port, in a process group of its own.

export interface AppServer {
  base: string;
  pid: number;
  /** From the spawn to the first answer: with the events read, checked and indexed (instrumentation.ts). */
  startMs: number;
  stop: () => Promise<void>;
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export async function startApp(name: string, env: Record<string, string>): Promise<AppServer> {
  const log = path.join(os.tmpdir(), `timeline-bench-server-${name}.log`);
  const logFd = fs.openSync(log, 'w');
  const port = await freePort();
  const spawned = Date.now();
  const server = spawn(path.join(ROOT, 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', logFd, logFd],
    detached: true,
  });
  let stopping = false;
  const exited = new Promise<void>((resolve) => server.on('exit', () => resolve()));
  server.on('exit', (code) => {
    if (!stopping) console.error(`the app server stopped (exit ${code}); its output is in ${log}`);
  });
  const stop = async () => {
    stopping = true;
    if (server.exitCode === null && server.pid !== undefined) {
      try {
        process.kill(-server.pid, 'SIGTERM');
        await exited;
      } catch {
        // Already gone.
      }
    }
    fs.closeSync(logFd);
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/data/timeline-index.json`, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, pid: server.pid!, startMs: Date.now() - spawned, stop };
}

/** The resident memory of the server's process group, in MB (Linux's /proc). */
export function groupRssMB(pgid: number): number {
  let kB = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command's closing parenthesis: state, ppid, pgrp, …
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${entry}/status`, 'utf8'));
      kB += Number(rss?.[1] ?? 0);
    } catch {
      // The process ended while being read.
    }
  }
  return Math.round(kB / 102.4) / 10;
}
