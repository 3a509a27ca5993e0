import 'server-only';

// A bounded store of rendered timeline views, least recently used first out. Anyone can ask for a
// new view (every search string is one), so it is bounded twice: by how many views it keeps and by
// how many bytes, counting the key, the body and its headers. A view too large to keep is served
// and forgotten. Concurrent requests for one view wait for one render.

export interface RenderedView {
  body: Uint8Array<ArrayBuffer>;
  /** The response headers worth keeping (its type; its preload links). */
  headers: Readonly<Record<string, string>>;
}

export interface ViewCacheLimits {
  maxEntries: number;
  maxBytes: number;
  /** The largest single view kept; by default an eighth of `maxBytes`. */
  maxEntryBytes?: number;
}

/** What one entry costs: its body, and its key and headers as the engine keeps strings (two bytes a character). */
export function entryBytes(key: string, view: RenderedView): number {
  const headerChars = Object.entries(view.headers).reduce((sum, [name, value]) => sum + name.length + value.length, 0);
  return view.body.byteLength + 2 * (key.length + headerChars);
}

export class ViewCache {
  private readonly entries = new Map<string, { view: RenderedView; bytes: number }>();
  private readonly rendering = new Map<string, Promise<RenderedView | null>>();
  private storedBytes = 0;
  private readonly maxEntryBytes: number;

  constructor(private readonly limits: ViewCacheLimits) {
    this.maxEntryBytes = limits.maxEntryBytes ?? Math.floor(limits.maxBytes / 8);
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.storedBytes;
  }

  /** The view, now the most recently used; `undefined` when it is not kept. */
  get(key: string): RenderedView | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // A Map iterates in insertion order: re-inserting makes it the newest.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.view;
  }

  /** Keeps the view, dropping the least recently used until both bounds hold; `false` if it is too large to keep. */
  set(key: string, view: RenderedView): boolean {
    this.delete(key);
    const bytes = entryBytes(key, view);
    if (bytes > this.maxEntryBytes) return false;
    this.entries.set(key, { view, bytes });
    this.storedBytes += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limits.maxEntries && this.storedBytes <= this.limits.maxBytes) break;
      this.delete(oldest);
    }
    return true;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.storedBytes -= entry.bytes;
  }

  /**
   * The kept view, or `render`'s, kept for next time. Requests for a view being rendered share that
   * render. `null` (the render could not be had) is passed on and not kept.
   */
  async getOrRender(key: string, render: () => Promise<RenderedView | null>): Promise<RenderedView | null> {
    const kept = this.get(key);
    if (kept) return kept;
    let pending = this.rendering.get(key);
    if (!pending) {
      pending = render()
        .catch(() => null)
        .then((view) => {
          if (view) this.set(key, view);
          return view;
        })
        .finally(() => this.rendering.delete(key));
      this.rendering.set(key, pending);
    }
    return pending;
  }
}
