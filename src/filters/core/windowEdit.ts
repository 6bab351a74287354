import { dayEndMs, dayToMs, ISO_DAY, msToDay } from '../../lib/days';
import type { TimeWindow } from '../../lib/timeWindow';

export type Edge = 'from' | 'to';

/** The outcome of typing a day into one edge of the window: a window to apply, or why not. */
export type WindowEdit =
  { ok: true; window: TimeWindow } | { ok: false; reason: 'incomplete' | 'out-of-range' | 'reversed' };

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
  if (!ISO_DAY.test(day) || Number.isNaN(dayToMs(day)) || msToDay(dayToMs(day)) !== day)
    return { ok: false, reason: 'incomplete' };
  const year = Number(day.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, reason: 'out-of-range' };
  const next: TimeWindow = edge === 'from' ? [dayToMs(day), current[1]] : [current[0], dayEndMs(day)];
  if (next[0] >= next[1]) return { ok: false, reason: 'reversed' };
  return { ok: true, window: next };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));

/** A day in the house style, as the rest of Envoy writes it: "1 July 2018". */
export function formatDayText(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** Month number (0-11) of a month name or its first three or more letters ("Jul", "Sept."); -1 for none. */
function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return -1;
  return MONTHS.findIndex((m) => m.startsWith(w));
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The ISO day (YYYY-MM-DD) in what a person typed: "1 July 2018", "1 Jul 2018", "July 1, 2018" or "2018-07-01".
 * All-number forms such as 07/01/2018 are refused: read as US or as European they are two different days.
 * Returns the text unchanged when it is none of these, so editWindow explains what is wrong.
 */
export function parseDayText(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ').replace(/,/g, '');
  if (ISO_DAY.test(t)) return t;
  let m = /^(\d{1,2}) ([A-Za-z]+\.?) (\d{4})$/.exec(t);
  if (m) {
    const k = monthOf(m[2]!);
    if (k >= 0) return `${m[3]}-${pad(k + 1)}-${pad(Number(m[1]))}`;
  }
  m = /^([A-Za-z]+\.?) (\d{1,2}) (\d{4})$/.exec(t);
  if (m) {
    const k = monthOf(m[1]!);
    if (k >= 0) return `${m[3]}-${pad(k + 1)}-${pad(Number(m[2]))}`;
  }
  return t;
}

/** What to tell the person, in words. */
export const EDIT_MESSAGES: Record<Exclude<WindowEdit, { ok: true }>['reason'], string> = {
  incomplete: 'Enter a complete date, day, month and year, such as 1 July 2018.',
  'out-of-range': `Enter a year between ${MIN_YEAR} and ${MAX_YEAR}.`,
  reversed: 'The “From” date must be on or before the “To” date. The timeline was not moved.',
};
