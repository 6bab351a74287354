// `node tests/tools/placeBundledEvents.mjs`: writes the bundled dataset's `places` and each event's `place`.
//
// The edit is textual, so that it can be re-run on top of other edits to dataset.json (titles, dates)
// without re-serialising the file: the `places` block is replaced or inserted before "eventAliases",
// and a `"place": "…"` line goes right after an event's `"location"` line. Running it twice changes nothing.
// An event gets a place only when its own `location` (taken from its article) names one; nothing is guessed.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Coordinates are outside facts, written from the coder's knowledge of GeoNames (points) without a live
// look-up; the GeoNames id is given only where the coder is sure of it. Areas have no boundary here: no
// admin boundaries ship with the app, so the map draws a district or province as a ring (countries use the
// Natural Earth outline of the base map).
const G = 'GeoNames, from the coder’s knowledge (not looked up live); ';
export const PLACES = [
  {
    id: 'afghanistan',
    name: 'Afghanistan',
    kind: 'country',
    point: [66, 33],
    precision: 'country',
    within: null,
    source: `${G}country point of GeoNames 1149361`,
  },
  {
    id: 'kabul',
    name: 'Kabul',
    kind: 'town',
    point: [69.1723, 34.5281],
    precision: 'town',
    within: 'afghanistan',
    source: `${G}GeoNames 1138958`,
  },
  {
    id: 'bagram-airfield',
    name: 'Bagram Airfield',
    kind: 'site',
    point: [69.265, 34.946],
    precision: 'exact',
    within: 'afghanistan',
    source: `${G}the airbase (Parwan province), id not recalled`,
  },
  {
    id: 'badghis',
    name: 'Badghis province',
    kind: 'province',
    point: [63.75, 35.17],
    precision: 'province',
    within: 'afghanistan',
    source: `${G}province centre, id not recalled`,
  },
  {
    id: 'qadis',
    name: 'Qadis district',
    kind: 'district',
    point: [63.42, 34.81],
    precision: 'district',
    within: 'badghis',
    source: `${G}district centre, approximate, id not recalled`,
  },
  {
    id: 'kunar',
    name: 'Kunar province',
    kind: 'province',
    point: [71.1, 34.85],
    precision: 'province',
    within: 'afghanistan',
    source: `${G}province centre, id not recalled`,
  },
  {
    id: 'kandahar',
    name: 'Kandahar',
    kind: 'province',
    point: [65.7, 31.6],
    precision: 'province',
    within: 'afghanistan',
    source: `${G}the article's "Kandahar" may be the city (GeoNames 1138336) or the province; held to the province, the wider reading`,
  },
  {
    id: 'qatar',
    name: 'Qatar',
    kind: 'country',
    point: [51.25, 25.5],
    precision: 'country',
    within: null,
    source: `${G}country point of GeoNames 289688`,
  },
  {
    id: 'doha',
    name: 'Doha',
    kind: 'town',
    point: [51.531, 25.2854],
    precision: 'town',
    within: 'qatar',
    source: `${G}GeoNames 290030`,
  },
  {
    id: 'pakistan',
    name: 'Pakistan',
    kind: 'country',
    point: [70, 30],
    precision: 'country',
    within: null,
    source: `${G}country point of GeoNames 1168579`,
  },
  {
    id: 'islamabad',
    name: 'Islamabad',
    kind: 'town',
    point: [73.0433, 33.7215],
    precision: 'town',
    within: 'pakistan',
    source: `${G}GeoNames 1176615; named for Pakistan's government, no event happens there`,
  },
  {
    id: 'germany',
    name: 'Germany',
    kind: 'country',
    point: [10.5, 51.5],
    precision: 'country',
    within: null,
    source: `${G}country point of GeoNames 2921044`,
  },
  {
    id: 'united-arab-emirates',
    name: 'UAE',
    kind: 'country',
    point: [54, 24],
    precision: 'country',
    within: null,
    source: `${G}country point of GeoNames 290557`,
  },
  {
    id: 'united-states',
    name: 'United States',
    kind: 'country',
    point: [-98.5, 39.76],
    precision: 'country',
    within: null,
    source: `${G}country point of GeoNames 6252001`,
  },
  {
    id: 'washington',
    name: 'Washington',
    kind: 'town',
    point: [-77.0364, 38.8951],
    precision: 'town',
    within: 'united-states',
    source: `${G}GeoNames 4140963; named for the US government, no event happens there`,
  },
];

/** The event's `location` (as coded from its article) -> the place it names. */
export const LOCATION_TO_PLACE = {
  Afghanistan: 'afghanistan',
  Kabul: 'kabul',
  'Bagram Airfield': 'bagram-airfield',
  // "an attack near the Bagram military base": the base is the place the article gives.
  Bagram: 'bagram-airfield',
  'Qadis district, Badghis province': 'qadis',
  'Kunar province': 'kunar',
  Kandahar: 'kandahar',
  Qatar: 'qatar',
  Doha: 'doha',
  Germany: 'germany',
};

const placeLine = (p) => `    ${JSON.stringify(p).replace(/":/g, '": ').replace(/,"/g, ', "')}`;

/** Returns the dataset text with `places` and every event's `place` written; throws on a location it cannot map. */
export function placeEvents(text) {
  const lines = text.split('\n');
  const out = [];
  let inEvents = false;
  let inPlaces = false;
  let wrotePlaces = false;
  let location;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (inPlaces) {
      if (line === '  ],') inPlaces = false;
      continue;
    }
    if (line === '  "places": [') {
      inPlaces = true;
      continue;
    }
    if (line === '  "events": [') inEvents = true;
    else if (inEvents && line === '  ],') inEvents = false;
    if (line.startsWith('  "eventAliases"') && !wrotePlaces) {
      out.push('  "places": [', PLACES.map(placeLine).join(',\n'), '  ],');
      wrotePlaces = true;
    }
    if (inEvents && /^ {6}"place": /.test(line)) continue;
    out.push(line);
    const m = inEvents ? /^ {6}"location": (null|"(.*)"),$/.exec(line) : null;
    if (!m) continue;
    location = m[2] === undefined ? null : JSON.parse(m[1]);
    if (location === null) continue;
    const id = LOCATION_TO_PLACE[location];
    if (!id)
      throw new Error(
        `No place for the location "${location}"; add it to LOCATION_TO_PLACE (or leave it unplaced on purpose there).`,
      );
    out.push(`      "place": "${id}",`);
  }
  if (!wrotePlaces) throw new Error('dataset.json has no "eventAliases" line to put the places before');
  return out.join('\n');
}

if (import.meta.url.startsWith('file:') && process.argv[1] === fileURLToPath(import.meta.url)) {
  const FILE = fileURLToPath(new URL('../../public/data/afghan-peace-2018-2021/dataset.json', import.meta.url));
  const before = readFileSync(FILE, 'utf8');
  const after = placeEvents(before);
  const ds = JSON.parse(after);
  const placed = ds.events.filter((e) => e.place).length;
  if (after !== before) writeFileSync(FILE, after);
  console.log(
    `${after === before ? 'unchanged' : 'wrote'} ${FILE}: ${ds.places.length} places, ${placed} of ${ds.events.length} events placed`,
  );
}
