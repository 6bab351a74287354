import type { DateIntervalT } from './schema';
import type { EndpointPrecisionCode } from './vocabulary';
import { windowDays } from '../lib/days';

/**
 * The precision an instant's window calls for: the smallest unit that holds all of it. One day is "day"; at most
 * seven days "week"; within one calendar month "month"; anything wider "year" (the coarsest unit there is, so a
 * window across years is "year" too: its words then give the window, never a year).
 */
export function windowPrecision(earliest: string, latest: string): EndpointPrecisionCode {
  if (earliest === latest) return 'day';
  if (windowDays(earliest, latest) <= 7) return 'week';
  if (earliest.slice(0, 7) === latest.slice(0, 7)) return 'month';
  return 'year';
}

/**
 * Where a date's precision disagrees with its window, in words; null when they agree. An instant's precision must be
 * the one its window calls for (windowPrecision); a span (something that lasted) must say how precisely each end is
 * known, and only a span may.
 */
export function precisionProblem(
  d: Pick<DateIntervalT, 'earliest' | 'latest' | 'precision' | 'startPrecision' | 'endPrecision'>,
): string | null {
  if (d.precision === 'span') {
    if (d.earliest === d.latest) return 'a span lasts longer than one day';
    if (!d.startPrecision || !d.endPrecision) return 'a span needs startPrecision and endPrecision';
    return null;
  }
  if (d.startPrecision || d.endPrecision) return 'startPrecision and endPrecision are for spans only';
  const want = windowPrecision(d.earliest, d.latest);
  return want === d.precision
    ? null
    : `precision is "${d.precision}" but the window ${d.earliest}..${d.latest} calls for "${want}"`;
}
