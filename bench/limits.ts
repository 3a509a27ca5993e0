// Time limits: a page busy in one long task answers nothing, so every wait has a limit, and a
// figure that reached it is recorded as the limit and named, never read as a measured one.

/** Rejects when `promise` has not settled within `ms`. */
export function withLimit<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`over the ${ms} ms limit`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Runs one measurement within the time limit; one that exceeds it is recorded as the limit and
 * named in `timedOut`.
 */
export function limitedStep<R extends { timedOut: string[] }>(result: R, limitMs: number) {
  return async <T>(field: keyof R, work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await withLimit(work(), limitMs);
    } catch {
      Object.assign(result, { [field]: limitMs });
      result.timedOut.push(String(field));
      return undefined;
    }
  };
}
