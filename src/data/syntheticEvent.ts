import type { ActorRoleT, EventT } from './schema';
import { DAY_MS, FLAG_CODES, KIND_CODES, NO_PRECISION, PRECISION_CODES, type EventIndex } from './model';
import type { FlagT } from './schema';
import { msToDay } from '../lib/days';
import { searchForm } from '../lib/searchWords';
import { SYNTHETIC_THEMES } from './syntheticCast';
import { hash3, pick } from './syntheticRandom';

/** The columns an on-demand event record is rebuilt from. */
export type SyntheticColumns = Pick<
  EventIndex,
  | 'count'
  | 'start'
  | 'end'
  | 'precision'
  | 'kind'
  | 'approximate'
  | 'flags'
  | 'startPrecision'
  | 'endPrecision'
  | 'likeliest'
  | 'sourceCount'
  | 'actorOffsets'
  | 'actorIds'
  | 'themeOffsets'
  | 'themeIds'
  | 'actors'
  | 'themes'
>;

const VERBS: Record<(typeof KIND_CODES)[number], { pair: string[]; solo: string[] }> = {
  occurred: {
    pair: ['meets', 'signs an accord with', 'hosts', 'clashes with', 'receives'],
    solo: ['announces', 'suspends', 'resumes', 'reports on'],
  },
  statement: {
    pair: ['urges', 'criticises', 'praises', 'warns'],
    solo: ['comments on', 'rejects claims about', 'welcomes'],
  },
  planned: { pair: ['plans talks with', 'is due to visit', 'will meet'], solo: ['plans', 'schedules', 'proposes'] },
  status: { pair: ['remains at odds with', 'stays in contact with'], solo: ['continues', 'keeps up'] },
};
const PLACES = [
  'Doha',
  'Kabul',
  'Islamabad',
  'Geneva',
  'Moscow',
  'Tashkent',
  'Oslo',
  'Tehran',
  'Beijing',
  'Washington',
  'Ankara',
  'Dushanbe',
  'Kandahar',
  'Herat',
  'Mazar-i-Sharif',
  'Jalalabad',
  'Vienna',
  'New York',
];
const FLAG_TEXT: Record<FlagT['kind'], string> = {
  contradiction: 'Synthetic flag: another generated source gives a different account.',
  'impossible-date': 'Synthetic flag: the generated source names a date that cannot be right.',
  inconsistency: 'Synthetic flag: the generated sources disagree on a detail.',
  typo: 'Synthetic flag: the generated source misspells a name.',
  unverified: 'Synthetic flag: no other generated source confirms it.',
};

/** The endpoint precision of a span end as the schema writes it, or nothing. */
function endPrecision(code: number): 'day' | 'week' | 'month' | 'year' | undefined {
  return code === NO_PRECISION ? undefined : (PRECISION_CODES[code] as 'day' | 'week' | 'month' | 'year');
}

const WEEKS = ['first', 'second', 'third', 'fourth'];

/** The likeliest part of event i's window, as the schema writes it, where the generator gave one. */
function likeliestOf(c: SyntheticColumns, i: number): { likeliest?: NonNullable<EventT['date']['likeliest']> } {
  const l = c.likeliest.get(i);
  if (!l) return {};
  const week = Math.round((l[0] - c.start[i]!) / (7 * DAY_MS));
  return {
    likeliest: {
      earliest: isoDay(l[0]),
      latest: isoDay(l[1] - DAY_MS),
      clue: `in the ${WEEKS[week] ?? 'first'} week of the month`,
    },
  };
}

const CLUES: Record<(typeof PRECISION_CODES)[number], string[]> = {
  day: ['on Tuesday', 'on Saturday', 'yesterday', 'today'],
  week: ['this week', 'last week'],
  month: ['this month', 'last month', 'earlier this month'],
  year: ['this year', 'last year'],
  span: ['over several weeks', 'for weeks', 'since early in the month'],
};

