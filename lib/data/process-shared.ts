import 'server-only';

// Next's server loads a module once per bundle it is in: the pages, their server rendering and the
// route handlers each get their own copy, so a module's own cache is filled once per bundle. What
// is kept here is kept once per process, under a key every copy of this module shares.

const STORE = Symbol.for('syria-timeline.process-shared');

type Shared = typeof globalThis & { [STORE]?: Map<string, unknown> };

/** In development an edited module is loaded again and must make its values again: one store per copy there. */
const ownStore = new Map<string, unknown>();

function store(): Map<string, unknown> {
  if (process.env.NODE_ENV === 'development') return ownStore;
  const shared = globalThis as Shared;
  shared[STORE] ??= new Map();
  return shared[STORE];
}

/** The value kept under `key`, made by `make` the first time any bundle of this process asks. */
export function processShared<T>(key: string, make: () => T): T {
  const values = store();
  if (!values.has(key)) values.set(key, make());
  // Only this function writes the store, and each key is always made by the same `make`.
  return values.get(key) as T;
}
