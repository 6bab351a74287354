import { DAY_MS, type EventIndex } from '../../src/data/model';

export interface FixtureEvent {
  /** ISO day of the first day. */
  day: string;
  /** Length in days (end exclusive). */
  days?: number;
  precision?: number;
  /** Bitmask of flag kinds (FLAG_CODES order). */
  flags?: number;
  startPrecision?: number;
  endPrecision?: number;
  actors?: number[];
  themes?: number[];
}

const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** A small EventIndex built by hand, sorted by start as the real one is. */
export function makeIndex(events: FixtureEvent[], actorCount = 3, themeCount = 3): EventIndex {
  const sorted = [...events].sort((a, b) => ms(a.day) - ms(b.day));
  const n = sorted.length;
  const start = Float64Array.from(sorted, (e) => ms(e.day));
  const end = Float64Array.from(sorted, (e) => ms(e.day) + (e.days ?? 1) * DAY_MS);
  const csr = (lists: number[][]) => {
    const offsets = new Uint32Array(n + 1);
    lists.forEach((l, i) => (offsets[i + 1] = offsets[i]! + l.length));
    return [offsets, Uint32Array.from(lists.flat())] as const;
  };
  const [actorOffsets, actorIds] = csr(sorted.map((e) => e.actors ?? []));
  const [themeOffsets, themeIds] = csr(sorted.map((e) => e.themes ?? [0]));
  const actors = Array.from({ length: actorCount }, (_, k) => ({ id: `actor-${k}`, name: `Actor ${k}`, type: 'person' as const, affiliation: null, title: null, aliases: [] }));
  const themes = Array.from({ length: themeCount }, (_, k) => ({ id: `theme-${k}`, label: `Theme ${k}`, description: 'x', color: `#00000${k}` }));
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, start[i]!);
    hi = Math.max(hi, end[i]!);
  }
  return {
    id: 'fixture',
    title: 'Fixture',
    description: 'Fixture',
    synthetic: true,
    count: n,
    start,
    end,
    precision: Uint8Array.from(sorted, (e) => e.precision ?? 0),
    kind: new Uint8Array(n),
    approximate: new Uint8Array(n),
    flags: Uint8Array.from(sorted, (e) => e.flags ?? 0),
    startPrecision: Uint8Array.from(sorted, (e) => e.startPrecision ?? 255),
    endPrecision: Uint8Array.from(sorted, (e) => e.endPrecision ?? 255),
    likeliest: new Map(),
    sourceCount: new Uint16Array(n).fill(1),
    actorOffsets,
    actorIds,
    themeOffsets,
    themeIds,
    actors,
    themes,
    articles: [],
    span: [lo, hi],
    home: [lo, hi],
    event: (i) =>
      ({
        id: `e${i}`,
        title: `Event ${i}`,
        kind: 'occurred',
        date: {
          earliest: new Date(start[i]!).toISOString().slice(0, 10),
          latest: new Date(end[i]! - DAY_MS).toISOString().slice(0, 10),
          precision: ['day', 'week', 'month', 'year', 'span'][sorted[i]!.precision ?? 0],
          approximate: false,
        },
        actors: [],
        themes: [],
      }) as unknown as ReturnType<EventIndex['event']>,
    indexOf: (id) => (/^e\d+$/.test(id) && Number(id.slice(1)) < n ? Number(id.slice(1)) : -1),
    searchText: () => '',
    actorIndex: new Map(actors.map((a, k) => [a.id, k])),
    themeIndex: new Map(themes.map((t, k) => [t.id, k])),
    articleIndex: new Map(),
    eventsByActor: [],
    eventsByTheme: [],
    raw: null,
  };
}

export const all = (index: EventIndex) => Uint32Array.from({ length: index.count }, (_, i) => i);
