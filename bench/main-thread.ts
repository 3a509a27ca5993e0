// What a page's main thread did, read from a Chromium trace: its work cut into stretches of one kind
// each (a layout forced inside a script counts as layout, not script), in ms from the navigation.

export const WORK_KINDS = ['script', 'style & layout', 'HTML', 'paint', 'GC', 'other'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** An event of a Chrome trace, as much of it as is read here. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

/** The events of a trace as Chromium writes it (JSON, `{ traceEvents: [...] }`); what is not one is dropped. */
export function parseTrace(text: string): TraceEvent[] {
  const parsed: unknown = JSON.parse(text);
  const events = typeof parsed === 'object' && parsed !== null && 'traceEvents' in parsed && Array.isArray(parsed.traceEvents) ? (parsed.traceEvents as unknown[]) : [];
  return events.flatMap((event): TraceEvent[] => {
    if (typeof event !== 'object' || event === null) return [];
    const { name, ph, ts, dur, pid, tid } = event as Record<string, unknown>;
    if (typeof name !== 'string' || typeof ph !== 'string' || typeof ts !== 'number' || typeof pid !== 'number' || typeof tid !== 'number') return [];
    return [{ name, ph, ts, pid, tid, ...(typeof dur === 'number' && { dur }) }];
  });
}

/** Work of each kind, as `amount` gives it. */
export function workOf(amount: (kind: WorkKind) => number): Record<WorkKind, number> {
  return { script: amount('script'), 'style & layout': amount('style & layout'), HTML: amount('HTML'), paint: amount('paint'), GC: amount('GC'), other: amount('other') };
}

export interface Stretch {
  from: number;
  to: number;
  kind: WorkKind;
}

const KIND_OF: Record<string, WorkKind> = {
  EvaluateScript: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  'v8.evaluateModule': 'script',
  'v8.produceCache': 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  FireIdleCallback: 'script',
  RunMicrotasks: 'script',
  EventDispatch: 'script',
  'V8.Execute': 'script',
  UpdateLayoutTree: 'style & layout',
  Layout: 'style & layout',
  ParseAuthorStyleSheet: 'style & layout',
  ParseHTML: 'HTML',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  UpdateLayer: 'paint',
  UpdateLayerTree: 'paint',
  'Decode Image': 'paint',
  MinorGC: 'GC',
  MajorGC: 'GC',
};

function kindOf(name: string): WorkKind | undefined {
  return KIND_OF[name] ?? (name.startsWith('V8.GC') || name.startsWith('BlinkGC') ? 'GC' : undefined);
}

interface Node {
  start: number;
  /** The event's end, or its parent's if that comes first: the tree's stretches never overlap. */
  end: number;
  kind: WorkKind;
  children: Node[];
}

/** A User Timing mark the page made: its name (made once in the trace) and its time in the page. */
export interface Anchor {
  name: string;
  startTime: number;
}

/**
 * The main thread of the document that made `anchor`: its top-level tasks and what ran inside them,
 * cut into stretches each of the kind of the innermost event known here that covers it. The mark
 * says which thread is the document's and where its clock's zero lies (the trace's
 * `navigationStart` does not always name its document). Throws if the trace has no such mark: a
 * profile with nothing in it would read as an idle page.
 */
export function mainThreadWork(events: ReadonlyArray<TraceEvent>, anchor: Anchor): Stretch[] {
  const mark = events.find((event) => event.name === anchor.name);
  if (!mark) throw new Error(`the trace has no mark "${anchor.name}"`);
  const zero = mark.ts - anchor.startTime * 1000;
  const complete = events
    .filter((event): event is TraceEvent & { dur: number } => event.pid === mark.pid && event.tid === mark.tid && event.ph === 'X' && typeof event.dur === 'number')
    // Outer events first: the longer of two that start together, and a task before what it ran.
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur || Number(b.name === 'RunTask') - Number(a.name === 'RunTask'));
  const roots: Node[] = [];
  const open: Node[] = [];
  for (const event of complete) {
    while (open.length > 0 && open.at(-1)!.end <= event.ts) open.pop();
    const parent = open.at(-1);
    // Only what a task ran counts: the thread's idle waits are not events of this kind.
    if (!parent && event.name !== 'RunTask') continue;
    const end = Math.min(event.ts + event.dur, parent?.end ?? Infinity);
    const node: Node = { start: event.ts, end, kind: kindOf(event.name) ?? parent?.kind ?? 'other', children: [] };
    (parent ? parent.children : roots).push(node);
    open.push(node);
  }
  const stretches: Stretch[] = [];
  const ms = (ts: number) => (ts - zero) / 1000;
  // A node's children start after it, end within it and do not overlap: each later one that began
  // inside an earlier one became that one's child.
  const cut = (node: Node) => {
    let at = node.start;
    for (const child of node.children) {
      if (child.start > at) stretches.push({ from: ms(at), to: ms(child.start), kind: node.kind });
      cut(child);
      at = child.end;
    }
    if (node.end > at) stretches.push({ from: ms(at), to: ms(node.end), kind: node.kind });
  };
  roots.forEach(cut);
  return stretches;
}

/** The ms of each kind of work between `from` and `to` (ms from the navigation). */
export function workBetween(stretches: ReadonlyArray<Stretch>, from: number, to: number): Record<WorkKind, number> {
  const work = workOf(() => 0);
  for (const stretch of stretches) {
    const overlap = Math.min(to, stretch.to) - Math.max(from, stretch.from);
    if (overlap > 0) work[stretch.kind] += overlap;
  }
  return work;
}
