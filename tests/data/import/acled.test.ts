import type { EventIndex } from '../../../src/data/model';
import { matchesForm, parseQuery } from '../../../src/lib/searchMatches';
// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { acledCsv, open, importText, ACLED_HEADER, line, acledRow } from './helpers';

describe('ACLED import', () => {
  test.each([
    ['1', '2020-03-15', '2020-03-15', '2020-03-15', 'day', false, 'event_date 2020-03-15, time_precision 1'],
    ['1', '15 March 2020', '2020-03-15', '2020-03-15', 'day', false, 'event_date 15 March 2020, time_precision 1'],
    ['2', '2020-03-18', '2020-03-15', '2020-03-21', 'week', true, 'time_precision 2, the week of 15–21 March 2020'],
    [
      '2',
      '31 March 2020',
      '2020-03-28',
      '2020-04-03',
      'week',
      true,
      'time_precision 2, the week of 28 March 2020 – 3 April 2020',
    ],
    ['3', '2020-03-15', '2020-03-01', '2020-03-31', 'month', true, 'time_precision 3, the month of March 2020'],
    [
      '3',
      '15 February 2020',
      '2020-02-01',
      '2020-02-29',
      'month',
      true,
      'time_precision 3, the month of February 2020',
    ],
  ])(
    'time_precision %s with event_date %s is %s to %s (%s, approximate %s)',
    async (code, date, earliest, latest, precision, approximate, clue) => {
      const { events, format } = await open(acledCsv([{ time_precision: code, event_date: date }]), 'acled.csv');
      expect(format).toBe('acled-csv');
      expect(events[0]!.date).toMatchObject({ earliest, latest, precision, approximate });
      expect(events[0]!.date.derivation.clue).toBe(clue);
    },
  );

  test('a month-precision row never reads as the coded mid-month day', async () => {
    const { events, index } = await open(acledCsv([{ time_precision: '3', event_date: '15 March 2020' }]), 'acled.csv');
    expect(events[0]!.date.earliest).not.toBe('2020-03-15');
    expect(index.precision[0]).toBe(2); // PRECISION_CODES: day, week, month
    expect(index.approximate[0]).toBe(1);
  });

  test('ids are the source ids as slugs, so links survive a re-import', async () => {
    const { index, events } = await open(
      acledCsv([{ event_id_cnty: 'AFG90001' }, { event_id_cnty: 'AFG90002', event_date: '2020-03-16' }]),
      'a.csv',
    );
    expect(events.map((e) => e.id)).toEqual(['afg90001', 'afg90002']);
    expect(index.indexOf('afg90002')).toBe(1);
    expect(index.indexOf('AFG90002')).toBe(-1);
  });

  test('actors come from actor1, actor2 and the "; "-separated assoc_actor columns, one per name', async () => {
    const { events, index } = await open(
      acledCsv([
        {
          assoc_actor_1: 'Haqqani Network; Hizb-i-Islami',
          assoc_actor_2: 'Police Forces of Afghanistan (2014-2021); NDS; Haqqani Network',
        },
        { event_id_cnty: 'AFG90002', actor2: '', assoc_actor_1: 'TALIBAN', event_date: '2020-03-16' },
      ]),
      'a.csv',
    );
    expect(events[0]!.actors).toEqual([
      { actorId: 'taliban', role: 'actor' },
      { actorId: 'military-forces-of-afghanistan-2014-2021', role: 'actor' },
      { actorId: 'haqqani-network', role: 'participant' },
      { actorId: 'hizb-i-islami', role: 'participant' },
      { actorId: 'police-forces-of-afghanistan-2014-2021', role: 'participant' },
      { actorId: 'nds', role: 'participant' },
    ]);
    expect(index.actors.map((a) => a.id)).toEqual([
      'taliban',
      'military-forces-of-afghanistan-2014-2021',
      'haqqani-network',
      'hizb-i-islami',
      'police-forces-of-afghanistan-2014-2021',
      'nds',
    ]);
    // The same name in capitals is the same actor, not a second one.
    expect(index.actors[0]).toMatchObject({ name: 'Taliban', type: 'armed-group', aliases: ['Taliban'] });
    expect(index.actors[1]!.type).toBe('state');
    expect(events[1]!.actors).toEqual([{ actorId: 'taliban', role: 'actor' }]);
    expect(index.eventsByActor[0]).toEqual(Uint32Array.from([0, 1]));
  });

  test('notes is a coder summary and source a citation, never evidence; the title is composed and says so', async () => {
    const { events } = await open(acledCsv([{}]), 'a.csv');
    const e = events[0]!;
    expect(e.evidence).toEqual([]);
    expect(e.sourceNotes).toEqual([
      {
        kind: 'summary',
        text: 'On 15 March 2020, Taliban militants attacked an army checkpoint in Qadis district. 3 soldiers were killed.',
        source: 'ACLED',
      },
      { kind: 'citation', text: 'Pajhwok Afghan News; Tolo News' },
    ]);
    expect(e.title).toBe('Battles: Taliban vs Military Forces of Afghanistan (2014-2021) in Qadis');
    expect(e.date.derivation.note).toMatch(/composed by Envoy/);
    expect(e.themes).toEqual(['battles']);
    expect(e.extra).toMatchObject({
      sub_event_type: 'Armed clash',
      fatalities: '3',
      admin1: 'Badghis',
      admin2: 'Qadis',
      iso: '4',
      event_id_cnty: 'AFG90001',
    });
    expect(e.extra).not.toHaveProperty('notes');
  });

  test.each([
    ['1', 'town'],
    ['2', 'district'],
    ['3', 'province'],
  ])('geo_precision %s places the point to the %s', async (code, precision) => {
    const { events, dataset } = await open(acledCsv([{ geo_precision: code }]), 'a.csv');
    expect(events[0]!.place).toBe('qadis-badghis-afghanistan');
    expect(dataset!.places).toEqual([
      expect.objectContaining({ id: 'qadis-badghis-afghanistan', name: 'Qadis', point: [63.4347, 34.8081], precision }),
    ]);
  });

  test.each([
    ['comma', ','],
    ['semicolon', ';'],
    ['tab', '\t'],
  ])('reads %s-separated files, with quoted commas and newlines inside cells', async (_name, sep) => {
    const notes = 'Line one, with a comma; and a semicolon\tand a tab.\nLine two, "quoted".';
    const { events, skipped } = await open(acledCsv([{ notes }], sep), 'a.csv');
    expect(skipped).toEqual([]);
    expect(events[0]!.sourceNotes![0]!.text).toBe(notes);
  });

  test('a byte-order mark and Windows line ends change nothing', async () => {
    const text = `\uFEFF${acledCsv([{}]).replaceAll('\n', '\r\n')}`;
    const { events } = await open(text, 'a.csv');
    expect(events[0]!.id).toBe('afg90001');
    expect(events[0]!.extra).toHaveProperty('event_id_cnty', 'AFG90001');
  });

  test('bad rows are skipped with their row, column and reason; the good rows open', async () => {
    const text =
      acledCsv([
        { event_id_cnty: 'AFG1' },
        { event_id_cnty: 'AFG2', event_date: 'Marhc 2020' },
        { event_id_cnty: 'AFG3', time_precision: '7' },
        { event_id_cnty: '' },
        { event_id_cnty: 'AFG1', event_date: '2020-04-01' },
        { event_id_cnty: 'AFG6' },
      ]) + 'AFG7,2020-01-01,2020\n';
    const o = await open(text, 'a.csv');
    expect(o.index.count).toBe(2);
    expect(o.rows).toBe(7);
    expect(o.skipped).toEqual([
      { row: 3, column: 'event_date', message: "'Marhc 2020' is not a date" },
      { row: 4, column: 'time_precision', message: "'7' is not an ACLED time precision (1, 2 or 3)" },
      { row: 5, column: 'event_id_cnty', message: 'is empty; every ACLED event needs its id' },
      { row: 6, column: '', message: 'repeats the id "afg1" of row 2' },
      { row: 8, column: '', message: 'has 3 cells where the header has 31' },
    ]);
  });

  test('names that are also JavaScript object keys are just names', async () => {
    const { index, events } = await open(
      acledCsv([
        { event_id_cnty: 'constructor', actor1: '__proto__', actor2: 'toString', assoc_actor_1: 'hasOwnProperty' },
      ]),
      'a.csv',
    );
    expect(events[0]!.id).toBe('constructor');
    expect(index.indexOf('constructor')).toBe(0);
    expect(index.indexOf('toString')).toBe(-1);
    expect(index.actors.map((a) => a.id)).toEqual(['proto', 'tostring', 'hasownproperty']);
    expect(index.actors[0]!.name).toBe('__proto__');
  });

  test('a column called __proto__ is kept as a column, not a prototype', async () => {
    const header = [...ACLED_HEADER, '__proto__'];
    const text = `${line(header)}\n${line([...acledRow(), 'kept'])}\n`;
    const { events } = await open(text, 'a.csv');
    expect(Object.getOwnPropertyDescriptor(events[0]!.extra, '__proto__')?.value).toBe('kept');
    expect(Object.getPrototypeOf(events[0]!.extra)).toBe(Object.prototype);
  });

  test('progress reports rows read, and an aborted signal cancels', async () => {
    const seen: number[] = [];
    await open(acledCsv([{}]), 'a.csv', { onProgress: (p) => seen.push(p.rows) });
    expect(seen.at(-1)).toBe(1);
    const controller = new AbortController();
    controller.abort();
    expect(await importText(acledCsv([{}]), 'a.csv', { signal: controller.signal })).toEqual({ kind: 'cancelled' });
  });
});