/** Slug of the event at a position: zero-padded so that ids sort like positions (syn-000123). */
export function syntheticId(i: number, count: number): string {
  return `syn-${String(i).padStart(Math.max(6, String(Math.max(0, count - 1)).length), '0')}`;
}

/** Position of a synthetic id, or -1 when it is not one or is out of range. */
export function syntheticIndexOf(id: string, count: number): number {
  const m = /^syn-(\d{1,9})$/.exec(id);
  if (!m) return -1;
  const i = Number(m[1]);
  return i < count && syntheticId(i, count) === id ? i : -1;
}

interface Words {
  title: string;
  summary: string;
  quotes: string[];
  /** First of the event's consecutive synthetic article numbers. */
  sourceBase: number;
  place: string | null;
}

/** The words that vary between display text and search text; search text uses folded, lower-case entries. */
interface Lexicon {
  names: readonly string[];
  places: readonly string[];
  sources: string;
  topic(topic: string): string;
  /** Punctuation: the display text's, or none for the search form (words are all it keeps). */
  comma: string;
  stop: string;
}

/** A fixed phrase's search form without its leading space: "women's rights" is "womens rights". */
const formOf = (s: string) => searchForm(s).slice(1);
const TOPIC_FORMS = new Map(SYNTHETIC_THEMES.flatMap((t) => t.topics).map((t) => [t, formOf(t)]));

const MANNER = ['as significant', 'as routine', 'in detail', 'briefly'];

/** The title of event i from its hash, actor names and topic: the one spelling, for the record and for the title alone. */
function titleOf(
  c: SyntheticColumns,
  i: number,
  h: number,
  first: string,
  second: string | null,
  topic: string,
): string {
  const verbs = VERBS[KIND_CODES[c.kind[i]!]!];
  return second ? `${first} ${pick(verbs.pair, h)} ${second} on ${topic}` : `${first} ${pick(verbs.solo, h)} ${topic}`;
}

/** Event i's first and second actor names and topic, in a lexicon's words. */
function cast(c: SyntheticColumns, seed: number, i: number, lex: Lexicon) {
  const h = hash3(seed, i, 1);
  const a0 = c.actorOffsets[i]!;
  const a1 = c.actorOffsets[i + 1]!;
  const first = lex.names[c.actorIds[a0]!]!;
  const second = a1 - a0 > 1 ? lex.names[c.actorIds[a0 + 1]!]! : null;
  const theme = SYNTHETIC_THEMES[c.themeIds[c.themeOffsets[i]!]!]!;
  const topic = lex.topic(pick(theme.topics, h >>> 3));
  return { h, a0, a1, first, second, topic };
}

/** Title, summary and quotes of event i. Every fixed word here is lower case, so search text needs no folding. */
function words(c: SyntheticColumns, seed: number, i: number, lex: Lexicon): Words {
  const { h, a0, a1, first, second, topic } = cast(c, seed, i, lex);
  const title = titleOf(c, i, h, first, second, topic);
  const place = h % 10 === 0 ? null : pick(lex.places, h >>> 11);
  const others = a1 - a0 - (second ? 2 : 1);
  const { comma, stop } = lex;
  const summary = `${title}${others > 0 ? `${comma} with ${others} other${others > 1 ? 's' : ''} involved` : ''}${place ? ` in ${place}` : ''}${stop}`;
  const quotes = [`${first} was named in reports about ${topic}${stop}`];
  for (let k = 1; k < c.sourceCount[i]!; k++)
    quotes.push(`${lex.sources} described ${topic} ${pick(MANNER, hash3(seed, i, 10 + k))}${stop}`);
  return { title, summary, quotes, sourceBase: (h >>> 5) % 5000, place };
}

// Dates repeat (a few thousand distinct days), so their ISO text is worth keeping.
const isoDays = new Map<number, string>();
function isoDay(ms: number): string {
  let s = isoDays.get(ms);
  if (s === undefined) isoDays.set(ms, (s = msToDay(ms)));
  return s;
}

