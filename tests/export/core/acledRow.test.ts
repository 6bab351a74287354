import Papa from 'papaparse';
import { parseDataset } from '../../../src/data/loadDataset';
import { ACLED_COLUMNS, ENVOY_COLUMNS, EXPORT_COLUMNS } from '../../../src/export/core/acledColumns';
import {
  codedDate,
  eventRecord,
  geoPrecision,
  timePrecision,
  type RowContext,
} from '../../../src/export/core/acledRow';
import { csvText, rowContext } from '../../../src/export/core/csvExport';
import type { EventT, PlaceT } from '../../../src/data/schema';
import { datasetText, tinyDataset } from '../../data/fixture';

test('the header is ACLED’s 31 columns in ACLED’s order, then the envoy_ columns', () => {
  expect(ACLED_COLUMNS).toHaveLength(31);
  expect(ACLED_COLUMNS.slice(0, 4)).toEqual(['event_id_cnty', 'event_date', 'year', 'time_precision']);
  expect(ACLED_COLUMNS.slice(-4)).toEqual(['notes', 'fatalities', 'tags', 'timestamp']);
  expect(EXPORT_COLUMNS.slice(31).every((c) => c.startsWith('envoy_'))).toBe(true);
  expect(new Set(EXPORT_COLUMNS).size).toBe(EXPORT_COLUMNS.length);
});

describe('ACLED date coding', () => {
  test.each([
    ['day', '2019-05-04', '2019-05-04', 1, '2019-05-04'],
    ['day', '2019-12-04', '2019-12-06', 2, '2019-12-05'],
    ['week', '2019-05-06', '2019-05-12', 2, '2019-05-09'],
    ['month', '2019-05-01', '2019-05-31', 3, '2019-05-16'],
    ['month', '2019-02-01', '2019-02-28', 3, '2019-02-14'],
    ['year', '2019-01-01', '2019-12-31', 3, '2019-07-02'],
    ['span', '2019-05-01', '2019-05-05', 2, '2019-05-03'],
    ['span', '2001-10-07', '2021-08-30', 3, '2011-09-18'],
  ] as const)('%s %s..%s -> time_precision %i, event_date %s', (precision, a, b, code, mid) => {
    expect(timePrecision(precision, a, b)).toBe(code);
    expect(codedDate(a, b)).toBe(mid);
  });
});

test.each([
  ['exact', 1],
  ['town', 1],
  ['district', 2],
  ['province', 3],
  ['country', 3],
  ['region', 3],
] as const)('geo_precision of a %s point is %i', (p, code) => expect(geoPrecision(p)).toBe(code));

const place: PlaceT = {
  id: 'qadis',
  name: 'Qadis',
  kind: 'district',
  point: [63.4, 34.8],
  precision: 'district',
  within: null,
};
const ctx: RowContext = {
  actor: (id) =>
    ({
      envoy: { name: 'The Envoy' },
      us: { name: 'United States' },
      tal: { name: 'Taliban' },
      pk: { name: 'Pakistan' },
    })[id],
  outlet: (id) => (id === 'a1' ? 'AT News' : null),
  place: (id) => (id === 'qadis' ? place : undefined),
  link: (id) => `https://example.org/envoy/e/${id}/`,
};
const base = tinyDataset().events[0]!;