describe('searching imported rows', () => {
  const finds = (index: EventIndex, query: string) => matchesForm(index.searchText(0), parseQuery(query));

  test('finds words of the row (actors, places, types, notes, sources), not its numbers', async () => {
    const { index } = await open(acledCsv([{}]), 'a.csv');
    for (const q of ['taliban', 'qadis', 'battles', 'armed clash', 'checkpoint', 'pajhwok', 'tolo news'])
      expect(finds(index, q), q).toBe(true);
    expect(finds(index, '1618526000')).toBe(false);
  });

  test('a word that starts a cell is found, as in any other dataset', async () => {
    const { index } = await open(acledCsv([{ actor1: 'Haqqani Network', notes: 'Clashes reported.' }]), 'a.csv');
    expect(finds(index, 'haqqani')).toBe(true);
    expect(finds(index, 'clashes')).toBe(true);
  });

  test("folds accents, case, quotes and apostrophes as the rest of Envoy's search does", async () => {
    const { index } = await open(
      acledCsv([{ actor1: 'Zabīhullāh Mujāhid', notes: "Said “NO” to the Taliban's offer." }]),
      'a.csv',
    );
    expect(finds(index, 'zabihullah mujahid')).toBe(true);
    expect(finds(index, '"no"')).toBe(true);
    expect(finds(index, 'talibans')).toBe(true);
  });
});
