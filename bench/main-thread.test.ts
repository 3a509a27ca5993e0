import { describe, expect, it } from 'vitest';
import { mainThreadWork, parseTrace, workBetween, type TraceEvent } from './main-thread';

// The page made its mark 50 ms after its navigation, which the trace's clock has at 1,000 µs.
const ANCHOR = { name: 'bench: anchor 1', startTime: 50 };
const mark: TraceEvent = { name: ANCHOR.name, ph: 'R', ts: 51_000, pid: 1, tid: 1 };
const at = (name: string, fromMs: number, ms: number, thread = 1): TraceEvent => ({ name, ph: 'X', ts: 1_000 + fromMs * 1000, dur: ms * 1000, pid: 1, tid: thread });

// A task of 10 ms: a script from 1 to 6 ms that forces a layout from 2 to 3, an event unknown here
// inside the script (its time is the script's), and a paint from 7 to 8.
const trace = [
  at('RunTask', 0, 10),
  at('EvaluateScript', 1, 5),
  at('Layout', 2, 1),
  at('V8.SomethingNew', 4, 1),
  at('Paint', 7, 1),
  // Chrome writes an event as it ends, so what a task ran often comes before the task.
  at('ParseHTML', 20, 2),
  at('RunTask', 20, 2),
  // Not a task, and another thread's task: neither counts.
  at('ThreadPool_RunTask', 30, 5),
  at('RunTask', 40, 5, 2),
  mark,
];

describe('mainThreadWork', () => {
  it('cuts the main thread into stretches of the innermost known kind, in ms from the navigation', () => {
    expect(mainThreadWork(trace, ANCHOR)).toEqual([
      { from: 0, to: 1, kind: 'other' },
      { from: 1, to: 2, kind: 'script' },
      { from: 2, to: 3, kind: 'style & layout' },
      { from: 3, to: 4, kind: 'script' },
      { from: 4, to: 5, kind: 'script' },
      { from: 5, to: 6, kind: 'script' },
      { from: 6, to: 7, kind: 'other' },
      { from: 7, to: 8, kind: 'paint' },
      { from: 8, to: 10, kind: 'other' },
      { from: 20, to: 22, kind: 'HTML' },
    ]);
  });

  it('never counts a moment twice when events are badly nested', () => {
    const tangled = [
      at('RunTask', 100, 10),
      at('FunctionCall', 100, 5),
      // Begins inside the script and ends after it, then runs past its task and into the next.
      at('Layout', 103, 5),
      at('TimerFire', 108, 4),
      at('RunTask', 111, 2),
      mark,
    ];
    const stretches = mainThreadWork(tangled, ANCHOR);
    expect(stretches).toEqual([
      { from: 100, to: 103, kind: 'script' },
      { from: 103, to: 105, kind: 'style & layout' },
      { from: 105, to: 108, kind: 'other' },
      { from: 108, to: 110, kind: 'script' },
      { from: 111, to: 113, kind: 'other' },
    ]);
    expect(workBetween(stretches, 100, 113)).toEqual({ script: 5, 'style & layout': 2, HTML: 0, paint: 0, GC: 0, other: 5 });
  });

  it('refuses a trace without the mark, rather than read it as an idle page', () => {
    expect(() => mainThreadWork(trace, { name: 'bench: anchor 2', startTime: 50 })).toThrow('the trace has no mark "bench: anchor 2"');
  });
});

describe('workBetween', () => {
  const stretches = mainThreadWork(trace, ANCHOR);

  it('adds up each kind of work in the whole load', () => {
    expect(workBetween(stretches, 0, 50)).toEqual({ script: 4, 'style & layout': 1, HTML: 2, paint: 1, GC: 0, other: 4 });
  });

  it('counts only the part of a stretch inside the interval', () => {
    expect(workBetween(stretches, 2.5, 4.5)).toEqual({ script: 1.5, 'style & layout': 0.5, HTML: 0, paint: 0, GC: 0, other: 0 });
    expect(workBetween(stretches, 10, 20)).toEqual({ script: 0, 'style & layout': 0, HTML: 0, paint: 0, GC: 0, other: 0 });
  });
});

describe('parseTrace', () => {
  it('keeps the events it can read and drops the rest', () => {
    const text = JSON.stringify({
      traceEvents: [
        { name: 'Layout', ph: 'X', ts: 5, dur: 2, pid: 1, tid: 1, cat: 'devtools.timeline', args: {} },
        { name: 'navigationStart', ph: 'R', ts: 1, pid: 1, tid: 1 },
        { name: 'Layout', ph: 'X', ts: '5', pid: 1, tid: 1 },
        null,
        'RunTask',
      ],
    });
    expect(parseTrace(text)).toEqual([
      { name: 'Layout', ph: 'X', ts: 5, dur: 2, pid: 1, tid: 1 },
      { name: 'navigationStart', ph: 'R', ts: 1, pid: 1, tid: 1 },
    ]);
  });

  it('reads a trace with no events, or not a trace, as no events', () => {
    expect(parseTrace('{"metadata":{}}')).toEqual([]);
    expect(parseTrace('[]')).toEqual([]);
  });
});
