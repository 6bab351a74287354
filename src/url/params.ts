/** The keys of a link, their names in messages, and the first pass over a query: one value per key, problems listed. */
import { clip } from '../lib/clip';

/** Parameters read by the data loader at startup (src/data/source.ts): kept in links, never reported. */
export const RESERVED_KEYS = ['synthetic', 'seed', 'data', 'local'] as const;

export const KEYS = [
  'event',
  'article',
  'actors',
  'amode',
  'themes',
  'tmode',
  'q',
  'flagged',
  'status',
  'from',
  'to',
  'lanes',
  'view',
  'places',
  'map',
  'colour',
  'sort',
] as const;
export type Key = (typeof KEYS)[number];

export const LABEL: Record<Key, string> = {
  event: 'event id',
  article: 'article id',
  actors: 'actor filter',
  amode: 'actor match mode',
  themes: 'theme filter',
  tmode: 'theme match mode',
  q: 'search text',
  flagged: 'flagged filter',
  status: 'review status filter',
  from: 'start date',
  to: 'end date',
  lanes: 'lane mode',
  view: 'view',
  places: 'place filter',
  map: 'map view',
  colour: 'colour mode',
  sort: 'list order',
};

const MAX_PARAMS = 64;

/** Quotes a value from a link for a message, shortened so a huge link makes a short message. */
export function quote(value: string): string {
  // Cut at grapheme boundaries, so an emoji or a flag in a link is never split into a broken character.
  return `'${clip(value.replace(/\s+/g, ' '), 40)}'`;
}

/** URLSearchParams turns bad percent-encoding into U+FFFD. */
const garbled = (v: string) => v.includes('\uFFFD');

/** Collects each known key's values; reports unknown keys, garbled values and repeats. */
export function gather(params: URLSearchParams, problems: string[]): Map<Key, string> {
  const values = new Map<Key, string[]>();
  const unknown = new Set<string>();
  let seen = 0;
  for (const [rawKey, value] of params) {
    if (++seen > MAX_PARAMS) {
      problems.push(`The link has more than ${MAX_PARAMS} parameters; the rest were ignored.`);
      break;
    }
    // A link copied out of HTML arrives with "&amp;" between its parameters.
    const key = rawKey.trim().toLowerCase().replace(/^amp;/, '');
    if ((RESERVED_KEYS as readonly string[]).includes(key)) continue;
    if (!(KEYS as readonly string[]).includes(key)) {
      unknown.add(rawKey);
      continue;
    }
    const k = key as Key;
    if (garbled(value)) {
      problems.push(`The link's ${LABEL[k]} is garbled (broken percent-encoding); ignored.`);
      continue;
    }
    if (value.trim() === '' && k !== 'q') continue;
    values.set(k, [...(values.get(k) ?? []), value]);
  }
  if (unknown.size > 0) {
    const names = [...unknown];
    const shown = names.slice(0, 4).map(quote).join(', ');
    problems.push(
      `The link has ${names.length === 1 ? 'a parameter' : 'parameters'} Envoy does not know (${shown}${names.length > 4 ? ', …' : ''}); ignored.`,
    );
  }
  const out = new Map<Key, string>();
  for (const [k, list] of values) {
    if (k === 'actors' || k === 'themes' || k === 'places') {
      out.set(k, list.join(','));
      continue;
    }
    const distinct = [...new Set(list)];
    if (distinct.length > 1) {
      problems.push(
        `The link gives the ${LABEL[k]} ${distinct.length} times (${distinct.slice(0, 2).map(quote).join(', ')}${distinct.length > 2 ? ', …' : ''}); the first was used.`,
      );
    }
    out.set(k, list[0]!);
  }
  return out;
}
