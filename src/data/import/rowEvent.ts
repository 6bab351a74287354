import type { DateIntervalT, EventT } from '../schema';
import { msToDay } from '../../lib/days';
import { PRECISION_CODES } from '../model';
import type { ReadDate } from './dates';
import type { RowRead } from './rowFormat';

/*
 * The parts of an event that every CSV importer builds alike from a row it has read: its point on the map,
 * its date as read, the names and themes it shares with other rows, and the cells it keeps as given.
 */

/** [longitude, latitude] from two cells, or null when either is blank or the point is off the globe. */
export function pointOf(lonText: string, latText: string): [number, number] | null {
  if (lonText === '' || latText === '') return null;
  const x = Number(lonText);
  const y = Number(latText);
  return x >= -180 && x <= 180 && y >= -90 && y <= 90 ? [x, y] : null;
}

const SPAN = PRECISION_CODES.indexOf('span');

/**
 * The event's date from its read row (first and last day, precision, approximate) and how it was worked out.
 * For a span read from two dates, `ends` gives how precisely each end is known.
 */
export function rowDate(
  r: RowRead,
  derivation: DateIntervalT['derivation'],
  ends?: { start: ReadDate; end: ReadDate | null },
): DateIntervalT {
  const date: DateIntervalT = {
    earliest: msToDay(r.first),
    latest: msToDay(r.last),
    precision: PRECISION_CODES[r.precision]!,
    approximate: r.approximate,
    derivation,
  };
  if (ends?.end && r.precision === SPAN) {
    date.startPrecision = ends.start.precision;
    date.endPrecision = ends.end.precision;
  }
  return date;
}

/** `make(key)`, made once per key: the actor or theme a name stands for is one object however many rows name it. */
export function onePerKey<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    let v = made.get(key);
    if (v === undefined) made.set(key, (v = make(key)));
    return v;
  };
}

/** Puts the row's place and the cells no field holds (`extra`, as given) on its event. */
export function withPlaceAndExtra(e: EventT, r: RowRead, extra: Record<string, string> | undefined): EventT {
  if (r.place) e.place = r.place.id;
  if (extra) e.extra = extra;
  return e;
}
