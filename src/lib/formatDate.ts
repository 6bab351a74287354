import type { EndpointPrecisionCode, PrecisionCode } from './precision';
import { windowDays } from './days';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Parts {
  y: number;
  m: number;
  d: number;
}

function parts(day: string): Parts {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

function dayText(p: Parts, withYear = true, names = MONTHS): string {
  return `${p.d} ${names[p.m - 1]}${withYear ? ` ${p.y}` : ''}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const isMonthStart = (p: Parts) => p.d === 1;
const isMonthEnd = (p: Parts) => p.d === daysInMonth(p.y, p.m);

/** A day range in words: "4 May 2019", "3–4 May 2019", "29 April – 4 May 2019"; `short` names months "Dec", "Jan". */
export function formatDayRange(earliest: string, latest: string, short = false): string {
  const names = short ? MONTHS_SHORT : MONTHS;
  const a = parts(earliest);
  const b = parts(latest);
  if (earliest === latest) return dayText(a, true, names);
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${names[a.m - 1]} ${a.y}`;
  if (a.y === b.y) return `${dayText(a, false, names)} – ${dayText(b, true, names)}`;
  return `${dayText(a, true, names)} – ${dayText(b, true, names)}`;
}

/** "3 and 4 May 2019", "29 April and 4 May 2019": the two ends of a window, for "between … and …". */
function betweenDays(earliest: string, latest: string): string {
  const a = parts(earliest);
  const b = parts(latest);
  if (a.y === b.y && a.m === b.m) return `${a.d} and ${dayText(b)}`;
  return `${dayText(a, a.y !== b.y)} and ${dayText(b)}`;
}

/** What the interval is, read from its ends alone (never from the `precision` label). */
type Shape =
  { kind: 'day' } | { kind: 'month' } | { kind: 'year' } | { kind: 'months' } | { kind: 'years' } | { kind: 'days' };

function shape(earliest: string, latest: string): Shape {
  const a = parts(earliest);
  const b = parts(latest);
  if (earliest === latest) return { kind: 'day' };
  if (isMonthStart(a) && isMonthEnd(b)) {
    const wholeYears = a.m === 1 && b.m === 12;
    if (wholeYears) return a.y === b.y ? { kind: 'year' } : { kind: 'years' };
    return a.y === b.y && a.m === b.m ? { kind: 'month' } : { kind: 'months' };
  }
  return { kind: 'days' };
}

function monthText(p: Parts, withYear = true): string {
  return `${MONTHS[p.m - 1]}${withYear ? ` ${p.y}` : ''}`;
}

/** One end of a span at its own precision: "12 September 2001", "the week of 2 December 2019", "September 2018", "2001". */
function endText(day: string, precision: EndpointPrecisionCode): string {
  const p = parts(day);
  switch (precision) {
    case 'day':
      return dayText(p);
    case 'week':
      return `the week of ${dayText(p)}`;
    case 'month':
      return monthText(p);
    case 'year':
      return String(p.y);
  }
}

/** The width of a window in words: "9 days", "about 3 months", "about 15 months", "about 6 years". */
function widthWords(days: number): string {
  if (days <= 62) return `${days} days`;
  const months = Math.round(days / 30.44);
  if (months < 36) return `about ${months} months`;
  return `about ${Math.round(days / 365.25)} years`;
}

/** The interval fields the words depend on (a dataset's DateIntervalT fits); an article's publication date fits too. */
export interface DateLike {
  /** First and last possible day (YYYY-MM-DD), inclusive. */
  earliest: string;
  latest: string;
  precision: PrecisionCode;
  approximate?: boolean;
  /** For a span: how precisely each end is known. */
  startPrecision?: EndpointPrecisionCode;
  endPrecision?: EndpointPrecisionCode;
  /** The part of an uncertain window the evidence points to. */
  likeliest?: { earliest: string; latest: string };
}

export interface DateWords {
  /** The sentence for the event card: "4 May 2019", "some day between 1 October 2018 and 17 January 2020", "lasted from September 2018 to June 2019". */
  long: string;
  /** The short form for list rows, tooltips and announcements: "4 May 2019", "May 2019", "1 Oct 2018 – 17 Jan 2020 (date uncertain)". */
  short: string;
  /** How precisely it is known, in words: "known to the day", "date uncertain: a window of 9 days", "lasted: start known to the month, end to the month". */
  precision: string;
  /** True for an instant whose window is not one day, one calendar month or one calendar year. */
  uncertain: boolean;
  /** True for a duration (precision span): it lasted from … to …, rather than happened some time in the window. */
  lasted: boolean;
}

/**
 * The one source of the words for a date. They follow from the interval itself, never from its precision label:
 * an instant known to one day, month or year is written as that day, month or year; any other window is "some day
 * between … and …" (and "date uncertain" in the short form); a span (something that lasted) is "lasted from … to …",
 * each end at its own precision (`startPrecision`/`endPrecision`, else to the day). Approximate dates get "about";
 * the likeliest part of a window is named only where the data gives one.
 */
export function dateWords(d: DateLike): DateWords {
  const about = d.approximate ? 'about ' : '';
  const a = parts(d.earliest);
  const b = parts(d.latest);
  const s = shape(d.earliest, d.latest);
  const width = widthWords(windowDays(d.earliest, d.latest));

  if (d.precision === 'span' && s.kind !== 'day') {
    const sp = d.startPrecision ?? 'day';
    const ep = d.endPrecision ?? 'day';
    const from = endText(d.earliest, sp);
    const to = endText(d.latest, ep);
    // A span over one whole month or year reads "throughout 2019", not "from 2019 to 2019".
    const words = from === to ? `lasted throughout ${about}${from}` : `lasted from ${about}${from} to ${to}`;
    const ends = sp === ep ? `start and end known to the ${sp}` : `start known to the ${sp}, end to the ${ep}`;
    return { long: words, short: words, precision: `lasted: ${ends}`, uncertain: false, lasted: true };
  }

  const likely = d.likeliest
    ? `; most likely ${d.likeliest.earliest === d.likeliest.latest ? dayText(parts(d.likeliest.earliest)) : formatDayRange(d.likeliest.earliest, d.likeliest.latest)}`
    : '';
  switch (s.kind) {
    case 'day':
      return {
        long: `${about}${dayText(a)}`,
        short: `${about}${dayText(a)}`,
        precision: 'known to the day',
        uncertain: false,
        lasted: false,
      };
    case 'month':
      return {
        long: `${d.approximate ? 'about' : 'some time in'} ${monthText(a)}${likely}`,
        short: `${about}${monthText(a)}`,
        precision: 'known to the month',
        uncertain: false,
        lasted: false,
      };
    case 'year':
      return {
        long: `${d.approximate ? 'about' : 'some time in'} ${a.y}${likely}`,
        short: `${about}${a.y}`,
        precision: 'known to the year',
        uncertain: false,
        lasted: false,
      };
    case 'months': {
      const range = `${monthText(a, a.y !== b.y)} and ${monthText(b)}`;
      return {
        long: `some time between ${about}${range}${likely}`,
        short: `${about}${monthText(a, a.y !== b.y)} – ${monthText(b)} (date uncertain)`,
        precision: `date uncertain: a window of ${width}`,
        uncertain: true,
        lasted: false,
      };
    }
    case 'years': {
      return {
        long: `some time between ${about}${a.y} and ${b.y}${likely}`,
        short: `${about}${a.y} – ${b.y} (date uncertain)`,
        precision: `date uncertain: a window of ${width}`,
        uncertain: true,
        lasted: false,
      };
    }
    case 'days':
      return {
        long: `some day between ${about}${betweenDays(d.earliest, d.latest)}${likely}`,
        // Short month names keep a window on one line of a list row or a tooltip.
        short: `${about}${formatDayRange(d.earliest, d.latest, true)} (date uncertain)`,
        precision: `date uncertain: a window of ${width}`,
        uncertain: true,
        lasted: false,
      };
  }
}

/** The short words of a date (see dateWords); kept for callers that hold the fields apart. */
export function formatInterval(
  earliest: string,
  latest: string,
  precision: PrecisionCode,
  approximate = false,
): string {
  return dateWords({ earliest, latest, precision, approximate }).short;
}
