/** Calendar arithmetic on UTC days written YYYY-MM-DD; pure, no clock. */
import { dayToMs, msToDay, DAY_MS } from '../lib/days';
import type { EndpointPrecisionCode } from '../data/vocabulary';
import { windowPrecision } from '../data/datePrecision';

export interface DayWindow {
  earliest: string;
  latest: string;
}

export const MONTHS = [
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
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function addDays(day: string, n: number): string {
  return msToDay(dayToMs(day) + n * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return new Date(dayToMs(day)).getUTCDay();
}

export function ymd(y: number, m: number, d: number): string {
  return msToDay(Date.UTC(y, m - 1, d));
}

export function monthWindow(y: number, m: number): DayWindow {
  return { earliest: ymd(y, m, 1), latest: msToDay(Date.UTC(y, m, 0)) };
}

export function yearWindow(y: number): DayWindow {
  return { earliest: ymd(y, 1, 1), latest: ymd(y, 12, 31) };
}

/** The Monday–Sunday week containing a day. */
export function weekWindow(day: string): DayWindow {
  const back = (weekdayOf(day) + 6) % 7;
  const monday = addDays(day, -back);
  return { earliest: monday, latest: addDays(monday, 6) };
}

export function daysBetween(a: string, b: string): number {
  return Math.round((dayToMs(b) - dayToMs(a)) / DAY_MS);
}

export function hull(a: DayWindow, b: DayWindow): DayWindow {
  return {
    earliest: a.earliest < b.earliest ? a.earliest : b.earliest,
    latest: a.latest > b.latest ? a.latest : b.latest,
  };
}

export function contains(outer: DayWindow, inner: DayWindow): boolean {
  return outer.earliest <= inner.earliest && inner.latest <= outer.latest;
}

/** The precision an instant's window calls for (the app's rule, data/datePrecision): day, week, month, else year. */
export function precisionOfWidth(w: DayWindow): EndpointPrecisionCode {
  return windowPrecision(w.earliest, w.latest);
}

/** The n-th (1-based) given weekday of a month, e.g. the fourth Thursday of November. */
export function nthWeekday(y: number, m: number, weekday: number, n: number): string {
  const first = ymd(y, m, 1);
  const shift = (weekday - weekdayOf(first) + 7) % 7;
  return addDays(first, shift + (n - 1) * 7);
}

export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wd = WEEKDAYS[weekdayOf(day)]!;
  return `${wd[0]!.toUpperCase()}${wd.slice(1, 3)} ${d} ${MONTHS[m - 1]!.slice(0, 1).toUpperCase()}${MONTHS[m - 1]!.slice(1, 3)} ${y}`;
}

export function formatWindow(w: DayWindow): string {
  return w.earliest === w.latest ? formatDay(w.earliest) : `${formatDay(w.earliest)} – ${formatDay(w.latest)}`;
}
