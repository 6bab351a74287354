/**
 * Window edges in a link, written at the coarsest precision that reads back exactly:
 * `2019-05` (a month), `2019-05-04` (a day), or an instant `2019-05-04T13:30Z`; `2019` (a year) is also read.
 * `from` names the first unit shown; `to` names the last unit shown (inclusive), so
 * `from=2019&to=2019` is the whole of 2019. An instant is always the exact edge.
 */
import { DAY_MS } from '../lib/days';

/** Earliest and latest (exclusive) instants a link can name: four-digit years. */
export const MIN_EDGE = Date.UTC(1000, 0, 1);
export const MAX_EDGE = Date.UTC(10000, 0, 1);

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?Z$/;

type Unit = 'year' | 'month' | 'day' | 'instant';

interface Parsed {
  unit: Unit;
  start: number;
}

function utc(y: number, m = 0, d = 1, h = 0, min = 0, s = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m, d);
  date.setUTCHours(h, min, s, ms);
  return date.getTime();
}

function parse(text: string): Parsed | null {
  let m = YEAR.exec(text);
  if (m) {
    const y = Number(m[1]);
    return y >= 1000 ? { unit: 'year', start: utc(y) } : null;
  }
  m = MONTH.exec(text);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return y >= 1000 && mo >= 1 && mo <= 12 ? { unit: 'month', start: utc(y, mo - 1) } : null;
  }
  m = DAY_PARTS.exec(text) ?? INSTANT.exec(text);
  if (!m) return null;
  const [y, mo, d, h, min, s, ms] = Array.from({ length: 7 }, (_, k) => Number(m[k + 1] ?? 0));
  const t = utc(y!, mo! - 1, d!, h!, min!, s!, ms!);
  const back = new Date(t);
  // Reject days and times that the calendar rolled over (2019-02-30, 24:00).
  const exact =
    y! >= 1000 &&
    back.getUTCFullYear() === y &&
    back.getUTCMonth() === mo! - 1 &&
    back.getUTCDate() === d &&
    back.getUTCHours() === h &&
    back.getUTCMinutes() === min &&
    back.getUTCSeconds() === s;
  if (!exact) return null;
  return { unit: text.includes('T') ? 'instant' : 'day', start: t };
}

function next(p: Parsed): number {
  const d = new Date(p.start);
  if (p.unit === 'year') return utc(d.getUTCFullYear() + 1);
  if (p.unit === 'month') return utc(d.getUTCFullYear(), d.getUTCMonth() + 1);
  if (p.unit === 'day') return utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
  return p.start;
}

/** The instant a `from` value starts at, or null when it is not a date Envoy can read. */
export function parseFrom(text: string): number | null {
  return parse(text)?.start ?? null;
}

/** The exclusive end instant a `to` value names (the end of its day, month or year), or null. */
export function parseTo(text: string): number | null {
  const p = parse(text);
  return p ? next(p) : null;
}

type Written = Exclude<Unit, 'year'>;

function unitOf(t: number): Written {
  const d = new Date(t);
  if (d.getUTCHours() || d.getUTCMinutes() || d.getUTCSeconds() || d.getUTCMilliseconds()) return 'instant';
  // Years are read but written as months: `to=2019-12` is plainer than `to=2019`.
  return d.getUTCDate() !== 1 ? 'day' : 'month';
}

function write(t: number, unit: Written): string {
  const iso = new Date(t).toISOString();
  if (unit === 'month') return iso.slice(0, 7);
  if (unit === 'day') return iso.slice(0, 10);
  const secs = iso.slice(17, 23); // "SS.sss"
  if (secs === '00.000') return `${iso.slice(0, 16)}Z`;
  if (secs.endsWith('.000')) return `${iso.slice(0, 19)}Z`;
  return iso;
}

/** Writes a window start; parseFrom reads it back exactly. */
export function formatFrom(t: number): string {
  return write(t, unitOf(t));
}

/** Writes an exclusive window end as the last unit it includes; parseTo reads it back exactly. */
export function formatTo(t: number): string {
  const unit = unitOf(t);
  if (unit === 'instant') return write(t, unit);
  const d = new Date(t);
  if (unit === 'month') return write(utc(d.getUTCFullYear(), d.getUTCMonth() - 1), 'month');
  return write(t - DAY_MS, 'day');
}
