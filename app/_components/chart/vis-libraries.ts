// vis-timeline and the DataSet it draws from, as one module: the chart loads it once the page is
// up (it needs `window`), and `vis-preload` has the browser fetch it early.
export { Timeline } from 'vis-timeline/peer';
export { DataSet } from 'vis-data/peer';
