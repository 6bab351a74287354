import { DAY_MS, FLAG_CODES, NO_PRECISION, PRECISION_CODES, type EventIndex } from '../../src/data/model';
import type { DateIntervalT } from '../../src/data/schema';
import { indexOf } from '../fixtures/dataset';

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
const dayAfter = (day: string, days: number) => new Date(ms(day) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * A small EventIndex from the real buildIndex (through tests/fixtures/dataset.ts), in time order.
 * Event i has id `e<i>` and title `Event <i>`; past ten events the ids are zero-padded (`e00`…) so that the index's
 * tie-break by id keeps events with the same dates in the given order. Actors are `actor-<k>` ("Actor k"), themes
 * `theme-<k>` ("Theme k"); every event is reported by one article, `a1`.
 */
export function makeIndex(events: FixtureEvent[], actorCount = 3, themeCount = 3): EventIndex {
  const sorted = [...events].sort((a, b) => ms(a.day) - ms(b.day));
  const width = sorted.length > 10 ? String(sorted.length - 1).length : 1;
  const endpoint = (p: number | undefined) =>
    p === undefined || p === NO_PRECISION ? undefined : (PRECISION_CODES[p] as DateIntervalT['startPrecision']);
  return indexOf({
    id: 'fixture',
    title: 'Fixture',
    description: 'Fixture',
    actors: Array.from({ length: actorCount }, (_, k) => ({ id: `actor-${k}`, name: `Actor ${k}` })),
    themes: Array.from({ length: themeCount }, (_, k) => ({ id: `theme-${k}`, label: `Theme ${k}` })),
    events: sorted.map((e, i) => ({
      id: `e${String(i).padStart(width, '0')}`,
      title: `Event ${i}`,
      date: {
        earliest: e.day,
        latest: dayAfter(e.day, (e.days ?? 1) - 1),
        precision: PRECISION_CODES[e.precision ?? 0],
        ...(endpoint(e.startPrecision) && { startPrecision: endpoint(e.startPrecision) }),
        ...(endpoint(e.endPrecision) && { endPrecision: endpoint(e.endPrecision) }),
      },
      actors: (e.actors ?? []).map((k) => `actor-${k}`),
      themes: (e.themes ?? [0]).map((k) => `theme-${k}`),
      flags: FLAG_CODES.filter((_, bit) => ((e.flags ?? 0) >> bit) & 1).map((kind) => ({
        kind,
        quote: { articleId: 'a1', text: `Event ${i}` },
        description: 'Test flag.',
      })),
    })),
  });
}

export const all = (index: EventIndex) => Uint32Array.from({ length: index.count }, (_, i) => i);
