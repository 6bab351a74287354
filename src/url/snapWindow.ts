import { utcDay, utcHour, utcMinute, utcMonth, utcSecond, utcYear, type CountableTimeInterval } from 'd3-time';
import { DAY_MS } from '../lib/days';

/** Calendar units from coarse to fine, with their (rough) length. */
const UNITS: Array<[CountableTimeInterval, number]> = [
  [utcYear, 365 * DAY_MS],
  [utcMonth, 28 * DAY_MS],
  [utcDay, DAY_MS],
  [utcHour, 3_600_000],
  [utcMinute, 60_000],
  [utcSecond, 1_000],
];

/** Share of the window width an edge may move when rounded for a readable link. */
const TOLERANCE = 1 / 200;

const onDay = (t: number) => utcDay.floor(new Date(t)).getTime() === t;

/**
 * Rounds a window's edges to the coarsest calendar unit that moves them by at most half a percent of
 * its width, so a zoomed timeline links as `from=2019-03-02&to=2019-09-14` rather than to the millisecond.
 * An edge already on a whole day is readable as it is and stays put, so a link's own dates round-trip exactly
 * (`to=2019-05-04` on a five-year window is not rewritten to `to=2019-04`).
 */
export function snapWindow(window: [number, number]): [number, number] {
  const [from, to] = window;
  const width = to - from;
  if (!(width > 0) || !Number.isFinite(width)) return window;
  for (const [unit, length] of UNITS) {
    if (length > width * TOLERANCE) continue;
    const a = onDay(from) ? from : unit.round(new Date(from)).getTime();
    const b = onDay(to) ? to : unit.round(new Date(to)).getTime();
    if (a < b) return [a, b];
  }
  return [Math.round(from), Math.round(to)];
}
