import { dayEndMs, dayToMs } from '../lib/days';
import { FLAG_CODES, NO_PRECISION, PRECISION_CODES } from './model';
import type { EventT } from './schema';

/** What an event's record says beyond its interval, as the index columns hold it (bundled data and imports alike). */
export function eventDetail(e: EventT): {
  flags: number;
  startPrecision: number;
  endPrecision: number;
  likeliest: [number, number] | null;
} {
  let flags = 0;
  for (const f of e.flags) flags |= 1 << FLAG_CODES.indexOf(f.kind);
  const d = e.date;
  return {
    flags,
    startPrecision: d.startPrecision ? PRECISION_CODES.indexOf(d.startPrecision) : NO_PRECISION,
    endPrecision: d.endPrecision ? PRECISION_CODES.indexOf(d.endPrecision) : NO_PRECISION,
    likeliest: d.likeliest ? [dayToMs(d.likeliest.earliest), dayEndMs(d.likeliest.latest)] : null,
  };
}
