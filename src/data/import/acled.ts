import type { ActorT, EventT, PlaceT, SourceNoteT } from '../schema';
import { DAY_MS } from '../../lib/days';
import { PRECISION_CODES } from '../model';
import { readDate, monthOf } from './dates';
import {
  cellOf,
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

/*
 * ACLED's export (acleddata.com codebook). time_precision: 1 the day is known; 2 only the week (or a similar
 * few days), 3 only the month. For 2 and 3 ACLED writes a midpoint into event_date, so the importer widens it
 * back: the week around it, or the whole month, marked approximate. A month row never shows as a day.
 */

const INTER_TYPES: Record<string, ActorT['type']> = {
  '1': 'state',
  'state forces': 'state',
  '2': 'armed-group',
  'rebel group': 'armed-group',
  'rebel groups': 'armed-group',
  '3': 'armed-group',
  'political militia': 'armed-group',
  'political militias': 'armed-group',
  '4': 'armed-group',
  'identity militia': 'armed-group',
  'identity militias': 'armed-group',
  '5': 'group',
  rioters: 'group',
  '6': 'group',
  protesters: 'group',
  '7': 'group',
  civilians: 'group',
  '8': 'other',
  'external/other forces': 'other',
};

/** ACLED geo_precision: 1 the town itself, 2 a place near it or part of a district, 3 only the province (its capital's point). */
const GEO_PRECISION: Record<string, PlaceT['precision']> = { '1': 'town', '2': 'district', '3': 'province' };

// Columns the event holds in its own fields; every other non-empty cell is kept in `extra`.
const USED = new Set(['actor1', 'actor2', 'assoc_actor_1', 'assoc_actor_2', 'event_type', 'notes', 'source']);

/** True for a header that is ACLED's: an event id per country and an event date, with its event type or actors. */
export function looksLikeAcled(cols: ReadonlyMap<string, number>): boolean {
  return cols.has('event_id_cnty') && cols.has('event_date') && (cols.has('event_type') || cols.has('actor1'));
}

function interval(
  date: string,
  code: string,
): { first: number; last: number; precision: 'day' | 'week' | 'month'; message?: string } | null {
  const d = readDate(date);
  if (!d || d.precision !== 'day') return null;
  if (code === '2') return { first: d.first - 3 * DAY_MS, last: d.first + 3 * DAY_MS, precision: 'week' };
  if (code === '3') {
    const when = new Date(d.first);
    const month = monthOf(when.getUTCFullYear(), when.getUTCMonth() + 1)!;
    return { first: month.first, last: month.last, precision: 'month' };
  }
  return { first: d.first, last: d.first, precision: 'day' };
}

/** How many names a "; "-separated cell holds, without splitting it. */
function countList(text: string): number {
  if (text === '') return 0;
  let n = 1;
  for (let at = text.indexOf(';'); at >= 0; at = text.indexOf(';', at + 1)) n++;
  return n;
}

const MONTH_NAMES = [
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

/** "March 2020", or "12–18 March 2020" for a week. */
function periodWords(first: number, last: number): string {
  const a = new Date(first);
  const b = new Date(last);
  const month = (d: Date) => `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  if (a.getUTCDate() === 1 && new Date(last + DAY_MS).getUTCDate() === 1) return month(a);
  if (a.getUTCMonth() === b.getUTCMonth()) return `${a.getUTCDate()}–${b.getUTCDate()} ${month(b)}`;
  return `${a.getUTCDate()} ${month(a)} – ${b.getUTCDate()} ${month(b)}`;
}

const PRECISION_WORDS: Record<string, string> = {
  '1': 'time_precision 1: ACLED gives the day',
  '2': 'time_precision 2: ACLED knows only the week and writes its midpoint in event_date, so this is the week around that day, not the day',
  '3': 'time_precision 3: ACLED knows only the month and writes its midpoint in event_date, so this is the whole month, not the day',
};

/** The ACLED importer for a file with this header. */
export function acledImporter(header: readonly string[]): CsvImporter {
  const cols = columnIndex(header);
  const get = (name: string) => cellOf(cols, name);
  const id = get('event_id_cnty');
  const eventDate = get('event_date');
  const precisionCode = get('time_precision');
  const eventType = get('event_type');
  const subType = get('sub_event_type');
  const actor1 = get('actor1');
  const actor2 = get('actor2');
  const inter1 = get('inter1');
  const inter2 = get('inter2');
  const assoc1 = get('assoc_actor_1');
  const assoc2 = get('assoc_actor_2');
  const location = get('location');
  const admin1 = get('admin1');
  const country = get('country');
  const lat = get('latitude');
  const lon = get('longitude');
  const geoPrecision = get('geo_precision');
  const notes = get('notes');
  const source = get('source');

  const theme = onePerKey((label): RowTheme => ({
    id: slugify(label),
    label,
    description: `ACLED event type "${label}".`,
  }));
  // By inter code, then name: no key string is built per row.
  const actorCache = new Map<string, Map<string, RowActor>>();
  const actor = (name: string, inter: string): RowActor => {
    let byName = actorCache.get(inter);
    if (!byName) actorCache.set(inter, (byName = new Map()));
    let a = byName.get(name);
    if (!a) byName.set(name, (a = { id: slugify(name), name, type: INTER_TYPES[inter.toLowerCase()] ?? 'group' }));
    return a;
  };

  const addActor = (out: RowActor[], name: string, inter: string) => {
    if (name === '') return;
    const a = actor(name, inter);
    for (let k = 0; k < out.length; k++) if (out[k]!.id === a.id) return;
    out.push(a);
  };
  const actorsOf = (cells: readonly string[]): RowActor[] => {
    const out: RowActor[] = [];
    addActor(out, actor1(cells), inter1(cells));
    addActor(out, actor2(cells), inter2(cells));
    const a1 = assoc1(cells);
    if (a1 !== '') for (const n of splitList(a1, ';')) addActor(out, n, '');
    const a2 = assoc2(cells);
    if (a2 !== '') for (const n of splitList(a2, ';')) addActor(out, n, '');
    return out;
  };

  // By location name, then the few places of that name: no key string is built per row.
  const placeCache = new Map<string, { lon: string; lat: string; code: string; a1: string; place: PlaceT | null }[]>();
  const placeOf = (cells: readonly string[]): PlaceT | undefined => {
    const name = location(cells);
    const code = geoPrecision(cells);
    const lonText = lon(cells);
    const latText = lat(cells);
    const a1 = admin1(cells);
    let same = placeCache.get(name);
    if (same) {
      for (let k = 0; k < same.length; k++) {
        const c = same[k]!;
        if (c.lon === lonText && c.lat === latText && c.code === code && c.a1 === a1) return c.place ?? undefined;
      }
    }
    const point = name === '' ? null : pointOf(lonText, latText);
    let p: PlaceT | null;
    if (!point) p = null;
    else {
      p = {
        id: slugify([name, admin1(cells), country(cells)].filter(Boolean).join(' ')),
        name,
        kind: 'town',
        point,
        precision: GEO_PRECISION[code] ?? 'town',
        source: code ? `ACLED, geo_precision ${code}` : 'ACLED',
      };
    }
    if (!same) placeCache.set(name, (same = []));
    if (same.length < 64) same.push({ lon: lonText, lat: latText, code, a1, place: p });
    return p ?? undefined;
  };

  const read = (cells: readonly string[]): RowRead | { column: string; message: string } => {
    const rawId = id(cells);
    if (rawId === '') return { column: 'event_id_cnty', message: 'is empty; every ACLED event needs its id' };
    const when = eventDate(cells);
    const code = precisionCode(cells) || '1';
    if (code !== '1' && code !== '2' && code !== '3')
      return { column: 'time_precision', message: `'${code}' is not an ACLED time precision (1, 2 or 3)` };
    const span = interval(when, code);
    if (!span) return { column: 'event_date', message: when === '' ? 'is empty' : `'${when}' is not a date` };
    const type = eventType(cells);
    const sources = countList(source(cells));
    return {
      id: slugify(rawId),
      first: span.first,
      last: span.last,
      precision: PRECISION_CODES.indexOf(span.precision),
      approximate: span.precision !== 'day',
      kind: 0,
      actors: actorsOf(cells),
      themes: [theme(type || 'Unspecified event type')],
      sourceCount: Math.min(sources, 65535),
      place: placeOf(cells),
    };
  };

  const event = (cells: readonly string[], finalId: string): EventT => {
    const r = read(cells);
    if ('message' in r) throw new Error(`ACLED row ${finalId}: ${r.column} ${r.message}`);
    const type = eventType(cells) || 'Unspecified event type';
    const names = [actor1(cells), actor2(cells)].filter((a) => a !== '');
    const main = new Set(names.map((a) => slugify(a)));
    const where = location(cells);
    const title = `${type}: ${names.join(' vs ') || 'unnamed actors'}${where ? ` in ${where}` : ''}`;
    const place = [where, admin1(cells), country(cells)].filter(Boolean).join(', ');
    const code = precisionCode(cells) || '1';
    const dated = rowDate(r, {
      method: 'external',
      // For week and month rows the coded midpoint is not a date anyone reported: the clue names the period.
      clue:
        code === '1'
          ? `event_date ${eventDate(cells)}, time_precision 1`
          : `time_precision ${code}, ${code === '3' ? 'the month' : 'the week'} of ${periodWords(r.first, r.last)}`,
      confidence: code === '1' ? 'high' : 'medium',
      note: `From the ACLED export: ${PRECISION_WORDS[code]}. The title and summary were composed by Envoy from the event_type, sub_event_type, actor1, actor2 and location columns; they are not ACLED's words.`,
    });
    const sourceNotes: SourceNoteT[] = [];
    const n = notes(cells);
    if (n) sourceNotes.push({ kind: 'summary', text: n, source: 'ACLED' });
    const s = source(cells);
    if (s) sourceNotes.push({ kind: 'citation', text: s });
    const sub = subType(cells);
    const e: EventT = {
      id: finalId,
      title,
      summary: `${sub || type}${place ? ` in ${place}` : ''}.`,
      date: dated,
      kind: 'occurred',
      // ACLED's actor1 and actor2 are not directional: neither is the target. Associated actors took part.
      actors: r.actors.map((a) => ({ actorId: a.id, role: main.has(a.id) ? 'actor' : 'participant' })),
      themes: r.themes.map((t) => t.id),
      location: place || null,
      evidence: [],
      flags: [],
      sourceNotes,
    };
    const extra = extraCells(header, USED, cells);
    // The coded midpoint of a week or month row is no date anyone reported: kept, but never shown bare.
    if (extra && code !== '1' && extra.event_date)
      extra.event_date = `${extra.event_date} (the midpoint ACLED writes when it knows only the ${code === '3' ? 'month' : 'week'}, time_precision ${code})`;
    return withPlaceAndExtra(e, r, extra);
  };

  return { format: 'acled-csv', idsFromSource: true, read, event };
}
