import { dayEndMs, dayToMs, msToDay } from '../../lib/days';

export type Edge = 'from' | 'to';

/** The outcome of typing a day into one edge of the window: a window to apply, or why not. */
export type WindowEdit = { ok: true; window: [number, number] } | { ok: false; reason: 'incomplete' | 'out-of-range' | 'reversed' };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** The days the date inputs show for a window [from, to): "to" is exclusive, so the last day is the one before it. */
export function windowDays([from, to]: readonly [number, number]): [string, string] {
  return [msToDay(from), msToDay(Math.max(from, to - 1))];
}

/**
 * Applies a day typed into the "from" or "to" input to the current window, keeping the other edge exactly where it was.
 * A partly typed date (browsers report year 0002 while "2019" is being typed) is out of range, never applied.
 */
export function editWindow(edge: Edge, day: string, current: readonly [number, number]): WindowEdit {
  // Round-trip so that 30 February is refused rather than rolled over into March.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(dayToMs(day)) || msToDay(dayToMs(day)) !== day) return { ok: false, reason: 'incomplete' };
  const year = Number(day.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, reason: 'out-of-range' };
  const next: [number, number] = edge === 'from' ? [dayToMs(day), current[1]] : [current[0], dayEndMs(day)];
  if (next[0] >= next[1]) return { ok: false, reason: 'reversed' };
  return { ok: true, window: next };
}

/** What to tell the person, in words. */
export const EDIT_MESSAGES: Record<Exclude<WindowEdit, { ok: true }>['reason'], string> = {
  incomplete: 'Enter a complete date: day, month and year.',
  'out-of-range': `Enter a year between ${MIN_YEAR} and ${MAX_YEAR}.`,
  reversed: 'The “From” date must be on or before the “To” date. The timeline was not moved.',
};
