import { DAY_MS, NO_PRECISION, PRECISION_CODES, type EventIndex } from '../../data/model';

/**
 * What a mark says about its date, so different claims never look alike:
 * - point: known to the day;
 * - span: something that lasted (precision "span"), a solid bar over its interval;
 * - window: an instant whose day is not known (any window wider than a day that is not a span), a hatched band.
 */
export type MarkShape = 'point' | 'span' | 'window';

const SPAN = PRECISION_CODES.indexOf('span');

/** The shape event i is drawn with. */
export function markShape(index: EventIndex, i: number): MarkShape {
  if (index.precision[i] === SPAN) return 'span';
  return index.end[i]! - index.start[i]! <= DAY_MS ? 'point' : 'window';
}

/** Midnight UTC after the week, month or year (precision code 1, 2, 3) that contains `ms`. */
function unitEnd(ms: number, code: number): number {
  const d = new Date(ms);
  if (code === 1) return ms + 7 * DAY_MS;
  if (code === 2) return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
}

/** Midnight UTC starting the last week, month or year (precision code 1, 2, 3) before the exclusive end `end`. */
function unitStart(end: number, code: number): number {
  if (code === 1) return end - 7 * DAY_MS;
  const d = new Date(end - 1);
  if (code === 2) return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return Date.UTC(d.getUTCFullYear(), 0, 1);
}

/**
 * For a span, the times over which each uncertain end is drawn faded: a start known to the month fades in
 * over that month ([start, end of its month)), an end known to the year fades out over that year. Null for an
 * end known to the day (or not stated): a hard edge. Never more than half the span each. A span that is itself that
 * unit ("throughout 2019", both ends known to the year) has hard edges: it is the whole unit, not some part of it.
 */
export function uncertainEnds(
  index: EventIndex,
  i: number,
): { start: [number, number] | null; end: [number, number] | null } {
  const s = index.start[i]!;
  const e = index.end[i]!;
  const half = (e - s) / 2;
  const sp = index.startPrecision[i]!;
  const ep = index.endPrecision[i]!;
  const soft = (code: number) => code !== NO_PRECISION && code !== 0 && unitEnd(s, code) < e;
  const start: [number, number] | null = soft(sp) ? [s, Math.min(unitEnd(s, sp), s + half)] : null;
  const end: [number, number] | null = soft(ep) ? [Math.max(unitStart(e, ep), e - half), e] : null;
  return { start, end };
}
