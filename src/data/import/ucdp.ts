import type { EventT, PlaceT, SourceNoteT } from '../schema';
import { PRECISION_CODES } from '../model';
import { readDate } from './dates';
import {
  cellOf,
  columnIndex,
  extraCells,
  type CsvImporter,
  type RowActor,
  type RowRead,
  type RowTheme,
} from './rowFormat';
import { onePerKey, pointOf, rowDate, withPlaceAndExtra } from './rowEvent';
import { slugify } from './slug';

/*
 * UCDP's Georeferenced Event Dataset (GED). date_start and date_end are the earliest and latest possible
 * dates, taken as given; date_prec (1 the day, 2 a few days, 3 a week, 4 a month, 5 a year) says how wide the
 * doubt is and is kept. side_a and side_b are the actors, type_of_violence the theme, best/low/high the deaths.
 */

const VIOLENCE: Record<string, RowTheme> = {
  '1': {
    id: 'state-based-conflict',
    label: 'State-based conflict',
    description: 'UCDP type_of_violence 1: fighting in which at least one side is a state.',
  },
  '2': {
    id: 'non-state-conflict',
    label: 'Non-state conflict',
    description: 'UCDP type_of_violence 2: fighting between organised groups, none of them a state.',
  },
  '3': {
    id: 'one-sided-violence',
    label: 'One-sided violence',
    description: 'UCDP type_of_violence 3: a state or organised group killing civilians.',
  },
};
const UNKNOWN_VIOLENCE: RowTheme = {
  id: 'unspecified-violence',
  label: 'Unspecified violence',
  description: 'A UCDP row without a known type_of_violence.',
};

/**
 * UCDP where_prec: 1 the exact place, 2 within about 25 km, 3 a second-order area, 4 a first-order area, 5 a line or
 * wider area, 6 the country, 7 waters or airspace.
 */
const WHERE_PRECISION: Record<string, PlaceT['precision']> = {
  '1': 'exact',
  '2': 'town',
  '3': 'district',
  '4': 'province',
  '5': 'region',
  '6': 'country',
  '7': 'region',
};
const WHERE_KIND: Record<string, PlaceT['kind']> = {
  '1': 'site',
  '2': 'town',
  '3': 'district',
  '4': 'province',
  '5': 'region',
  '6': 'country',
  '7': 'region',
};
/** date_prec -> the precision Envoy shows when the two dates differ. */
const DATE_PRECISION: Record<string, 'week' | 'month' | 'year'> = {
  '2': 'week',
  '3': 'week',
  '4': 'month',
  '5': 'year',
};
const DATE_PREC_WORDS: Record<string, string> = {
  '1': 'the day',
  '2': 'a span of 2 to 6 days',
  '3': 'a week',
  '4': 'a month',
  '5': 'a year',
};

const USED = new Set(['side_a', 'side_b', 'source_article', 'source_headline']);

export function looksLikeUcdp(cols: ReadonlyMap<string, number>): boolean {
  return cols.has('date_start') && cols.has('date_end') && (cols.has('side_a') || cols.has('type_of_violence'));
}

