import type { EventT, PlaceT, SourceNoteT } from '../schema';
import { msToDay } from '../../lib/days';
import { PRECISION_CODES } from '../model';
import { readDate, type ReadDate } from './dates';
import {
  columnIndex,
  extraCells,
  splitList,
  type CsvImporter,
  type RowActor,
  type RowRead,
  type RowTheme,
} from './rowFormat';
import { onePerKey, pointOf, rowDate, withPlaceAndExtra } from './rowEvent';
import { slugify } from './slug';
import type { ColumnMapping } from './types';

/*
 * Any other spreadsheet of events: the user says which column holds what (ColumnMapping), and rows are read
 * with it. Dates are as precise as written (2020, March 2020, 15 March 2020); an end date makes a span.
 */

const NO_THEME: RowTheme = { id: 'events', label: 'Events', description: 'Rows of the spreadsheet without a theme.' };

/** A key for "the same header", so a mapping given once is offered again for the next file with these columns. */
export function headerKey(header: readonly string[]): string {
  return header.map((h) => h.trim().toLowerCase()).join('\u001f');
}

const GUESSES: [keyof ColumnMapping, RegExp][] = [
  ['id', /^(id|event_?id|uid|unique_?id|key)$/],
  ['endDate', /^(end|end_?date|date_?end|to|until|finish|end day)$/],
  ['date', /^(date|day|when|event_?date|start|start_?date|date_?start|year|time|datetime|timestamp)$/],
  ['title', /^(title|headline|event|name|subject|summary_?title)$/],
  ['description', /^(description|details|summary|notes?|text|body|what)$/],
  ['actors', /^(actors?|parties|party|who|participants?|people|persons?|organi[sz]ations?)$/],
  ['themes', /^(themes?|topics?|tags?|categor(y|ies)|type|event_?type|kind)$/],
  ['source', /^(source|sources|url|link|reference|citation|outlet)$/],
  ['quote', /^(quote|quotation|excerpt|evidence)$/],
  ['place', /^(place|location|city|town|where|site|country)$/],
  ['latitude', /^(lat|latitude|y)$/],
  ['longitude', /^(lon|lng|long|longitude|x)$/],
];

/** Columns whose sample values are mostly dates. */
function dateLikeColumns(header: readonly string[], sample: readonly string[][]): string[] {
  return header.filter((_, k) => {
    const values = sample.map((r) => (r[k] ?? '').trim()).filter((v) => v !== '');
    return (
      values.length > 0 &&
      values.filter((v) => readDate(v) !== null).length * 2 >= values.length &&
      !values.every((v) => /^\d{1,3}$/.test(v))
    );
  });
}

/** A first guess at the mapping, from the column names and the first rows; the user confirms or changes it. */
export function suggestMapping(header: readonly string[], sample: readonly string[][]): Partial<ColumnMapping> {
  const out: Partial<ColumnMapping> = {};
  const taken = new Set<string>();
  for (const [field, re] of GUESSES) {
    const h = header.find((c) => !taken.has(c) && re.test(c.trim().toLowerCase().replace(/\s+/g, '_')));
    if (h !== undefined && out[field] === undefined) {
      out[field] = h;
      taken.add(h);
    }
  }
  if (out.date === undefined) {
    const d = dateLikeColumns(header, sample).find((c) => !taken.has(c));
    if (d !== undefined) out.date = d;
  }
  if (out.actors !== undefined) out.actorSeparator = guessSeparator(sample, header.indexOf(out.actors));
  if (out.themes !== undefined) out.themeSeparator = guessSeparator(sample, header.indexOf(out.themes));
  return out;
}

function guessSeparator(sample: readonly string[][], k: number): string {
  const cells = sample.map((r) => r[k] ?? '');
  for (const sep of [';', '|', ',']) if (cells.some((c) => c.includes(sep))) return sep;
  return ';';
}

/** True when some column could be the date: by its name, or because its first values read as dates. */
export function hasDateColumn(header: readonly string[], sample: readonly string[][]): boolean {
  return suggestMapping(header, sample).date !== undefined;
}

/** Which mapped columns are missing from the header, in words; null when the mapping fits. */
export function mappingProblem(header: readonly string[], mapping: ColumnMapping): string | null {
  const cols = columnIndex(header);
  if (!mapping.date) return 'The mapping names no date column';
  if (!mapping.title) return 'The mapping names no title column';
  for (const [field, column] of Object.entries(mapping)) {
    if (field.endsWith('Separator') || column === undefined || column === '') continue;
    if (!cols.has(String(column).trim().toLowerCase()))
      return `The mapping names a ${field} column "${column}", which is not in this file`;
  }
  return null;
}

