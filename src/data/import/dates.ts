import { DAY_MS } from '../../lib/days';

/** A date read from a cell: its first and last possible day (UTC ms at midnight, last inclusive) and how precise it is. */
export interface ReadDate {
  first: number;
  last: number;
  precision: 'day' | 'month' | 'year';
  /** How the text was read, when that took a choice ("read as day/month/year"); for the derivation note. */
  reading?: string;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** UTC midnight of a calendar day, or NaN when the day does not exist (31 April). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function utcDay(y: number, m: number, d: number): number {
  if (!(m >= 1 && m <= 12 && d >= 1 && y >= 1 && y <= 9999)) return NaN;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (d > (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!)) return NaN;
  if (y >= 100) return Date.UTC(y, m - 1, d);
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear puts them back.
  const t = new Date(Date.UTC(2000, m - 1, d));
  return t.setUTCFullYear(y);
}

export function monthOf(y: number, m: number): ReadDate | null {
  const first = utcDay(y, m, 1);
  if (Number.isNaN(first)) return null;
  const next = m === 12 ? utcDay(y + 1, 1, 1) : utcDay(y, m + 1, 1);
  return { first, last: next - DAY_MS, precision: 'month' };
}

export function yearOf(y: number): ReadDate | null {
  const first = utcDay(y, 1, 1);
  if (Number.isNaN(first)) return null;
  return { first, last: utcDay(y, 12, 31), precision: 'year' };
}

function day(y: number, m: number, d: number, reading?: string): ReadDate | null {
  const t = utcDay(y, m, d);
  if (Number.isNaN(t)) return null;
  return reading ? { first: t, last: t, precision: 'day', reading } : { first: t, last: t, precision: 'day' };
}

/** The number written by text[from..to), or -1 unless it is all ASCII digits. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;
const YEAR = /^(\d{4})$/;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const NUMERIC_DMY = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/;
const D_MONTH_Y = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4})$/;
const MONTH_D_Y = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const MONTH_Y = /^([a-z]+)\.?,?[\s-]+(\d{4})$/;

/**
 * Reads a date as people and exports write it: 2020-03-15, 15 March 2020, 15-Mar-2020, March 15, 2020,
 * 2020-03 or March 2020 (a month), 2020 (a year), 15/03/2020. Returns null for anything else.
 * Numbers with slashes are read day first unless that cannot be (03/15/2020), and the reading says so.
 */
export function readDate(text: string): ReadDate | null {
  // Fast path for the commonest spelling, 2020-03-15: a million rows should not each run a regex.
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const y = digits(text, 0, 4);
    const m = digits(text, 5, 7);
    const d = digits(text, 8, 10);
    if (y >= 0 && m >= 0 && d >= 0) return day(y, m, d);
  }
  const s = text.trim().toLowerCase();
  if (s === '') return null;
  let m = ISO_DAY.exec(s) ?? YMD_SLASH.exec(s);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  if ((m = ISO_MONTH.exec(s))) return monthOf(+m[1]!, +m[2]!);
  if ((m = YEAR.exec(s))) return yearOf(+m[1]!);
  if ((m = NUMERIC_DMY.exec(s))) {
    const a = +m[1]!;
    const b = +m[3]!;
    const y = +m[4]!;
    if (b > 12 && a <= 12) return day(y, a, b, 'read as month/day/year, since the second number is over 12');
    return day(y, b, a, a <= 12 ? 'read as day/month/year' : undefined);
  }
  if ((m = D_MONTH_Y.exec(s))) {
    const month = MONTHS[m[2]!];
    return month ? day(+m[3]!, month, +m[1]!) : null;
  }
  if ((m = MONTH_D_Y.exec(s))) {
    const month = MONTHS[m[1]!];
    return month ? day(+m[3]!, month, +m[2]!) : null;
  }
  if ((m = MONTH_Y.exec(s))) {
    const month = MONTHS[m[1]!];
    return month ? monthOf(+m[2]!, month) : null;
  }
  return null;
}
