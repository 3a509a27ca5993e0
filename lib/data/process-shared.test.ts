import { describe, expect, it, vi } from 'vitest';

describe('processShared', () => {
  it('makes a value once per process, however many copies of the module are loaded', async () => {
    const make = vi.fn(() => ({ made: true }));
    const first = await import('./process-shared');
    // A second copy of the module, as a second server bundle of Next loads it.
    vi.resetModules();
    const second = await import('./process-shared');
    expect(second).not.toBe(first);
    const key = `test-${Math.random()}`;
    const value = first.processShared(key, make);
    expect(second.processShared(key, make)).toBe(value);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('in development, makes it again in a module loaded again (an edited module must not serve what it made before)', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    try {
      const make = vi.fn(() => ({ made: true }));
      const first = await import('./process-shared');
      vi.resetModules();
      const second = await import('./process-shared');
      const key = `test-${Math.random()}`;
      expect(second.processShared(key, make)).not.toBe(first.processShared(key, make));
      expect(first.processShared(key, make)).toBe(first.processShared(key, make));
      expect(make).toHaveBeenCalledTimes(2);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('tries again after a make that throws, rather than keeping a failure', async () => {
    const { processShared } = await import('./process-shared');
    const key = `test-${Math.random()}`;
    expect(() =>
      processShared(key, () => {
        throw new Error('bad data');
      }),
    ).toThrow('bad data');
    expect(processShared(key, () => 'read')).toBe('read');
  });
});
