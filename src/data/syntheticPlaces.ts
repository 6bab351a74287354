import type { PlaceT } from './schema';
import { mulberry32, zipfTable } from './syntheticRandom';

/**
 * Places for synthetic data: real countries (named as Natural Earth names them, so the map can shade them) at
 * their approximate centres, each with generated provinces, towns within them and sites within the towns.
 * Every event gets a place at a mix of precisions, as news data has: mostly a town or site, some only a
 * province or country, a few none. Deterministic from the seed.
 */
const COUNTRIES: [string, number, number][] = [
  ['Afghanistan', 66, 33.5],
  ['Pakistan', 70, 30],
  ['Iran', 54, 32.5],
  ['Qatar', 51.2, 25.3],
  ['Tajikistan', 71, 38.8],
  ['Uzbekistan', 64, 41.5],
  ['Turkey', 35, 39],
  ['Switzerland', 8.2, 46.8],
  ['Norway', 9, 61],
  ['Austria', 14.5, 47.5],
  ['Russia', 45, 55],
  ['China', 104, 35],
  ['India', 79, 22],
  ['Iraq', 43.7, 33],
  ['Syria', 38.5, 35],
  ['Egypt', 30, 26.5],
];
const PROVINCES = 8;
const TOWNS = 10;
const SITES = 4;
/** Cumulative shares of events by place precision: site, town, province, country, none. */
const PRECISION_CUM = [0.4, 0.75, 0.87, 0.95, 1];

export interface SyntheticPlaces {
  places: PlaceT[];
  placeOf: Int32Array;
}

export function syntheticPlaces(count: number, seed: number): SyntheticPlaces {
  const rand = mulberry32((seed * 2654435761) >>> 0 || 1);
  const places: PlaceT[] = [];
  const towns: number[] = [];
  const add = (p: PlaceT) => places.push(p) - 1;
  const source = 'generated';
  for (const [name, lon, lat] of COUNTRIES) {
    const slug = name.toLowerCase();
    add({ id: slug, name, kind: 'country', point: [lon, lat], precision: 'country', within: null, source });
    for (let p = 0; p < PROVINCES; p++) {
      const plon = lon + (rand() - 0.5) * 6;
      const plat = lat + (rand() - 0.5) * 4;
      const pid = `${slug}-p${p + 1}`;
      add({
        id: pid,
        name: `${name} province ${p + 1}`,
        kind: 'province',
        point: [plon, plat],
        precision: 'province',
        within: slug,
        source,
      });
      for (let t = 0; t < TOWNS; t++) {
        const tlon = plon + (rand() - 0.5) * 1.6;
        const tlat = plat + (rand() - 0.5) * 1.2;
        const tid = `${pid}-t${t + 1}`;
        towns.push(
          add({
            id: tid,
            name: `Town ${p + 1}.${t + 1} (${name})`,
            kind: 'town',
            point: [tlon, tlat],
            precision: 'town',
            within: pid,
            source,
          }),
        );
        for (let s = 0; s < SITES; s++) {
          add({
            id: `${tid}-s${s + 1}`,
            name: `Site ${s + 1} near town ${p + 1}.${t + 1} (${name})`,
            kind: 'site',
            point: [tlon + (rand() - 0.5) * 0.12, tlat + (rand() - 0.5) * 0.09],
            precision: 'exact',
            within: tid,
            source,
          });
        }
      }
    }
  }
  // News is lumpy in space too: a few towns get most of the events.
  const zipf = zipfTable(towns.length, 1.1);
  const placeOf = new Int32Array(count);
  const perCountry = 1 + PROVINCES * (1 + TOWNS * (1 + SITES));
  const perProvince = 1 + TOWNS * (1 + SITES);
  for (let i = 0; i < count; i++) {
    const town = towns[zipf[(rand() * zipf.length) | 0]!]!;
    const u = rand();
    const country = Math.floor(town / perCountry) * perCountry;
    const province = country + 1 + Math.floor((town - country - 1) / perProvince) * perProvince;
    if (u < PRECISION_CUM[0]!) placeOf[i] = town + 1 + ((rand() * SITES) | 0);
    else if (u < PRECISION_CUM[1]!) placeOf[i] = town;
    else if (u < PRECISION_CUM[2]!) placeOf[i] = province;
    else if (u < PRECISION_CUM[3]!) placeOf[i] = country;
    else placeOf[i] = -1;
  }
  return { places, placeOf };
}
