import autocannon from 'autocannon';
import type { LoadRun } from './figures';

// autocannon on loopback: 50 connections for a while on each address, counting errors and non-2xx answers.

export const CONNECTIONS = 50;

export async function loadRun(base: string, paths: ReadonlyArray<string>, seconds: number): Promise<LoadRun[]> {
  const runs: LoadRun[] = [];
  for (const target of paths) {
    const result = await autocannon({ url: `${base}${target}`, connections: CONNECTIONS, duration: seconds });
    runs.push({
      path: target,
      connections: CONNECTIONS,
      seconds,
      requestsPerSecond: Math.round(result.requests.average),
      p99Ms: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
    });
  }
  return runs;
}
