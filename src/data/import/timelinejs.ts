import type { EventT } from '../schema';
import { msToDay } from '../../lib/days';
import { PRECISION_CODES } from '../model';
import { monthOf, utcDay, yearOf, type ReadDate } from './dates';
import { htmlToText } from './htmlText';
import { cellOf, columnIndex, extraCells, type CsvImporter, type RowRead, type RowTheme } from './rowFormat';
import { onePerKey, rowDate, withPlaceAndExtra } from './rowEvent';
import { slugify } from './slug';

/*
 * The TimelineJS sheet template (Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date,
 * Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background). A date is as
 * precise as the parts filled in: a year, a month or a day. Group is the theme. Title and era slides are not events.
 */

export const TIMELINEJS_HEADER = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
];

const NO_GROUP: RowTheme = {
  id: 'events',
  label: 'Events',
  description: 'Slides of the TimelineJS sheet without a Group.',
};
const USED = new Set([
  'year',
  'month',
  'day',
  'end year',
  'end month',
  'end day',
  'headline',
  'text',
  'group',
  'unique_id',
]);

export function looksLikeTimelineJs(cols: ReadonlyMap<string, number>): boolean {
  return cols.has('year') && cols.has('headline');
}

function part(text: string): number | null {
  if (text === '') return null;
  return /^-?\d{1,4}$/.test(text) ? Number(text) : NaN;
}

/** A date from Year, Month and Day cells: as precise as the parts present. */
export function partsDate(y: string, m: string, d: string): ReadDate | string {
  const year = part(y);
  const month = part(m);
  const day = part(d);
  if (year === null) return 'is empty';
  if (Number.isNaN(year) || year < 1) return `'${y}' is not a year Envoy can show (years 1 to 9999)`;
  if (month === null) return yearOf(year) ?? `'${y}' is not a year`;
  if (Number.isNaN(month) || month < 1 || month > 12) return `'${m}' is not a month (1 to 12)`;
  if (day === null) return monthOf(year, month)!;
  const t = utcDay(year, month, Number.isNaN(day) ? 0 : day);
  if (Number.isNaN(t)) return `'${d}' is not a day of ${year}-${String(month).padStart(2, '0')}`;
  return { first: t, last: t, precision: 'day' };
}

/** The TimelineJS sheet importer for a file with this header. */
export function timelineJsImporter(header: readonly string[]): CsvImporter {
  const cols = columnIndex(header);
  const get = (name: string) => cellOf(cols, name);
  const [year, month, day, endYear, endMonth, endDay] = [
    'year',
    'month',
    'day',
    'end year',
    'end month',
    'end day',
  ].map(get) as ((c: readonly string[]) => string)[];
  const display = get('display date');
  const headline = get('headline');
  const text = get('text');
  const type = get('type');
  const group = get('group');
  const uniqueId = get('unique_id');
  const groupTheme = onePerKey((label): RowTheme => ({
    id: slugify(label),
    label,
    description: `The TimelineJS group "${label}".`,
  }));
  const themeOf = (label: string): RowTheme => (label === '' ? NO_GROUP : groupTheme(label));

  const dates = (
    cells: readonly string[],
  ): { column: string; message: string } | { start: ReadDate; end: ReadDate | null } => {
    const start = partsDate(year!(cells), month!(cells), day!(cells));
    if (typeof start === 'string') return { column: 'Year', message: start };
    if (endYear!(cells) === '') return { start, end: null };
    const end = partsDate(endYear!(cells), endMonth!(cells), endDay!(cells));
    if (typeof end === 'string') return { column: 'End Year', message: end };
    if (end.last < start.first) return { column: 'End Year', message: 'the end date is before the start date' };
    return { start, end };
  };

  const titleOf = (cells: readonly string[]) =>
    htmlToText(headline(cells)) || htmlToText(text(cells)).slice(0, 80) || display(cells) || 'Untitled slide';

  const read = (cells: readonly string[]): RowRead | { column: string; message: string } | null => {
    const kind = type(cells).toLowerCase();
    if (kind === 'title' || kind === 'era') return null;
    const d = dates(cells);
    if ('message' in d) return d;
    const { start, end } = d;
    const precision = end ? 'span' : start.precision;
    return {
      id: uniqueId(cells) ? slugify(uniqueId(cells)) : '',
      idBase: slugify(`${msToDay(start.first)} ${titleOf(cells)}`, 60),
      first: start.first,
      last: end ? end.last : start.last,
      precision: PRECISION_CODES.indexOf(precision),
      approximate: false,
      kind: 0,
      actors: [],
      themes: [themeOf(group(cells))],
      sourceCount: 0,
    };
  };

  const event = (cells: readonly string[], finalId: string): EventT => {
    const r = read(cells);
    if (r === null || 'message' in r) throw new Error(`TimelineJS row ${finalId} is not an event`);
    const d = dates(cells);
    const parts = [year!(cells), month!(cells), day!(cells)].filter(Boolean).join('-');
    const endParts = [endYear!(cells), endMonth!(cells), endDay!(cells)].filter(Boolean).join('-');
    const date = rowDate(
      r,
      {
        method: 'explicit',
        clue: display(cells) || (endParts ? `${parts} to ${endParts}` : parts),
        confidence: 'high',
        note: `From the TimelineJS sheet: Year, Month and Day give ${parts}${endParts ? `, End Year, End Month and End Day ${endParts}` : ''}; the date is as precise as the parts filled in.`,
      },
      'message' in d ? undefined : d,
    );
    const title = titleOf(cells);
    const e: EventT = {
      id: finalId,
      title,
      summary: htmlToText(text(cells)) || title,
      date,
      kind: 'occurred',
      actors: [],
      themes: r.themes.map((t) => t.id),
      location: null,
      evidence: [],
      flags: [],
    };
    return withPlaceAndExtra(e, r, extraCells(header, USED, cells));
  };

  return { format: 'timelinejs-csv', idsFromSource: false, read, event };
}
