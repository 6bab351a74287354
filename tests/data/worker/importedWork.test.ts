// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createWorkerHandler } from '../../../src/data/worker/handler';
import { workSource } from '../../../src/data/worker/client';
import { withWorkCopy, workCopyOf } from '../../../src/data/worker/workCopy';
import type { FromWorker } from '../../../src/data/worker/protocol';
import { loadedFrom } from '../../../src/data/openedDataset';
import { searchMask } from '../../../src/data/filter';
import { facetCounts } from '../../../src/data/facetCounts';
import { sortEvents } from '../../../src/data/sortEvents';
import type { FromWorker as FromImport, IndexPayload } from '../../../src/data/import/protocol';
import type { FilterCriteria } from '../../../src/data/filter';
import { acledCsv, open } from '../import/helpers';

// An ACLED export with varied actors, places, notes (accents, curly quotes, numbers) and dates.
const ACTORS = [
  'Taliban',
  'Military Forces of Afghanistan (2014-2021)',
  'Civilians (Afghanistan)',
  'Rioters (Syria)',
  'Protesters (Mali)',
  'ISKP: Islamic State Khorasan',
];
const NOTES = [
  'Taliban’s fighters attacked a checkpoint',
  'A “ceasefire” was announced in Herāt',
  'Protesters gathered; 5,000 people',
  'An IED hit a bus near Kunduz',
  'Rioters burned tyres in Aleppo',
  'Drone strike on a compound, 12 killed',
];
const rows = Array.from({ length: 240 }, (_, k) => ({
  event_id_cnty: `AFG${10000 + k}`,
  event_date: `2020-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + ((k * 7) % 28)).padStart(2, '0')}`,
  actor1: ACTORS[k % ACTORS.length]!,
  actor2: k % 3 ? ACTORS[(k * 5 + 1) % ACTORS.length]! : '',
  location: ['Qadis', 'Kunduz', 'Herat', 'Aleppo'][k % 4]!,
  notes: `${NOTES[k % NOTES.length]!} (${k} reported)`,
}));

/** Runs a loaded handler over a payload and collects what it posts. */
function workerOver(payload: IndexPayload) {
  const posted: FromWorker[] = [];
  const queued: (() => void)[] = [];
  const handle = createWorkerHandler(
    (m) => posted.push(m),
    (run) => queued.push(run),
  );
  handle({ type: 'load', source: { kind: 'payload', payload } });
  const drain = () => {
    while (queued.length) queued.shift()!();
  };
  return { handle, posted, drain };
}

describe('an imported dataset in the data worker', () => {
  it('searches, counts and sorts exactly as the page does with the plain matcher', async () => {
    const o = await open(acledCsv(rows), 'acled.csv');
    const page = o.index;
    const w = workerOver(structuredClone(o.payload));
    w.drain();
    expect(w.posted[0]).toMatchObject({ type: 'loaded', count: page.count });
    // Words and prefixes from the file itself, one to three at a time.
    const vocab = [
      ...new Set(
        rows.flatMap((r) => `${r.event_id_cnty} ${r.actor1} ${r.location} ${r.notes} Battles Political`.split(/\s+/)),
      ),
    ];
    let seq = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...vocab), fc.nat(12)), { minLength: 1, maxLength: 3 }),
        (parts) => {
          const needle = parts.map(([word, k]) => word.slice(0, 1 + (k % word.length))).join(' ');
          w.handle({ type: 'search', seq: ++seq, needle });
          w.drain();
          const got = w.posted.at(-1) as Extract<FromWorker, { type: 'search' }>;
          expect(got.seq).toBe(seq);
          expect(Array.from(got.mask)).toEqual(Array.from(searchMask(page, needle)!));
        },
      ),
      { numRuns: 120 },
    );
    const criteria: FilterCriteria = { actors: [], actorMode: 'any', themes: [], themeMode: 'any', search: 'taliban' };
    w.handle({ type: 'counts', seq: ++seq, criteria, window: null });
    w.drain();
    const counts = w.posted.at(-1) as Extract<FromWorker, { type: 'counts' }>;
    const want = facetCounts(page, criteria, null, searchMask(page, 'taliban'));
    expect(Array.from(counts.counts.actors)).toEqual(Array.from(want.actors));
    expect(Array.from(counts.counts.themes)).toEqual(Array.from(want.themes));
    // Nothing picked, everything in view: the counts without a pass over the events agree with one.
    const opening = facetCounts(page, { ...criteria, search: '' }, null, null);
    const perActor = new Array<number>(page.actors.length).fill(0);
    for (let j = 0; j < page.actorIds.length; j++) perActor[page.actorIds[j]!]!++;
    expect(Array.from(opening.actors)).toEqual(perActor);
    const all = Uint32Array.from({ length: page.count }, (_, i) => i);
    w.handle({ type: 'sort', seq: ++seq, rows: all.slice(), key: 'title', dir: 'descending' });
    w.drain();
    const sorted = w.posted.at(-1) as Extract<FromWorker, { type: 'sort' }>;
    expect(Array.from(sorted.order)).toEqual(Array.from(sortEvents(page, all, 'title', 'descending')));
  });

  it('goes to the worker with its own copy of the columns, which the page hands over once', async () => {
    const o = await open(acledCsv(rows.slice(0, 20)), 'acled.csv');
    // Below the worker's threshold the import worker adds no copy.
    const small = withWorkCopy({ type: 'done', outcome: o }, []);
    expect(workCopyOf((small.message as Extract<FromImport, { type: 'done' }>).outcome)).toBeNull();
    expect(small.transfer).toEqual([]);
    const copy = structuredClone(o.payload);
    const loaded = loadedFrom({ ...o, index: o.index, workPayload: copy } as Parameters<typeof loadedFrom>[0], {
      name: 'acled.csv',
      key: 'k',
      base: null,
      local: true,
    });
    expect(workSource(loaded.index)).toEqual({ kind: 'payload', payload: copy });
    // Taken once: the page keeps no reference to the worker's copy.
    expect(workSource(loaded.index)?.kind).not.toBe('payload');
  });
});