/** The UCDP GED importer for a file with this header. */
export function ucdpImporter(header: readonly string[]): CsvImporter {
  const cols = columnIndex(header);
  const get = (name: string) => cellOf(cols, name);
  const id = get('id');
  const start = get('date_start');
  const end = get('date_end');
  const prec = get('date_prec');
  const violence = get('type_of_violence');
  const sideA = get('side_a');
  const sideB = get('side_b');
  const article = get('source_article');
  const headline = get('source_headline');
  const office = get('source_office');
  const whereName = get('where_coordinates');
  const whereDesc = get('where_description');
  const wherePrec = get('where_prec');
  const lat = get('latitude');
  const lon = get('longitude');
  const adm1 = get('adm_1');
  const country = get('country');
  const best = get('best');
  const low = get('low');
  const high = get('high');
  const conflict = get('conflict_name');

  // UCDP names governments "Government of …"; the other sides are organised groups, or civilians.
  const actor = onePerKey((name): RowActor => {
    const type = /^government of /i.test(name) ? 'state' : name.toLowerCase() === 'civilians' ? 'group' : 'armed-group';
    return { id: slugify(name), name, type };
  });

  const placeOf = (cells: readonly string[]): PlaceT | undefined => {
    const name = whereName(cells) || adm1(cells);
    const point = name === '' ? null : pointOf(lon(cells), lat(cells));
    if (!point) return undefined;
    const code = wherePrec(cells);
    return {
      id: slugify([name, country(cells)].filter(Boolean).join(' ')),
      name,
      kind: WHERE_KIND[code] ?? 'town',
      point,
      precision: WHERE_PRECISION[code] ?? 'town',
      source: code ? `UCDP GED, where_prec ${code}` : 'UCDP GED',
    };
  };

  const read = (cells: readonly string[]): RowRead | { column: string; message: string } => {
    const rawId = id(cells);
    if (rawId === '') return { column: 'id', message: 'is empty; every UCDP event needs its id' };
    const s = readDate(start(cells));
    if (!s || s.precision !== 'day')
      return { column: 'date_start', message: start(cells) === '' ? 'is empty' : `'${start(cells)}' is not a date` };
    const e = end(cells) === '' ? s : readDate(end(cells));
    if (!e || e.precision !== 'day') return { column: 'date_end', message: `'${end(cells)}' is not a date` };
    if (e.first < s.first)
      return { column: 'date_end', message: `'${end(cells)}' is before date_start '${start(cells)}'` };
    const same = e.first === s.first;
    const actors: RowActor[] = [];
    if (sideA(cells)) actors.push(actor(sideA(cells)));
    if (sideB(cells)) {
      const b = actor(sideB(cells));
      if (!actors.includes(b)) actors.push(b);
    }
    return {
      id: slugify(rawId),
      first: s.first,
      last: e.first,
      precision: PRECISION_CODES.indexOf(same ? 'day' : (DATE_PRECISION[prec(cells)] ?? 'week')),
      approximate: !same,
      kind: 0,
      actors,
      themes: [VIOLENCE[violence(cells)] ?? UNKNOWN_VIOLENCE],
      sourceCount: (article(cells) ? 1 : 0) || (headline(cells) ? 1 : 0),
      place: placeOf(cells),
    };
  };

  const event = (cells: readonly string[], finalId: string): EventT => {
    const r = read(cells);
    if ('message' in r) throw new Error(`UCDP row ${finalId}: ${r.column} ${r.message}`);
    const theme = r.themes[0]!;
    const where = whereDesc(cells) || whereName(cells) || adm1(cells);
    const [a, b] = [sideA(cells), sideB(cells)];
    const versus = theme === VIOLENCE['3'] ? 'against' : 'vs';
    const title = `${theme.label}: ${[a, b].filter(Boolean).join(` ${versus} `) || 'unnamed sides'}${where ? ` in ${where}` : ''}`;
    const deaths = best(cells);
    const summary = `${conflict(cells) || theme.label}${deaths ? `: best estimate ${deaths} deaths${low(cells) || high(cells) ? ` (low ${low(cells) || '?'}, high ${high(cells) || '?'})` : ''}` : ''}.`;
    const code = prec(cells);
    const sourceNotes: SourceNoteT[] = [];
    if (headline(cells))
      sourceNotes.push(
        office(cells)
          ? { kind: 'citation', text: headline(cells), source: office(cells) }
          : { kind: 'citation', text: headline(cells) },
      );
    if (article(cells)) sourceNotes.push({ kind: 'citation', text: article(cells) });
    const e: EventT = {
      id: finalId,
      title,
      summary,
      date: rowDate(r, {
        method: 'external',
        clue: `date_start ${start(cells)}, date_end ${end(cells) || start(cells)}${code ? `, date_prec ${code}` : ''}`,
        confidence: r.approximate ? 'medium' : 'high',
        note: `From the UCDP GED export: the earliest and latest possible dates as UCDP gives them${code ? `, known to ${DATE_PREC_WORDS[code] ?? `date_prec ${code}`}` : ''}. The title and summary were composed by Envoy from the type_of_violence, side_a, side_b, where_description and best/low/high columns; they are not UCDP's words.`,
      }),
      kind: 'occurred',
      actors: r.actors.map((x) => ({ actorId: x.id, role: 'actor' })),
      themes: [theme.id],
      location: where || null,
      evidence: [],
      flags: [],
      sourceNotes,
    };
    return withPlaceAndExtra(e, r, extraCells(header, USED, cells));
  };

  return { format: 'ucdp-csv', idsFromSource: true, read, event };
}
