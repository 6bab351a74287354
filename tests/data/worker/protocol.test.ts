import { describe, expect, it } from 'vitest';
import { createWorkerHandler } from '../../../src/data/worker/handler';
import { Superseded, WorkClient, type WorkerLike } from '../../../src/data/worker/client';
import type { FromWorker, ToWorker, WorkSource } from '../../../src/data/worker/protocol';
import { generateSynthetic, syntheticIndex } from '../../../src/data/synthetic';
import { filterEvents, searchMask } from '../../../src/data/filter';
import { facetCounts } from '../../../src/data/facetCounts';
import { placeCounts } from '../../../src/data/placeCounts';
import { sortEvents } from '../../../src/data/sortEvents';
import { buildOverlapIndex } from '../../../src/data/overlap';
import type { DatasetT } from '../../../src/data/schema';
import fc from 'fast-check';
import { oneLaneDensityBase, withCoarse, type OneLaneRows } from '../../../src/data/densityBase';

const SOURCE: WorkSource = { kind: 'synthetic', count: 3000, seed: 2 };
const page = generateSynthetic(3000, 2);
const criteria = { actors: [], actorMode: 'any', themes: [], themeMode: 'any', search: '' } as const;

/** A stand-in Worker: the real handler, with messages delivered asynchronously as a worker would. */
function fakeWorker(): WorkerLike & { fail(message: string): void } {
  const w: WorkerLike & { fail(message: string): void } = {
    onmessage: null,
    onerror: null,
    postMessage: (m: ToWorker) => setTimeout(() => handle(structuredClone(m))),
    terminate: () => undefined,
    fail: (message) => w.onerror?.(new ErrorEvent('error', { message })),
  };
  const handle = createWorkerHandler((m) => setTimeout(() => w.onmessage?.({ data: m } as MessageEvent<FromWorker>)));
  return w;
}

