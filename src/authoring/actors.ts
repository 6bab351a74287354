/**
 * Actors: the aliases of an existing dataset are matched first, deterministically and at word boundaries
 * (the longest alias wins where two overlap); then proper nouns found by compromise (with offsets) are
 * offered as suggestions, never as facts. Close spellings of one name are proposed as aliases of one actor,
 * marked for review.
 */
import nlp from 'compromise';
import type { ActorT } from './types';
import type { Range } from '../lib/locate';

export interface AliasHit extends Range {
  actorId: string;
  alias: string;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Every occurrence of an actor alias in a text, at word boundaries, longest first, never overlapping. */
export function matchAliases(text: string, actors: readonly ActorT[]): AliasHit[] {
  const all: AliasHit[] = [];
  for (const actor of actors) {
    for (const alias of actor.aliases) {
      if (!alias) continue;
      for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
        const end = at + alias.length;
        if (isWordChar(alias[0]) && isWordChar(text[at - 1])) continue;
        if (isWordChar(alias[alias.length - 1]) && isWordChar(text[end])) continue;
        all.push({ actorId: actor.id, alias, start: at, end });
      }
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.actorId.localeCompare(b.actorId));
  const kept: AliasHit[] = [];
  for (const h of all) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

export interface NameMention extends Range {
  name: string;
  tags: string[];
}

const TITLES =
  /^(?:(?:US|U\.S\.|Afghan|American|Former|former|Deputy|Chief|Foreign|Prime|Special|Vice|Senior|Acting)\s+)*(?:President|Minister|Ambassador|Representative|Envoy|Spokesman|Spokeswoman|Secretary|General|Gen\.|Mr\.|Mrs\.|Ms\.|Dr\.|Chairman|Sheikh|King|Prince|Commander|Governor)\s+/;
const STOP = new Set([
  'The',
  'A',
  'An',
  'However',
  'Meanwhile',
  'Separately',
  'Also',
  'But',
  'And',
  'In',
  'On',
  'If',
  'As',
  'Since',
  'Today',
  'Sources',
  'Reply',
  'Our',
  'We',
  'It',
  'He',
  'She',
  'They',
  'This',
  'That',
  'Under',
  'Amid',
  'Talking',
  'Celebrating',
  'Last',
  'More',
  'Talks',
  'Neither',
]);
/** Words of an office or title that can stand between a country and a name. */
const OFFICE =
  /^(President|Minister|Ambassador|Representative|Envoy|Spokesman|Spokeswoman|Secretary|General|Chairman|Commander|Governor|Reconciliation|Affairs|Chief|Director|Leader)$/;
/** Words too generic to be an actor on their own. */
const GENERIC = new Set([
  'State',
  'Department',
  'Office',
  'Government',
  'Centre',
  'Center',
  'Forces',
  'Party',
  'Council',
  'Ministry',
  'Army',
  'News',
  'Times',
  'Peace',
  'Talks',
  'Conflict',
]);
const MONTH_OR_DAY =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Thanksgiving|Christmas)$/;

/** Proper-noun mentions in a passage (compromise, `offset: true`), cleaned of titles, possessives and punctuation. */
export function properNouns(text: string, base = 0): NameMention[] {
  const out: NameMention[] = [];
  const doc = nlp(text);
  const found = doc.match('#ProperNoun+').json({ offset: true }) as {
    text: string;
    offset: { start: number; length: number };
    terms: { tags: string[] }[];
  }[];
  for (const f of found) {
    const tags = [...new Set(f.terms.flatMap((t) => t.tags))];
    const start = f.offset.start;
    const raw = text.slice(start, start + f.offset.length);
    // A run may cross a comma or dash ("Kabul, Special Representative Khalilzad"): split it there.
    let cursor = 0;
    for (const piece of raw.split(/(,\s*|\s+[–—-]\s+|\s*\(|\)\s*)/)) {
      const pieceStart = start + cursor;
      cursor += piece.length;
      if (/^(,\s*|\s+[–—-]\s+|\s*\(|\)\s*)$/.test(piece)) continue;
      let name = piece
        .replace(/[’']s$/, '')
        .replace(/[.,;:!?”“"’)]+$/, '')
        .trim();
      const lead = piece.length - piece.trimStart().length;
      let s = pieceStart + lead;
      const title = TITLES.exec(name);
      if (title && title[0].length < name.length) {
        s += title[0].length;
        name = name.slice(title[0].length);
      }
      const words = name.split(/\s+/);
      // An office before a name ("Foreign Minister Shah Mehmood Qureshi", "… Reconciliation Zalmay Khalilzad"): keep the name.
      const lastOffice = words.reduce((at, w, k) => (OFFICE.test(w) && k < words.length - 1 ? k : at), -1);
      if (lastOffice >= 0 && /^\p{Lu}/u.test(words[lastOffice + 1] ?? '')) {
        const cut = words.slice(0, lastOffice + 1).join(' ').length + 1;
        s += cut;
        words.splice(0, lastOffice + 1);
      }
      while (words.length > 0 && (STOP.has(words[0]!) || /^\p{Ll}/u.test(words[0]!))) {
        s += words[0]!.length + 1;
        words.shift();
      }
      // compromise does not tag a capitalised first word of a sentence ("Suhail Shahhen told …"): take it back.
      for (let k = 0; k < 2; k++) {
        const prev = /(\p{Lu}[\p{L}’'-]+)\s$/u.exec(text.slice(Math.max(0, s - 30), s));
        if (
          !prev ||
          STOP.has(prev[1]!) ||
          OFFICE.test(prev[1]!) ||
          TITLES.test(`${prev[1]} `) ||
          MONTH_OR_DAY.test(prev[1]!)
        )
          break;
        s -= prev[0].length;
        words.unshift(prev[1]!);
      }
      name = words.join(' ');
      if (
        !name ||
        name.length < 3 ||
        GENERIC.has(name) ||
        MONTH_OR_DAY.test(name) ||
        TITLES.test(`${name} `) ||
        (/^[A-Z]+$/.test(name) && name.length > 5)
      )
        continue;
      // A nationality on its own ("Afghan", "American") is an adjective here, not an actor.
      if (!name.includes(' ') && nlp(name).has('#Demonym')) continue;
      out.push({ start: base + s, end: base + s + name.length, name, tags });
    }
  }
  return out;
}

/** Levenshtein distance, for spelling variants. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

export interface ActorSuggestion {
  id: string;
  /** The fullest spelling seen. */
  name: string;
  type: ActorT['type'];
  /** Every spelling seen that is the same name (a part of it: "Khalilzad" of "Zalmay Khalilzad"). */
  aliases: string[];
  /** Spellings close enough to be the same name misspelt ("Shahhen", "Shaheenb"): proposed, for review. */
  variants: string[];
  mentions: number;
}

export function slugify(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’']/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'x'
  );
}

function closeSpelling(a: string, b: string): boolean {
  if (a === b) return false;
  const n = Math.min(a.length, b.length);
  return n >= 5 && a[0] === b[0] && editDistance(a.toLowerCase(), b.toLowerCase()) <= (n >= 6 ? 2 : 1);
}

function typeOf(tags: readonly string[]): ActorT['type'] {
  if (tags.includes('Person') || tags.includes('FirstName') || tags.includes('LastName')) return 'person';
  if (tags.includes('Organization')) return 'group';
  if (tags.includes('Country')) return 'state';
  return 'other';
}

/** Groups proper-noun mentions into suggested actors; names already matched by an existing alias are left out. */
export function suggestActors(mentions: readonly NameMention[], known: readonly ActorT[] = []): ActorSuggestion[] {
  const knownNames = new Set(known.flatMap((a) => a.aliases.map((x) => x.toLowerCase())));
  const groups: { names: Map<string, number>; variants: Set<string>; tags: Set<string> }[] = [];
  const tokens = (n: string) => n.split(/\s+/);
  const sorted = [...mentions]
    .filter((m) => !knownNames.has(m.name.toLowerCase()))
    .sort((a, b) => tokens(b.name).length - tokens(a.name).length || a.name.localeCompare(b.name));
  for (const m of sorted) {
    const mt = tokens(m.name);
    let home: (typeof groups)[number] | undefined;
    let variant = false;
    for (const g of groups) {
      for (const name of g.names.keys()) {
        const nt = tokens(name);
        const sameTokens = mt.every((t) => nt.includes(t));
        const lastClose =
          mt.length <= nt.length &&
          closeSpelling(mt[mt.length - 1]!, nt[nt.length - 1]!) &&
          (mt.length === 1 || mt[0] === nt[0]);
        if (sameTokens && (mt.length > 1 || mt[0] === nt[nt.length - 1] || nt.length === 1)) home = g;
        else if (lastClose) {
          home = g;
          variant = true;
        }
        if (home) break;
      }
      if (home) break;
    }
    if (!home) {
      home = { names: new Map(), variants: new Set(), tags: new Set() };
      groups.push(home);
    }
    home.names.set(m.name, (home.names.get(m.name) ?? 0) + 1);
    if (variant) home.variants.add(m.name);
    m.tags.forEach((t) => home.tags.add(t));
  }
  const ids = new Set(known.map((a) => a.id));
  return groups
    .map((g) => {
      const names = [...g.names.keys()];
      const name = names.filter((n) => !g.variants.has(n)).sort((a, b) => b.length - a.length)[0] ?? names[0]!;
      let id = slugify(name);
      for (let k = 2; ids.has(id); k++) id = `${slugify(name)}-${k}`;
      ids.add(id);
      return {
        id,
        name,
        type: typeOf([...g.tags]),
        aliases: names.filter((n) => !g.variants.has(n)).sort(),
        variants: [...g.variants].sort(),
        mentions: [...g.names.values()].reduce((a, b) => a + b, 0),
      };
    })
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
