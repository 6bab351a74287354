/**
 * The date resolver: finds the date clues of a passage with chrono-node (preferring the past) and a few
 * patterns of its own, and turns each into an honest interval against the publication window. When the
 * publication date is itself an interval, relative dates become intervals too: a clue is resolved against
 * both ends of the window and the two answers joined, so no day is ever invented.
 */
import * as chrono from 'chrono-node';
import type { ParsingResult } from 'chrono-node';
import type { ConfidenceT, DateIntervalT, PrecisionT } from './types';
import type { EndpointPrecisionCode } from '../data/vocabulary';
import {
  addDays,
  contains,
  formatDay,
  formatWindow,
  hull,
  monthWindow,
  MONTHS,
  nthWeekday,
  precisionOfWidth,
  weekWindow,
  yearWindow,
  ymd,
  type DayWindow,
} from './calendar';
import { dayOf, movedFrom, parsePast } from './pastRefiner';

export type DateMethod = DateIntervalT['derivation']['method'];

export interface DateClue {
  /** Offset of the clue in the passage. */
  index: number;
  /** The clue, verbatim. */
  text: string;
  window: DayWindow;
  precision: PrecisionT;
  startPrecision?: EndpointPrecisionCode;
  endPrecision?: EndpointPrecisionCode;
  method: DateMethod;
  confidence: ConfidenceT;
  /** True when the clue has a year of its own (an explicit date). */
  explicit: boolean;
  /** True when the clue places the happening after the publication ("next week", "by May"). */
  planned: boolean;
  approximate: boolean;
  note: string;
}

export interface ResolveOptions {
  /** Text around the passage (the sentence before it) that may name a year for a yearless month. */
  context?: string;
  /** True when the reference window is itself a judgement (an inferred publication date). */
  referenceInferred?: boolean;
  /** True to read clues forward (the passage announces something planned). */
  planned?: boolean;
}

const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const NUM: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

export const PLANNED_CUE = new RegExp(
  `\\b(will|shall|next (week|month|year)|by ${MONTH_RE}|upcoming|(is|are|was|were) (due|expected|scheduled|set|going|supposed) to|plans? to|planned to|would (fly|travel|visit|go|arrive|begin|start|withdraw all))\\b`,
  'i',
);

/** A planned happening told in the past ("was supposed to begin in March") is read backwards, like a report. */
const PAST_PLAN = /\b(was|were) (due|expected|scheduled|set|going|supposed) to\b/i;

/** "a week after", "days after": the passage counts back from a happening dated to the publication. */
const OFFSET_RE =
  /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+)?(hours?|days?|weeks?|months?|years?)\s+after\b/gi;
const HOLIDAY_RE = /\b(Thanksgiving|Christmas Eve|Christmas|New Year['’]s (?:Eve|Day)|Independence Day)\b/g;
const OWN_MONTH_RE = new RegExp(
  `\\b([Bb]y|[Uu]ntil|[Bb]efore|[Ii]n|[Ss]ince|[Dd]uring|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id-)\\s*${MONTH_RE}(?:\\s+(this|next|last)\\s+year|,?\\s+(\\d{4}))?\\b`,
  'g',
);
/** "the anniversary of the February deal": the month names the earlier happening, not this one. */
export const ANNIVERSARY_RE = new RegExp(
  `\\b(?:(first|second|third|fourth|fifth|tenth|\\d+(?:st|nd|rd|th))\\s+|annual\\s+)?anniversary\\s+of\\s+(?:the\\s+)?(?:${MONTH_RE}\\b)?`,
  'gi',
);
/** "said earlier that", "had earlier tweeted": before the publication, by an unstated time. */
const EARLIER_RE = /\b(?:said|says|had|has|have|was|were|announced|tweeted|reported|told|stated)\s+earlier\b/gi;
export const EARLIER_DAYS = 365;
const DURATION_RE =
  /^(for|within|over|during|the past|the last)\b|^(in\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(hours?|days?|weeks?|months?|years?)$/i;

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.toLowerCase()) + 1;
}

function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/** The month window of `m` nearest to a known day (chrono's rule, with the known day as reference). */
function nearestMonth(m: number, near: string): DayWindow {
  const y = yearOf(near);
  const options = [y - 1, y, y + 1].map((yy) => monthWindow(yy, m));
  const dist = (w: DayWindow) => Math.abs(Date.parse(w.earliest) - Date.parse(near));
  return options.sort((a, b) => dist(a) - dist(b))[0]!;
}

/** The most recent month `m` that starts on or before the reference day (or, planned, the next one from it). */
function monthFrom(m: number, refDay: string, forward: boolean): DayWindow {
  const y = yearOf(refDay);
  if (forward) return monthWindow(monthWindow(y, m).latest < refDay ? y + 1 : y, m);
  return monthWindow(monthWindow(y, m).earliest > refDay ? y - 1 : y, m);
}

function holiday(name: string, y: number): string {
  const n = name.toLowerCase();
  if (n === 'thanksgiving') return nthWeekday(y, 11, 4, 4);
  if (n === 'christmas eve') return ymd(y, 12, 24);
  if (n === 'christmas') return ymd(y, 12, 25);
  if (n.startsWith('new year') && n.endsWith('eve')) return ymd(y, 12, 31);
  if (n.startsWith('new year')) return ymd(y, 1, 1);
  return ymd(y, 7, 4);
}

function lastHoliday(name: string, refDay: string): string {
  const y = yearOf(refDay);
  const d = holiday(name, y);
  return d <= refDay ? d : holiday(name, y - 1);
}

/** A month-year named in a text ("October 2019"), the last one if several. */
function contextMonth(text: string | undefined): { day: string; text: string } | null {
  if (!text) return null;
  const re = new RegExp(`${MONTH_RE}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,)?\\s+(\\d{4})`, 'g');
  let last: { day: string; text: string } | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) last = { day: ymd(Number(m[2]), monthIndex(m[1]!), 1), text: m[0] };
  return last;
}