describe('ACLED column mapping', () => {
  test.each<[string, Partial<EventT>, Partial<Record<string, string>>]>([
    [
      'day event',
      {},
      {
        event_id_cnty: base.id,
        event_date: '2019-05-04',
        year: '2019',
        time_precision: '1',
        actor1: 'The Envoy',
        actor2: '',
        notes: base.summary,
        location: 'Doha',
        source: 'AT News',
        fatalities: '',
        latitude: '',
      },
    ],
    [
      'actors beyond two go to assoc_actor_1, named once each',
      {
        actors: [
          { actorId: 'envoy', role: 'speaker' },
          { actorId: 'us', role: 'target' },
          { actorId: 'tal', role: 'mentioned' },
          { actorId: 'pk', role: 'mentioned' },
          { actorId: 'us', role: 'mentioned' },
        ],
      },
      { actor1: 'The Envoy', actor2: 'United States', assoc_actor_1: 'Taliban; Pakistan' },
    ],
    [
      'a place gives coordinates and geo_precision',
      { place: 'qadis', location: null },
      { location: 'Qadis', latitude: '34.8', longitude: '63.4', geo_precision: '2' },
    ],
    [
      'columns an ACLED import kept come back as given',
      {
        extra: {
          fatalities: '3',
          admin1: 'Badghis',
          disorder_type: 'Political violence',
          interaction: '12',
          custom_col: 'x',
        },
      },
      {
        fatalities: '3',
        admin1: 'Badghis',
        disorder_type: 'Political violence',
        interaction: '12',
        envoy_extra_json: '{"custom_col":"x"}',
      },
    ],
    [
      'a month-precision row is coded at the middle of the month, with the interval in envoy_ columns',
      { date: { ...base.date, earliest: '2019-05-01', latest: '2019-05-31', precision: 'month', approximate: true } },
      {
        event_date: '2019-05-16',
        time_precision: '3',
        envoy_date_earliest: '2019-05-01',
        envoy_date_latest: '2019-05-31',
        envoy_precision: 'month',
        envoy_approximate: 'true',
      },
    ],
    ['unknown outlet leaves source empty', { evidence: [{ articleId: 'b2', text: 'x' }] }, { source: '' }],
    [
      'Envoy’s own fields',
      { flags: [{ kind: 'typo', quote: { articleId: 'a1', text: 'x' }, description: 'd' }], status: 'candidate' },
      {
        envoy_title: base.title,
        envoy_kind: 'statement',
        envoy_derivation_method: 'relative-to-publication',
        envoy_derivation_clue: 'on Saturday',
        envoy_confidence: 'high',
        envoy_themes: 'talks',
        envoy_evidence_json: JSON.stringify(base.evidence),
        envoy_flags_json: '[{"kind":"typo","quote":{"articleId":"a1","text":"x"},"description":"d"}]',
        envoy_status: 'candidate',
        envoy_link: `https://example.org/envoy/e/${base.id}/`,
      },
    ],
  ])('%s', (_name, over, want) => {
    const rec = eventRecord({ ...base, ...over }, ctx);
    expect(Object.keys(rec)).toEqual([...ACLED_COLUMNS, ...ENVOY_COLUMNS]);
    for (const [k, v] of Object.entries(want)) expect([k, rec[k as keyof typeof rec]]).toEqual([k, v]);
  });
});

test('a CSV of the bundled dataset has one row per event, every column filled as mapped, and re-reads every event field', () => {
  const index = parseDataset(datasetText());
  const all = Uint32Array.from({ length: index.count }, (_, i) => i);
  const text = csvText(
    index,
    all,
    rowContext(index, (id) => `https://x.org/e/${id}/`),
  );
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
  expect(rows).toHaveLength(index.count);
  for (let i = 0; i < index.count; i++) {
    const e = index.event(i);
    const r = rows[i]!;
    expect(r.event_id_cnty).toBe(e.id);
    expect(r.envoy_title).toBe(e.title);
    expect(r.notes).toBe(e.summary);
    expect(JSON.parse(r.envoy_evidence_json!)).toEqual(e.evidence);
    expect(JSON.parse(r.envoy_actors_json!)).toEqual(e.actors);
    expect(r.envoy_themes!.split('; ')).toEqual(e.themes);
    expect([r.envoy_date_earliest, r.envoy_date_latest, r.envoy_precision]).toEqual([
      e.date.earliest,
      e.date.latest,
      e.date.precision,
    ]);
    expect(r.envoy_derivation_note).toBe(e.date.derivation.note);
  }
});
