// Synthetic ACLED-shaped CSVs for the import benchmark: the 31 columns of an ACLED export (2023 layout), all
// three time precisions, both date spellings, assoc_actor lists, quoted notes with commas. Made-up rows, seeded.
import { createWriteStream } from 'node:fs';

export const ACLED_HEADER = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
];

const TYPES = [
  ['Battles', 'Armed clash', 'Political violence'],
  ['Explosions/Remote violence', 'Remote explosive/landmine/IED', 'Political violence'],
  ['Explosions/Remote violence', 'Air/drone strike', 'Political violence'],
  ['Violence against civilians', 'Attack', 'Political violence'],
  ['Protests', 'Peaceful protest', 'Demonstrations'],
  ['Riots', 'Violent demonstration', 'Demonstrations'],
  ['Strategic developments', 'Arrests', 'Strategic developments'],
];
const COUNTRIES = [
  ['Afghanistan', 4, 'Caspian', ['Kabul', 'Herat', 'Badghis', 'Kandahar', 'Helmand', 'Nangarhar', 'Kunduz', 'Balkh']],
  ['Syria', 760, 'Middle East', ['Aleppo', 'Idleb', 'Deir ez Zor', 'Damascus', 'Hama', 'Homs']],
  ['Nigeria', 566, 'Western Africa', ['Borno', 'Zamfara', 'Kaduna', 'Lagos', 'Plateau', 'Benue']],
  ['Mali', 466, 'Western Africa', ['Mopti', 'Gao', 'Timbuktu', 'Segou', 'Kidal']],
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SOURCES = [
  'Pajhwok Afghan News',
  'Tolo News',
  'Reuters',
  'AFP',
  'Xinhua',
  'SOHR',
  'Premium Times',
  'Local Source',
  'Twitter',
];

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quote = (s) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

// Places repeat, as in a real export: a few thousand locations, each with its own point and geo_precision.
const PLACES = (() => {
  const rand = rng(99);
  const out = [];
  for (const [country, iso, region, provinces] of COUNTRIES) {
    for (let k = 0; k < 1500; k++) {
      const admin1 = provinces[(rand() * provinces.length) | 0];
      const location = `${admin1} ${['Centre', 'North', 'Market', 'District', 'Village'][(rand() * 5) | 0]} ${k}`;
      out.push({
        country,
        iso,
        region,
        admin1,
        location,
        lat: (20 + rand() * 20).toFixed(4),
        lon: (30 + rand() * 40).toFixed(4),
        geo: String(1 + ((rand() * 3) | 0)),
      });
    }
  }
  return out;
})();

/** Row k of the synthetic export, as cells. */
export function acledRow(k, rand) {
  const pick = (list) => list[(rand() * list.length) | 0];
  const place = pick(PLACES);
  const { country, iso, region, admin1, location } = place;
  const [type, sub, disorder] = pick(TYPES);
  const day = Date.UTC(2018, 0, 1) + Math.floor(rand() * 2500) * 86_400_000;
  const d = new Date(day);
  const u = rand();
  const precision = u < 0.85 ? 1 : u < 0.95 ? 2 : 3;
  const coded = precision === 3 ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 15) : day;
  const c = new Date(coded);
  const date =
    k % 2 === 0 ? c.toISOString().slice(0, 10) : `${c.getUTCDate()} ${MONTHS[c.getUTCMonth()]} ${c.getUTCFullYear()}`;
  const group = (n) => `Armed Group ${n} (${country})`;
  const actor1 = type === 'Protests' ? `Protesters (${country})` : `Military Forces of ${country}`;
  const actor2 = type === 'Protests' ? '' : rand() < 0.3 ? `Civilians (${country})` : group((rand() * 300) | 0);
  const assoc = rand() < 0.2 ? `${group((rand() * 300) | 0)}; ${group((rand() * 300) | 0)}` : '';
  const fatalities = type === 'Protests' ? 0 : (rand() * 12) | 0;
  const notes = `SYNTHETIC SAMPLE. On ${date}, ${actor1} and ${actor2 || 'others'} were reported in ${location}, ${admin1}, in a ${sub.toLowerCase()}; ${fatalities} fatalities reported, "according to local sources".`;
  return [
    `${country.slice(0, 3).toUpperCase()}${100000 + k}`,
    date,
    String(c.getUTCFullYear()),
    String(precision),
    disorder,
    type,
    sub,
    actor1,
    assoc,
    type === 'Protests' ? '6' : '1',
    actor2,
    '',
    actor2.startsWith('Civilians') ? '7' : actor2 ? '2' : '',
    '12',
    actor2.startsWith('Civilians') ? 'Civilian targeting' : '',
    String(iso),
    region,
    country,
    admin1,
    `${admin1} District`,
    '',
    location,
    place.lat,
    place.lon,
    place.geo,
    `${pick(SOURCES)}; ${pick(SOURCES)}`,
    'National',
    notes,
    String(fatalities),
    '',
    String(1700000000 + k),
  ];
}

/** Writes an n-row synthetic ACLED CSV to `path`; resolves with its size in bytes. */
export function writeAcledCsv(path, n, seed = 1) {
  const rand = rng(seed);
  const out = createWriteStream(path);
  let bytes = 0;
  return new Promise((resolve, reject) => {
    out.on('error', reject);
    let k = 0;
    const write = () => {
      let ok = true;
      if (k === 0) {
        const head = `${ACLED_HEADER.join(',')}\n`;
        bytes += Buffer.byteLength(head);
        ok = out.write(head);
      }
      while (k < n && ok) {
        const parts = [];
        for (let j = 0; j < 2000 && k < n; j++, k++) parts.push(acledRow(k, rand).map(quote).join(','));
        const text = `${parts.join('\n')}\n`;
        bytes += Buffer.byteLength(text);
        ok = out.write(text);
      }
      if (k < n) out.once('drain', write);
      else out.end(() => resolve(bytes));
    };
    write();
  });
}