function offsetWindow(ref: DayWindow, n: number, unit: string, vague: boolean): DayWindow {
  const u = unit.toLowerCase().replace(/s$/, '');
  if (u === 'hour') return { earliest: addDays(ref.earliest, -1), latest: ref.latest };
  if (u === 'day')
    return vague
      ? { earliest: addDays(ref.earliest, -10), latest: addDays(ref.latest, -2) }
      : { earliest: addDays(ref.earliest, -n), latest: addDays(ref.latest, -n) };
  if (u === 'week')
    return vague
      ? { earliest: addDays(ref.earliest, -7 * 8), latest: addDays(ref.latest, -10) }
      : { earliest: addDays(ref.earliest, -7 * n - 3), latest: addDays(ref.latest, -7 * n + 3) };
  if (u === 'month')
    return vague
      ? { earliest: addDays(ref.earliest, -365), latest: addDays(ref.latest, -45) }
      : { earliest: addDays(ref.earliest, -31 * n - 15), latest: addDays(ref.latest, -28 * n + 15) };
  return vague
    ? { earliest: addDays(ref.earliest, -365 * 10), latest: addDays(ref.latest, -365) }
    : { earliest: addDays(ref.earliest, -366 * n - 183), latest: addDays(ref.latest, -365 * n + 183) };
}

function unitWindow(r: ParsingResult): { window: DayWindow; unit: EndpointPrecisionCode } {
  const day = dayOf(r);
  const s = r.start;
  if (/\bweek\b/i.test(r.text)) return { window: weekWindow(day), unit: 'week' };
  if (s.isCertain('day') || s.isOnlyWeekdayComponent() || s.isCertain('weekday'))
    return { window: { earliest: day, latest: day }, unit: 'day' };
  if (s.isCertain('month') || /\bmonth\b/i.test(r.text))
    return { window: monthWindow(yearOf(day), Number(day.slice(5, 7))), unit: 'month' };
  if (s.isCertain('year') || /\byear\b/i.test(r.text)) return { window: yearWindow(yearOf(day)), unit: 'year' };
  return { window: { earliest: day, latest: day }, unit: 'day' };
}

const overlapsAny = (at: number, len: number, taken: readonly [number, number][]) =>
  taken.some(([a, b]) => at < b && a < at + len);

function refText(ref: DayWindow): string {
  return ref.earliest === ref.latest
    ? `published ${formatDay(ref.earliest)}`
    : `published between ${formatWindow(ref)}`;
}

const memo = new Map<string, DateClue[]>();
const MEMO_SIZE = 4000;