/** Rebuilds event text and records from the columns and the seed, so no event object is ever stored. */
export function syntheticRecords(c: SyntheticColumns, seed: number) {
  const display: Lexicon = {
    names: c.actors.map((a) => a.name),
    places: PLACES,
    sources: 'Sources',
    topic: (t) => t,
    comma: ',',
    stop: '.',
  };
  // The search form built straight from pre-formed words: the same as searchForm of the display text (a test holds
  // it so), at a seventh of the cost, so the search haystack builds as fast as the old folded text did.
  const formed: Lexicon = {
    names: display.names.map(formOf),
    places: PLACES.map(formOf),
    sources: 'sources',
    topic: (t) => TOPIC_FORMS.get(t) ?? formOf(t),
    comma: '',
    stop: '',
  };
  return {
    event(i: number): EventT {
      if (!(i >= 0 && i < c.count && Number.isInteger(i))) throw new RangeError(`no synthetic event at position ${i}`);
      const w = words(c, seed, i, display);
      const h = hash3(seed, i, 2);
      const precision = PRECISION_CODES[c.precision[i]!]!;
      const kind = KIND_CODES[c.kind[i]!]!;
      const approximate = c.approximate[i] === 1;
      const actors: EventT['actors'] = [];
      for (let k = c.actorOffsets[i]!; k < c.actorOffsets[i + 1]!; k++) {
        const first = k === c.actorOffsets[i];
        const role: ActorRoleT = first
          ? kind === 'statement'
            ? 'speaker'
            : 'actor'
          : kind === 'statement'
            ? 'target'
            : 'participant';
        actors.push({ actorId: c.actors[c.actorIds[k]!]!.id, role });
      }
      const themes: string[] = [];
      for (let k = c.themeOffsets[i]!; k < c.themeOffsets[i + 1]!; k++) themes.push(c.themes[c.themeIds[k]!]!.id);
      return {
        id: syntheticId(i, c.count),
        title: w.title,
        summary: w.summary,
        date: {
          earliest: isoDay(c.start[i]!),
          latest: isoDay(c.end[i]! - DAY_MS),
          precision,
          approximate,
          ...(endPrecision(c.startPrecision[i]!) ? { startPrecision: endPrecision(c.startPrecision[i]!) } : {}),
          ...(endPrecision(c.endPrecision[i]!) ? { endPrecision: endPrecision(c.endPrecision[i]!) } : {}),
          ...likeliestOf(c, i),
          derivation: {
            method: precision === 'day' ? 'relative-to-publication' : 'inferred-from-context',
            clue: pick(CLUES[precision], h),
            articleId: `syn-article-${w.sourceBase}`,
            confidence: approximate ? 'low' : precision === 'day' ? 'high' : 'medium',
            note: `Synthetic date (seed ${seed}), generated for measuring scale.`,
          },
        },
        kind,
        actors,
        themes,
        location: w.place,
        // Distinct article ids per event: consecutive numbers from a hashed base.
        evidence: w.quotes.map((text, k) => ({ articleId: `syn-article-${w.sourceBase + k}`, text })),
        flags: FLAG_CODES.filter((_, k) => (c.flags[i]! >> k) & 1).map((kind) => ({
          kind,
          quote: { articleId: `syn-article-${w.sourceBase}`, text: w.quotes[0] ?? w.title },
          description: FLAG_TEXT[kind],
        })),
      };
    },
    /** The title alone, as event(i).title spells it, without building the record. */
    title(i: number): string {
      if (!(i >= 0 && i < c.count && Number.isInteger(i))) throw new RangeError(`no synthetic event at position ${i}`);
      const { h, first, second, topic } = cast(c, seed, i, display);
      return titleOf(c, i, h, first, second, topic);
    },
    searchText(i: number): string {
      const w = words(c, seed, i, formed);
      return ` ${w.title} ${w.summary} ${w.quotes.join(' ')}`;
    },
  };
}