describe('data worker protocol', () => {
  it('answers a search with what the page would find', async () => {
    const client = new WorkClient(fakeWorker(), SOURCE);
    const a = await client.search('sanctions');
    expect(a.needle).toBe('sanctions');
    const want = searchMask(page, 'sanctions')!;
    expect(Array.from(a.mask)).toEqual(Array.from(want));
    // The same events as positions, and those of them too long for the overlap index's binary search.
    const rows = Array.from(want).flatMap((on, i) => (on ? [i] : []));
    expect(Array.from(a.rows)).toEqual(rows);
    expect(Array.from(a.long)).toEqual(
      Array.from(buildOverlapIndex(Uint32Array.from(rows), page.start, page.end).long),
    );
    expect(a.long.length).toBeGreaterThan(0);
    expect(client.loaded?.count).toBe(3000);
  });

  it("sends, with a search's answer, the timeline's density base of its matches: what the page would count", async () => {
    const client = new WorkClient(fakeWorker(), SOURCE);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('s', 'sa', 'sanctions', 'with', 'talks', 'zan', 'zzzq'),
        fc.constantFrom<OneLaneRows>('one', 'firstTheme'),
        async (needle, rows) => {
          const a = await client.search(needle, rows);
          const want = withCoarse(
            oneLaneDensityBase(
              page,
              filterEvents(page, { ...criteria, actors: [], themes: [] }, searchMask(page, needle)),
              rows,
            ),
          );
          const got = a.density!;
          expect({ ...got, starts: null, ends: null, coarse: null }).toEqual({
            ...want,
            starts: null,
            ends: null,
            coarse: null,
          });
          // With its coarse copy, so the page's first grid does not sum the whole base.
          expect([...got.coarse!.starts]).toEqual([...want.coarse!.starts]);
          expect([...got.coarse!.ends]).toEqual([...want.coarse!.ends]);
          // A million entries each: compared as bytes.
          expect(Buffer.from(got.starts.buffer).equals(Buffer.from(want.starts.buffer))).toBe(true);
          expect(Buffer.from(got.ends.buffer).equals(Buffer.from(want.ends.buffer))).toBe(true);
          expect(got.starts.some((v) => v > 0)).toBe(a.rows.length > 0);
        },
      ),
      { numRuns: 10 },
    );
    // None asked for, none sent.
    expect((await client.search('sanctions')).density).toBeNull();
  });

  it('cancels older searches when a newer one arrives: only the newest is answered', async () => {
    const client = new WorkClient(fakeWorker(), SOURCE);
    const older = [client.search('s'), client.search('sa'), client.search('san')];
    const newest = client.search('sanctions');
    for (const p of older) await expect(p).rejects.toBeInstanceOf(Superseded);
    expect((await newest).needle).toBe('sanctions');
  });

  it('tells the page which queued requests it dropped, and runs only the latest', () => {
    const posted: FromWorker[] = [];
    const queued: (() => void)[] = [];
    const handle = createWorkerHandler(
      (m) => posted.push(m),
      (run) => queued.push(run),
    );
    handle({ type: 'load', source: SOURCE });
    handle({ type: 'search', seq: 1, needle: 'fr' });
    handle({ type: 'search', seq: 2, needle: 'front' });
    queued.forEach((run) => run());
    expect(posted.map((m) => m.type)).toEqual(['loaded', 'cancelled', 'search']);
    expect(posted[1]).toEqual({ type: 'cancelled', seq: 1 });
    expect(posted[2]).toMatchObject({ type: 'search', seq: 2, needle: 'front' });
  });

  it('sorts and counts as the page does', async () => {
    const client = new WorkClient(fakeWorker(), SOURCE);
    const rows = filterEvents(page, { ...criteria, actors: [], themes: [] });
    for (const key of ['title', 'actors', 'sources', 'date'] as const) {
      expect(Array.from(await client.sort(rows, key, 'descending'))).toEqual(
        Array.from(sortEvents(page, rows, key, 'descending')),
      );
    }
    const window: [number, number] = [page.span[0], page.span[0] + 400 * 86_400_000];
    const c = { ...criteria, actors: [page.actors[0]!.id], themes: [], search: 'talks' };
    const got = await client.counts(c, window);
    const want = facetCounts(page, c, window);
    expect({ ...got, actors: Array.from(got.actors), themes: Array.from(got.themes) }).toEqual({
      ...want,
      actors: Array.from(want.actors),
      themes: Array.from(want.themes),
    });
    const places = await client.placeCounts(c, window);
    expect(Array.from(places)).toEqual(Array.from(placeCounts(page, c, window)));
    expect(places.some((n) => n > 0)).toBe(true);
  });

  it('generates synthetic data for the page: the same columns, then searches over them', async () => {
    const client = new WorkClient(fakeWorker(), { ...SOURCE, share: true });
    const shared = syntheticIndex(await client.columns, 2);
    for (const key of [
      'start',
      'end',
      'precision',
      'kind',
      'approximate',
      'flags',
      'startPrecision',
      'endPrecision',
      'sourceCount',
      'actorOffsets',
      'actorIds',
      'themeOffsets',
      'themeIds',
      'placeOf',
    ] as const) {
      expect(Array.from(shared[key]!), key).toEqual(Array.from(page[key]!));
    }
    expect(shared.likeliest).toEqual(page.likeliest);
    expect(shared.places).toEqual(page.places);
    expect(shared.event(1234)).toEqual(page.event(1234));
    expect(shared.eventsByActor.map((l) => l.length)).toEqual(page.eventsByActor.map((l) => l.length));
    expect(Array.from((await client.search('talks')).mask)).toEqual(Array.from(searchMask(page, 'talks')!));
  });

  it('says in words when it could not generate the data it was to share', async () => {
    const w = fakeWorker();
    const client = new WorkClient(w, { ...SOURCE, share: true });
    w.fail('out of memory');
    await expect(client.columns).rejects.toThrow('The data worker stopped: out of memory.');
  });

  it('reports a dataset it cannot index in words, and every later request fails with them', async () => {
    const broken = { kind: 'dataset', dataset: { events: null } as unknown as DatasetT } as const;
    const client = new WorkClient(fakeWorker(), broken);
    await expect(client.search('talks')).rejects.toThrow(/^The search index could not be built: .+\.$/);
    await expect(client.sort(new Uint32Array(0), 'title', 'ascending')).rejects.toThrow(/could not be built/);
  });

  it('reports a worker that stopped, and a request it does not know, in words', async () => {
    const w = fakeWorker();
    const client = new WorkClient(w, SOURCE);
    const pending = client.search('talks');
    w.fail('out of memory');
    await expect(pending).rejects.toThrow('The data worker stopped: out of memory.');
    await expect(client.search('front')).rejects.toThrow('The data worker stopped: out of memory.');

    const posted: FromWorker[] = [];
    createWorkerHandler((m) => posted.push(m))({ type: 'paint' } as unknown as ToWorker);
    expect(posted).toEqual([
      { type: 'error', seq: null, message: 'The data worker was sent a request it does not know ("paint").' },
    ]);
  });
});