/** Every date clue of a passage, resolved against the publication window (memoised: drafting asks often). */
export function findDateClues(text: string, ref: DayWindow, opts: ResolveOptions = {}): DateClue[] {
  const key = JSON.stringify([
    text,
    ref.earliest,
    ref.latest,
    opts.context ?? '',
    opts.referenceInferred === true,
    opts.planned === true,
  ]);
  const hit = memo.get(key);
  if (hit) return hit.map((c) => ({ ...c, window: { ...c.window } }));
  const out = computeDateClues(text, ref, opts);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(key, out);
  return out.map((c) => ({ ...c, window: { ...c.window } }));
}

function computeDateClues(text: string, ref: DayWindow, opts: ResolveOptions): DateClue[] {
  const out: DateClue[] = [];
  const taken: [number, number][] = [];
  const forward = opts.planned === true;
  const inferredRef = opts.referenceInferred === true || ref.earliest !== ref.latest;

  for (const m of text.matchAll(OFFSET_RE)) {
    const count = m[1]?.toLowerCase();
    const vague = count === undefined || count === 'a few' || count === 'several';
    const n = vague ? 0 : (NUM[count] ?? Number(count));
    const window = offsetWindow(ref, n, m[2]!, vague);
    out.push({
      index: m.index,
      text: m[0],
      window,
      precision: precisionOfWidth(window),
      method: 'inferred-from-context',
      confidence: vague ? 'low' : 'medium',
      explicit: false,
      planned: false,
      approximate: true,
      note: `“${m[0]}”: the happening after “after” comes that long before the one the sentence reports, which is dated to the publication window (${refText(ref)}); counted back from it${vague ? ', with a wide margin because the text gives no number' : ''}.`,
    });
    taken.push([m.index, m.index + m[0].length]);
  }

  for (const m of text.matchAll(ANNIVERSARY_RE)) taken.push([m.index, m.index + m[0].length]);

  for (const m of text.matchAll(EARLIER_RE)) {
    const window = { earliest: addDays(ref.earliest, -EARLIER_DAYS), latest: ref.latest };
    out.push({
      index: m.index,
      text: m[0],
      window,
      precision: precisionOfWidth(window),
      method: 'relative-to-publication',
      confidence: 'low',
      explicit: false,
      planned: false,
      approximate: true,
      note: `“${m[0]}”: before the publication (${refText(ref)}), by an unstated time; the window reaches back ${EARLIER_DAYS} days before it (a judgement, not a bound the text gives).`,
    });
    taken.push([m.index, m.index + m[0].length]);
  }

  for (const m of text.matchAll(HOLIDAY_RE)) {
    const a = lastHoliday(m[1]!, ref.earliest);
    const b = lastHoliday(m[1]!, ref.latest);
    const window = hull({ earliest: a, latest: a }, { earliest: b, latest: b });
    out.push({
      index: m.index,
      text: m[0],
      window,
      precision: precisionOfWidth(window),
      method: 'inferred-from-context',
      confidence: 'medium',
      explicit: false,
      planned: false,
      approximate: inferredRef,
      note: `“${m[0]}” read as the last one on or before the publication (${refText(ref)}): ${formatWindow(window)}. The holiday's day is a calendar rule, not a reported fact.`,
    });
    taken.push([m.index, m.index + m[0].length]);
  }

  for (const m of text.matchAll(OWN_MONTH_RE)) {
    const at = m.index + m[0].length - m[0].replace(/^\S+\s*/, '').length;
    if (overlapsAny(at, m[0].length, taken)) continue;
    const prep = m[1]!.toLowerCase();
    const month = monthIndex(m[2]!);
    const rel = m[3]?.toLowerCase();
    const year = m[4] ? Number(m[4]) : undefined;
    const isPlanned = forward || prep === 'by' || prep === 'until' || rel === 'next';
    let window: DayWindow;
    let method: DateMethod = 'relative-to-publication';
    let confidence: ConfidenceT = 'medium';
    let note: string;
    if (year !== undefined) {
      window = monthWindow(year, month);
      method = 'explicit';
      confidence = 'high';
      note = `The text names the month and year: “${m[0]}”.`;
    } else if (rel !== undefined) {
      const shift = rel === 'next' ? 1 : rel === 'last' ? -1 : 0;
      const a = monthWindow(yearOf(ref.earliest) + shift, month);
      const b = monthWindow(yearOf(ref.latest) + shift, month);
      window = hull(a, b);
      note = `“${m[0]}” counted from the publication year (${refText(ref)}).`;
    } else {
      const known = contextMonth(opts.context ?? '') ?? contextMonth(text.replace(m[0], ''));
      const fromRef = hull(monthFrom(month, ref.earliest, isPlanned), monthFrom(month, ref.latest, isPlanned));
      if (known && !isPlanned) {
        window = nearestMonth(month, known.day);
        method = 'inferred-from-context';
        note = `“${m[0]}” has no year; the passage names “${known.text}”, and the nearest ${m[2]} to it is ${window.earliest.slice(0, 7)}${contains(fromRef, window) ? ', which agrees with the publication window' : `; read from the publication window alone it would be ${formatWindow(fromRef)}`}.`;
      } else {
        window = fromRef;
        note = isPlanned
          ? `“${m[0]}” has no year; read as the next ${m[2]} from the publication (${refText(ref)}).`
          : `“${m[0]}” has no year; read as the last ${m[2]} on or before the publication (${refText(ref)}).`;
        confidence = inferredRef ? 'low' : 'medium';
      }
    }
    const since = prep === 'since';
    if (since) {
      out.push({
        index: m.index,
        text: m[0],
        window: { earliest: window.earliest, latest: ref.latest },
        precision: 'span',
        startPrecision: 'month',
        endPrecision: precisionOfWidth(ref),
        method,
        confidence,
        explicit: year !== undefined,
        planned: false,
        approximate: false,
        note: `${note} “Since” makes it a span from then to the publication.`,
      });
    } else {
      out.push({
        index: at,
        text: m[0].slice(at - m.index),
        window,
        precision: precisionOfWidth(window),
        method,
        confidence,
        explicit: year !== undefined,
        planned: isPlanned,
        approximate: method !== 'explicit',
        note,
      });
    }
    taken.push([m.index, m.index + m[0].length]);
  }

  const parse = (day: string) =>
    forward
      ? (chrono.casual.parse(
          text,
          { instant: new Date(`${day}T12:00:00Z`), timezone: 0 },
          { forwardDate: true },
        ) as ParsingResult[])
      : parsePast(text, day);
  const atA = parse(ref.earliest);
  const atB = parse(ref.latest);
  for (const a of atA) {
    if (overlapsAny(a.index, a.text.length, taken)) continue;
    if (
      DURATION_RE.test(a.text.trim()) ||
      /\b(for|the past|the last)\s+$/i.test(text.slice(Math.max(0, a.index - 12), a.index))
    )
      continue;
    if (/^\d{1,2}$/.test(a.text.trim())) continue;
    const b = atB.find((r) => r.index === a.index && r.text === a.text) ?? a;
    const ua = unitWindow(a);
    const ub = unitWindow(b);
    const window = hull(ua.window, ub.window);
    const yearKnown = a.start.isCertain('year');
    const relative = !yearKnown || /\b(last|next|this|ago|today|yesterday|tomorrow|tonight)\b/i.test(a.text);
    const since = /\bsince\s+$/i.test(text.slice(Math.max(0, a.index - 7), a.index));
    const moved = [movedFrom(a), movedFrom(b)].filter((x): x is string => x !== null);
    const isPlanned =
      forward ||
      /^next\b/i.test(a.text) ||
      /\b(next|coming|until|by)\s+$/i.test(text.slice(Math.max(0, a.index - 8), a.index));
    const method: DateMethod = relative ? 'relative-to-publication' : 'explicit';
    const sameDay = ref.earliest === ref.latest;
    const confidence: ConfidenceT =
      method === 'explicit'
        ? 'high'
        : sameDay && !inferredRef
          ? 'high'
          : ua.unit === 'day' && window.earliest === window.latest
            ? 'medium'
            : 'low';
    let note =
      method === 'explicit'
        ? `The text gives the date: “${a.text}”.`
        : `“${a.text}” counted from the publication (${refText(ref)}): ${formatWindow(window)}.`;
    if (!sameDay && method !== 'explicit')
      note += ` Resolved against both ends of the publication window and joined, so no day is invented.`;
    if (moved.length > 0) {
      note += ` chrono-node read it as ${[...new Set(moved)].map(formatDay).join(' / ')}, after the reference; the past-preference refiner moved it back (news reports what has happened).`;
    }
    const after =
      /\bafter\s+(the\s+)?$/i.test(text.slice(Math.max(0, a.index - 10), a.index)) &&
      /\S/.test(text.slice(0, Math.max(0, a.index - 10)));
    if (after && !relative) {
      const from = addDays(window.latest, 1);
      const w = { earliest: from, latest: ref.latest < from ? from : ref.latest };
      const head = /\bafter\s+(the\s+)?$/i.exec(text.slice(0, a.index))!;
      out.push({
        index: head.index,
        text: text.slice(head.index, a.index + a.text.length),
        window: w,
        precision: precisionOfWidth(w),
        method: 'relative-to-publication',
        confidence: 'low',
        explicit: false,
        planned: false,
        approximate: true,
        note: `The passage happened after “${a.text}” (${formatWindow(window)}) and by the publication (${refText(ref)}); the text gives no closer bound.`,
      });
      continue;
    }
    if (since) {
      out.push({
        index: a.index,
        text: a.text,
        window: { earliest: window.earliest, latest: ref.latest },
        precision: 'span',
        startPrecision: ua.unit,
        endPrecision: precisionOfWidth(ref),
        method,
        confidence,
        explicit: yearKnown,
        planned: false,
        approximate: false,
        note: `${note} “Since” makes it a span from then to the publication.`,
      });
    } else {
      out.push({
        index: a.index,
        text: a.text,
        window,
        precision: precisionOfWidth(window),
        method,
        confidence,
        explicit: yearKnown && !relative,
        planned: isPlanned,
        approximate: method !== 'explicit' && (inferredRef || window.earliest !== window.latest),
        note,
      });
    }
  }
  return out.sort((x, y) => x.index - y.index);
}

