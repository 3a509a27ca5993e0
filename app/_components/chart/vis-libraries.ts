// vis-timeline and the DataSet it draws from, as one module (one chunk) the chart loads once the
// page has hydrated: it needs `window`. The `esnext` builds, not `peer` or `standalone`: those carry core-js
// polyfills for old browsers, which made the chunk 174 KB gzip instead of 113 KB and its evaluation
// (one long task) about 1.6 times as long (traces of cold loads, unthrottled: some 130 ms against 80),
// for browsers Next.js does not support anyway.
export { Timeline } from 'vis-timeline/esnext';
export { DataSet } from 'vis-data/esnext';
