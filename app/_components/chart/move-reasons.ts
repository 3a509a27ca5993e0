/**
 * Why the chart's window is about to move: the reader zoomed, the chart went back to everything the
 * filters keep, or it followed the selection.
 */
export type Move = 'reader' | 'home' | 'follow';

/** vis-timeline reports a programmatic move 200 ms later: a reason older than this is not that move's. */
const MOVE_REASON_MS = 1_000;

export interface MoveReasons {
  /** Says why the next move happens, just before making it. */
  note: (why: Move) => void;
  /** The reason for the move that just settled, if one was given for it; forgets it. */
  take: () => Move | null;
}

export function createMoveReasons(): MoveReasons {
  let last: { why: Move; at: number } | null = null;
  return {
    note: (why) => {
      last = { why, at: performance.now() };
    },
    take: () => {
      const why = last !== null && performance.now() - last.at < MOVE_REASON_MS ? last.why : null;
      last = null;
      return why;
    },
  };
}