export interface ResolvedPassage {
  date: DateIntervalT;
  planned: boolean;
  /** The clue the date rests on, if any (null: dated to the publication window). */
  clue: DateClue | null;
  /** The window the publication-window clip had to cross (the clue resolves after publication). */
  afterPublication: boolean;
}

/** The first words of a passage, verbatim: the clue of a passage dated by its publication alone. */
export function leadWords(text: string, n = 8): string {
  const m = new RegExp(`^\\S+(?:\\s+\\S+){0,${n - 1}}`).exec(text.trim());
  return (m ? m[0] : text.trim()).replace(/[,;:]+$/, '');
}

/** Dates one passage (a sentence or clause): its first clue, or the publication window when it has none. */
export function resolvePassage(
  text: string,
  ref: DayWindow,
  articleId: string,
  opts: Omit<ResolveOptions, 'planned'> = {},
): ResolvedPassage {
  const planned = PLANNED_CUE.test(text);
  const forward = planned && (/\bwill\b/i.test(text) || !PAST_PLAN.test(text));
  const clues = findDateClues(text, ref, { ...opts, planned: forward });
  const clue = clues.find((c) => !c.planned || planned) ?? clues[0] ?? null;
  if (!clue) {
    const cue = PLANNED_CUE.exec(text)?.[0];
    return {
      planned,
      clue: null,
      afterPublication: false,
      date: {
        earliest: ref.earliest,
        latest: ref.latest,
        precision: precisionOfWidth(ref),
        approximate: true,
        derivation: {
          method: 'relative-to-publication',
          clue: cue ?? leadWords(text),
          articleId,
          confidence: 'low',
          note: planned
            ? `No date clue of its own; “${cue}” announces it, so it is planned, dated for now to the publication window (${refText(ref)}) and marked approximate.`
            : `No date clue of its own: dated to the publication window (${refText(ref)}) and marked approximate.`,
        },
      },
    };
  }
  const isPlanned = planned || clue.planned;
  const earliest = clue.window.earliest;
  let latest = clue.window.latest;
  let note = clue.note;
  let afterPublication = false;
  if (!isPlanned && latest > ref.latest) {
    if (earliest > ref.latest) afterPublication = true;
    else {
      latest = ref.latest;
      note += ` Ended at the publication (${ref.latest}): what is reported as done happened by then.`;
    }
  }
  const window = { earliest, latest };
  const precision = clue.precision === 'span' ? 'span' : precisionOfWidth(window);
  const date: DateIntervalT = {
    earliest,
    latest,
    precision,
    approximate: clue.approximate,
    derivation: { method: clue.method, clue: clue.text, articleId, confidence: clue.confidence, note },
  };
  if (clue.precision === 'span' && clue.startPrecision) {
    date.startPrecision = clue.startPrecision;
    date.endPrecision = clue.endPrecision ?? 'day';
  }
  return { date, planned: isPlanned, clue, afterPublication };
}
