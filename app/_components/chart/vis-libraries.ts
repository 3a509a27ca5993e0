// vis-timeline and the DataSet it draws from, as one module (one chunk) the chart loads once the
// page is up: it needs `window`.
export { Timeline } from 'vis-timeline/peer';
export { DataSet } from 'vis-data/peer';
