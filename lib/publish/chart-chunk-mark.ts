// How a built script is known to hold vis-timeline: a class name only the library's own code has.
// The build hints that chunk (compile-hints.ts), and e2e/timeline.spec.ts withholds it to see the
// server's first frame alone.
export const VIS_TIMELINE_MARK = 'vis-itemset';
