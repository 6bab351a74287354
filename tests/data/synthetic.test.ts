import { describe, expect, test } from 'vitest';
import { generateSynthetic, syntheticActorCount } from '../../src/data/synthetic';
import { Actor, Event, Theme } from '../../src/data/schema';
import { KIND_CODES, PRECISION_CODES, type EventIndex } from '../../src/data/model';
import { dayEndMs, dayToMs } from '../../src/lib/days';
import { normalizeText } from '../../src/lib/normalize';
import { searchForm } from '../../src/lib/searchWords';
import { filterEvents } from '../../src/data/filter';
import { syntheticId, syntheticIndexOf } from '../../src/data/syntheticEvent';

const cache = new Map<string, EventIndex>();
function gen(count: number, seed: number): EventIndex {
  const key = `${count}:${seed}`;
  if (!cache.has(key)) cache.set(key, generateSynthetic(count, seed));
  return cache.get(key)!;
}

/** A spread of positions to check record by record: the ends, and a stride through the middle. */
function sample(index: EventIndex, how = 40): number[] {
  if (index.count === 0) return [];
  const step = Math.max(1, Math.floor(index.count / how));
  const out = new Set<number>([0, index.count - 1]);
  for (let i = 0; i < index.count; i += step) out.add(i);
  return [...out];
}

const SIZES: [number, number][] = [
  [0, 1],
  [1, 1],
  [37, 5],
  [5_000, 1],
  [20_000, 42],
];

describe('synthetic search text', () => {
  test('is, for every event, exactly the search form of its title, summary and quotes', () => {
    const ix = generateSynthetic(3000, 5);
    for (let i = 0; i < ix.count; i++) {
      const e = ix.event(i);
      expect(ix.searchText(i), e.id).toBe(
        searchForm([e.title, e.summary, ...e.evidence.map((q) => q.text)].join('\n')),
      );
    }
  });
});

describe('synthetic titles alone', () => {
  test('are, for every event, exactly the title of its full record (the timeline labels marks with them)', () => {
    const ix = generateSynthetic(3000, 7);
    for (let i = 0; i < ix.count; i++) expect(ix.eventTitle?.(i), String(i)).toBe(ix.event(i).title);
  });

  test('refuse a position outside the data, as the full record does', () => {
    const ix = gen(37, 5);
    expect(() => ix.eventTitle?.(37)).toThrow(RangeError);
    expect(() => ix.event(37)).toThrow(RangeError);
  });
});