/** The importer for a spreadsheet read with the user's mapping. */
export function mappedImporter(header: readonly string[], m: ColumnMapping): CsvImporter {
  const cols = columnIndex(header);
  const at = (name: string | undefined) => (name ? cols.get(name.trim().toLowerCase()) : undefined);
  const getter = (name: string | undefined) => {
    const k = at(name);
    return k === undefined ? () => '' : (cells: readonly string[]) => (cells[k] ?? '').trim();
  };
  const [date, endDate, title, description, actors, themes, source, quote, place, lat, lon, id] = [
    m.date,
    m.endDate,
    m.title,
    m.description,
    m.actors,
    m.themes,
    m.source,
    m.quote,
    m.place,
    m.latitude,
    m.longitude,
    m.id,
  ].map(getter) as ((c: readonly string[]) => string)[];
  const used = new Set(
    [
      m.date,
      m.endDate,
      m.title,
      m.description,
      m.actors,
      m.themes,
      m.source,
      m.quote,
      m.place,
      m.latitude,
      m.longitude,
      m.id,
    ]
      .filter((c): c is string => !!c)
      .map((c) => c.trim().toLowerCase()),
  );
  const actorOf = onePerKey((name): RowActor => ({ id: slugify(name), name, type: 'other' }));
  const themeOf = onePerKey((label): RowTheme => ({
    id: slugify(label),
    label,
    description: `The spreadsheet's "${m.themes}" value "${label}".`,
  }));
  const placeOf = (cells: readonly string[]): PlaceT | undefined => {
    const point = pointOf(lon!(cells), lat!(cells));
    if (!point) return undefined;
    const [x, y] = point;
    const name = place!(cells) || `${y}, ${x}`;
    return {
      id: slugify(`${name} ${y} ${x}`),
      name,
      kind: 'site',
      point,
      precision: 'exact',
      source: `the spreadsheet's ${m.latitude} and ${m.longitude} columns`,
    };
  };

  const dates = (
    cells: readonly string[],
  ): { column: string; message: string } | { s: ReadDate; e: ReadDate | null } => {
    const s = readDate(date!(cells));
    if (!s) return { column: m.date, message: date!(cells) === '' ? 'is empty' : `'${date!(cells)}' is not a date` };
    if (!m.endDate || endDate!(cells) === '') return { s, e: null };
    const e = readDate(endDate!(cells));
    if (!e) return { column: m.endDate, message: `'${endDate!(cells)}' is not a date` };
    if (e.last < s.first)
      return { column: m.endDate, message: `'${endDate!(cells)}' is before the start date '${date!(cells)}'` };
    return { s, e };
  };

  const read = (cells: readonly string[]): RowRead | { column: string; message: string } => {
    const d = dates(cells);
    if ('message' in d) return d;
    const t = title!(cells) || description!(cells).slice(0, 100);
    if (t === '') return { column: m.title, message: 'is empty' };
    const names = [...new Set(splitList(actors!(cells), m.actorSeparator || ';'))];
    const labels = [...new Set(splitList(themes!(cells), m.themeSeparator || ';'))];
    const span = d.e !== null && !(d.e.first === d.s.first && d.e.last === d.s.last);
    return {
      id: m.id && id!(cells) ? slugify(id!(cells)) : '',
      idBase: slugify(`${msToDay(d.s.first)} ${t}`, 60),
      first: d.s.first,
      last: d.e ? d.e.last : d.s.last,
      precision: PRECISION_CODES.indexOf(span ? 'span' : d.s.precision),
      approximate: false,
      kind: 0,
      actors: names.map(actorOf).filter((a, k, all) => all.findIndex((b) => b.id === a.id) === k),
      themes:
        labels.length > 0
          ? labels.map(themeOf).filter((a, k, all) => all.findIndex((b) => b.id === a.id) === k)
          : [NO_THEME],
      sourceCount: source!(cells) || quote!(cells) ? 1 : 0,
      place: placeOf(cells),
    };
  };

  const event = (cells: readonly string[], finalId: string): EventT => {
    const r = read(cells);
    if ('message' in r) throw new Error(`row ${finalId}: ${r.column} ${r.message}`);
    const d = dates(cells);
    const readings = 'message' in d ? [] : [d.s.reading, d.e?.reading].filter(Boolean);
    const t = title!(cells) || description!(cells).slice(0, 100);
    const dated = rowDate(
      r,
      {
        method: 'explicit',
        clue: endDate!(cells) ? `${date!(cells)} to ${endDate!(cells)}` : date!(cells),
        confidence: readings.length > 0 ? 'medium' : 'high',
        note: `From the spreadsheet's "${m.date}"${m.endDate ? ` and "${m.endDate}"` : ''} column${m.endDate ? 's' : ''}, as precise as written${readings.length ? ` (${readings.join('; ')})` : ''}.`,
      },
      'message' in d ? undefined : { start: d.s, end: d.e },
    );
    const notes: SourceNoteT[] = [];
    const src = source!(cells);
    const url = /^https?:\/\/\S+$/i.test(src) ? src : undefined;
    if (quote!(cells))
      notes.push({ kind: 'citation', text: quote!(cells), ...(src ? { source: src } : {}), ...(url ? { url } : {}) });
    else if (src) notes.push({ kind: 'citation', text: src, ...(url ? { url } : {}) });
    const e: EventT = {
      id: finalId,
      title: t,
      summary: description!(cells) || t,
      date: dated,
      kind: 'occurred',
      actors: r.actors.map((a) => ({ actorId: a.id, role: 'actor' })),
      themes: r.themes.map((x) => x.id),
      location: place!(cells) || null,
      evidence: [],
      flags: [],
    };
    if (notes.length) e.sourceNotes = notes;
    return withPlaceAndExtra(e, r, extraCells(header, used, cells));
  };

  return { format: 'mapped-csv', idsFromSource: Boolean(m.id), read, event };
}