describe('generateSynthetic', () => {
  test.each(SIZES)('%i events (seed %i): the same seed gives the same data', (count, seed) => {
    const a = generateSynthetic(count, seed);
    const b = gen(count, seed);
    for (const col of [
      'start',
      'end',
      'precision',
      'kind',
      'approximate',
      'sourceCount',
      'actorOffsets',
      'actorIds',
      'themeOffsets',
      'themeIds',
    ] as const) {
      expect(a[col]).toEqual(b[col]);
    }
    expect(a.actors).toEqual(b.actors);
    for (const i of sample(a, 5)) {
      expect(a.event(i)).toEqual(b.event(i));
      expect(a.searchText(i)).toBe(b.searchText(i));
    }
  });

  test.each([[1_000], [20_000]])('%i events: another seed gives other data', (count) => {
    const a = gen(count, 1);
    const b = generateSynthetic(count, 2);
    expect(b.count).toBe(count);
    expect(a.start).not.toEqual(b.start);
    expect(a.event(0).title === b.event(0).title && a.event(1).title === b.event(1).title).toBe(false);
  });

  test.each(SIZES)('%i events (seed %i): counts and columns have the promised sizes', (count, seed) => {
    const ix = gen(count, seed);
    expect(ix.count).toBe(count);
    expect(ix.synthetic).toBe(true);
    expect(ix.raw).toBeNull();
    expect(ix.articles).toEqual([]);
    for (const col of [ix.start, ix.end, ix.precision, ix.kind, ix.approximate, ix.sourceCount])
      expect(col.length).toBe(count);
    expect(ix.actorOffsets.length).toBe(count + 1);
    expect(ix.themeOffsets.length).toBe(count + 1);
    expect(ix.actors.length).toBe(syntheticActorCount(count));
    expect(ix.themes.length).toBe(12);
  });

  test.each([
    [0, 20],
    [100, 20],
    [10_000, 500],
    [100_000, 500],
    [1_000_000, 500],
    [5_000, 250],
  ])('%i events get %i actors', (count, actors) => {
    expect(syntheticActorCount(count)).toBe(actors);
  });

  test.each(SIZES)('%i events (seed %i): events are sorted by start, then end, then id', (count, seed) => {
    const ix = gen(count, seed);
    for (let i = 1; i < count; i++) {
      const order =
        ix.start[i - 1]! < ix.start[i]! || (ix.start[i - 1] === ix.start[i] && ix.end[i - 1]! <= ix.end[i]!);
      if (!order) throw new Error(`events ${i - 1} and ${i} are out of order`);
    }
    const ids = sample(ix)
      .sort((a, b) => a - b)
      .map((i) => ix.event(i).id);
    expect([...ids].sort()).toEqual(ids);
    if (count > 0) expect(ix.span).toEqual([ix.start[0], Math.max(...ix.end)]);
    else expect(ix.span[1]).toBeGreaterThan(ix.span[0]);
  });

  test.each(SIZES)(
    '%i events (seed %i): CSR lists are consistent and each event has 1–4 actors, 1–3 themes, 1–3 sources',
    (count, seed) => {
      const ix = gen(count, seed);
      expect(ix.actorOffsets[count]).toBe(ix.actorIds.length);
      expect(ix.themeOffsets[count]).toBe(ix.themeIds.length);
      for (let i = 0; i < count; i++) {
        const actors = ix.actorIds.subarray(ix.actorOffsets[i], ix.actorOffsets[i + 1]);
        const themes = ix.themeIds.subarray(ix.themeOffsets[i], ix.themeOffsets[i + 1]);
        const ok =
          actors.length >= 1 &&
          actors.length <= 4 &&
          new Set(actors).size === actors.length &&
          actors.every((a) => a < ix.actors.length) &&
          themes.length >= 1 &&
          themes.length <= 3 &&
          new Set(themes).size === themes.length &&
          themes.every((t) => t < ix.themes.length) &&
          ix.sourceCount[i]! >= 1 &&
          ix.sourceCount[i]! <= 3 &&
          ix.end[i]! > ix.start[i]!;
        if (!ok) throw new Error(`event ${i} breaks the CSR contract`);
      }
    },
  );

  test.each(SIZES)('%i events (seed %i): events by actor and by theme agree with the CSR lists', (count, seed) => {
    const ix = gen(count, seed);
    const check = (lists: Uint32Array[], offsets: Uint32Array, ids: Uint32Array) => {
      const expected = lists.map(() => [] as number[]);
      for (let i = 0; i < count; i++) for (let k = offsets[i]!; k < offsets[i + 1]!; k++) expected[ids[k]!]!.push(i);
      expect(lists.map((l) => Array.from(l))).toEqual(expected);
    };
    check(ix.eventsByActor, ix.actorOffsets, ix.actorIds);
    check(ix.eventsByTheme, ix.themeOffsets, ix.themeIds);
    expect(ix.eventsByActor.length).toBe(ix.actors.length);
  });

  test.each(SIZES)('%i events (seed %i): ids round-trip through indexOf', (count, seed) => {
    const ix = gen(count, seed);
    for (const i of sample(ix)) expect(ix.indexOf(ix.event(i).id)).toBe(i);
    for (const bad of ['', 'syn-', 'syn-abc', `syn-${'9'.repeat(9)}`, 'syn-0000001-x', 'khalilzad'])
      expect(ix.indexOf(bad)).toBe(-1);
  });

  test.each([
    ['syn-000123', 1000, 123],
    ['syn-000999', 1000, 999],
    ['syn-001000', 1000, -1],
    ['syn-123', 1000, -1],
    ['syn-0123456', 2_000_000, 123456],
    ['syn-123456', 2_000_000, -1],
  ])('indexOf(%s) with %i events is %i', (id, count, expected) => {
    // Ids are zero-padded to the width of the largest position, so only the canonical spelling is known.
    expect(syntheticIndexOf(id, count)).toBe(expected);
    expect(syntheticId(expected < 0 ? 0 : expected, count) === id).toBe(expected >= 0);
  });

  test.each(SIZES)('%i events (seed %i): every record is a valid event matching its columns', (count, seed) => {
    const ix = gen(count, seed);
    for (const i of sample(ix)) {
      const e = Event.parse(ix.event(i));
      expect(dayToMs(e.date.earliest)).toBe(ix.start[i]);
      expect(dayEndMs(e.date.latest)).toBe(ix.end[i]);
      expect(e.date.precision).toBe(PRECISION_CODES[ix.precision[i]!]);
      expect(e.kind).toBe(KIND_CODES[ix.kind[i]!]);
      expect(e.date.approximate).toBe(ix.approximate[i] === 1);
      expect(new Set(e.evidence.map((q) => q.articleId)).size).toBe(ix.sourceCount[i]);
      expect(e.actors.map((a) => ix.actorIndex.get(a.actorId))).toEqual(
        Array.from(ix.actorIds.subarray(ix.actorOffsets[i], ix.actorOffsets[i + 1])),
      );
      expect(e.themes.map((t) => ix.themeIndex.get(t))).toEqual(
        Array.from(ix.themeIds.subarray(ix.themeOffsets[i], ix.themeOffsets[i + 1])),
      );
      expect(ix.searchText(i)).toBe(searchForm([e.title, e.summary, ...e.evidence.map((q) => q.text)].join('\n')));
    }
    expect(() => ix.event(count)).toThrow(RangeError);
  });

  test('actors and themes are valid records with unique ids, and themes have distinct colours', () => {
    const ix = gen(20_000, 42);
    ix.actors.forEach((a) => Actor.parse(a));
    ix.themes.forEach((t) => Theme.parse(t));
    expect(new Set(ix.actors.map((a) => a.id)).size).toBe(ix.actors.length);
    expect(new Set(ix.actors.map((a) => a.name)).size).toBe(ix.actors.length);
    expect(new Set(ix.themes.map((t) => t.color)).size).toBe(12);
    expect(new Set(ix.actors.map((a) => a.type)).size).toBeGreaterThanOrEqual(5);
  });

  test('the data has a realistic shape: mostly day-precise, ~10% approximate, ~10% planned, skewed actors, bursts', () => {
    const ix = gen(20_000, 42);
    const share = (col: Uint8Array, v: number) => col.filter((x) => x === v).length / ix.count;
    expect(share(ix.precision, PRECISION_CODES.indexOf('day'))).toBeGreaterThan(0.6);
    for (const p of ['month', 'year', 'span', 'week'] as const)
      expect(share(ix.precision, PRECISION_CODES.indexOf(p))).toBeGreaterThan(0.01);
    expect(share(ix.approximate, 1)).toBeGreaterThan(0.07);
    expect(share(ix.approximate, 1)).toBeLessThan(0.14);
    expect(share(ix.kind, KIND_CODES.indexOf('planned'))).toBeGreaterThan(0.07);
    expect(share(ix.kind, KIND_CODES.indexOf('planned'))).toBeLessThan(0.14);
    const sizes = ix.eventsByActor.map((l) => l.length).sort((a, b) => b - a);
    expect(sizes[0]!).toBeGreaterThan(10 * sizes[Math.floor(sizes.length / 2)]!);
    // Bursts: the busiest month holds far more than an even share (1/120) of the events.
    const perMonth = new Map<string, number>();
    for (let i = 0; i < ix.count; i++)
      if (ix.precision[i] === 0) {
        const m = new Date(ix.start[i]!).toISOString().slice(0, 7);
        perMonth.set(m, (perMonth.get(m) ?? 0) + 1);
      }
    expect(Math.max(...perMonth.values())).toBeGreaterThan((3 * ix.count) / 120);
    expect(new Date(ix.span[0]).getUTCFullYear()).toBeGreaterThanOrEqual(2014);
    expect(new Date(ix.span[1]).getUTCFullYear()).toBeLessThanOrEqual(2025);
  });

  test('search finds actors whatever the accents, through the shared filter', () => {
    const ix = gen(5_000, 1);
    const accented = ix.actors.find((a) => normalizeText(a.name) !== a.name.toLowerCase());
    expect(accented).toBeDefined();
    const position = ix.actorIndex.get(accented!.id)!;
    const plain = normalizeText(accented!.name);
    const found = filterEvents(ix, {
      actors: [],
      actorMode: 'any',
      themes: [],
      themeMode: 'any',
      search: plain.toUpperCase(),
    });
    expect(found.length).toBeGreaterThan(0);
    for (const i of found)
      expect(
        ix.event(i).title.includes(accented!.name) ||
          ix.event(i).summary.includes(accented!.name) ||
          ix.event(i).evidence.some((q) => q.text.includes(accented!.name)),
      ).toBe(true);
    // Every event that names the actor first is found.
    const firsts = Array.from(ix.eventsByActor[position]!).filter((i) => ix.actorIds[ix.actorOffsets[i]!] === position);
    expect(firsts.every((i) => found.includes(i))).toBe(true);
  });
});
