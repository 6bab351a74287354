/**
 * Drafts an Envoy dataset from raw articles: chrome filtered out, publication dates found or inferred,
 * candidate events dated with their clues, actors matched from an existing dataset's aliases and new ones
 * suggested. Pure: the caller reads the files and writes the results.
 */
import { SCHEMA_VERSION } from '../data/schema';
import type { ActorT, ArticleT, DatasetT, EventT, ThemeT } from './types';
import { filterChrome } from './chrome';
import { articleInfo } from './articleInfo';
import { inferPublication } from './publication';
import { articleCandidates, type Candidate } from './candidates';
import { mergeAcrossArticles } from './merge';
import { slugify, suggestActors, type ActorSuggestion } from './actors';
import { contentWords } from './merge';
import { precisionOfWidth, type DayWindow } from './calendar';

export interface SourceArticle {
  /** File name as it will be stored in the dataset's articles/ folder. */
  file: string;
  /** The text the reader shows (for a .txt or .md file, the file itself). */
  text: string;
  meta?: { quote: string; day: string; field: string };
  given?: DayWindow;
}

export interface DraftOptions {
  /** The day of the draft (nothing is published after it). */
  today: string;
  /** Actors (and their aliases) of an existing dataset, matched first. */
  actors?: readonly ActorT[];
  /** Themes of an existing dataset, offered by keyword. */
  themes?: readonly ThemeT[];
  id?: string;
  title?: string;
}

export interface ReviewRow {
  id: string;
  article: string;
  earliest: string;
  latest: string;
  precision: string;
  kind: string;
  clue: string;
  method: string;
  confidence: string;
  title: string;
  quote: string;
  actors: string;
  suggested_actors: string;
  themes: string;
  flags: string;
  review_note: string;
  decision: string;
}

export interface Draft {
  dataset: DatasetT;
  review: ReviewRow[];
  suggestions: ActorSuggestion[];
  /** Per article: the chrome runs' offsets, for measuring that no candidate comes from chrome. */
  chrome: Record<string, { start: number; end: number }[]>;
}

export const UNSORTED: ThemeT = {
  id: 'unsorted',
  label: 'Unsorted',
  description: 'Drafted events not yet given a theme by a reviewer.',
  color: '#5f6368',
};

function unique(base: string, taken: Set<string>): string {
  let id = base || 'x';
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  taken.add(id);
  return id;
}

function datePrefix(d: EventT['date']): string {
  if (d.earliest === d.latest) return d.earliest;
  if (d.earliest.slice(0, 7) === d.latest.slice(0, 7)) return d.earliest.slice(0, 7);
  if (d.earliest.slice(0, 4) === d.latest.slice(0, 4)) return d.earliest.slice(0, 4);
  return `${d.earliest.slice(0, 4)}-${d.latest.slice(0, 4)}`;
}

function themesFor(text: string, themes: readonly ThemeT[]): string[] {
  const words = contentWords(text);
  const hit = themes.filter(
    (t) =>
      t.id !== UNSORTED.id &&
      t.id.split('-').some((w) => w.length >= 6 && [...words].some((x) => x.startsWith(w.slice(0, 6)))),
  );
  return hit.length > 0 ? hit.map((t) => t.id) : [UNSORTED.id];
}

export function draftDataset(sources: readonly SourceArticle[], opts: DraftOptions): Draft {
  const known = opts.actors ?? [];
  const themes = [...(opts.themes ?? []).filter((t) => t.id !== UNSORTED.id), UNSORTED];
  const articleIds = new Set<string>();
  const articles: ArticleT[] = [];
  const all: Candidate[] = [];
  const chrome: Draft['chrome'] = {};
  for (const src of sources) {
    const f = filterChrome(src.text);
    const info = articleInfo(src.text, f);
    const published = inferPublication({
      text: src.text,
      headers: info.headers,
      sentences: info.sentences,
      title: info.title,
      meta: src.meta,
      given: src.given,
      today: opts.today,
    });
    const title = info.title ?? src.file.replace(/\.[^.]+$/, '');
    const id = unique(slugify(title.split(/\s+/).slice(0, 8).join(' ')), articleIds);
    chrome[id] = f.runs.map((r) => ({ start: r.start, end: r.end }));
    articles.push({
      id,
      file: src.file,
      title,
      outlet: info.outlet,
      byline: info.byline,
      dateline: info.dateline,
      published,
      chrome: f.chrome,
    });
    all.push(
      ...articleCandidates({
        articleId: id,
        text: src.text,
        sentences: info.sentences,
        published,
        publishedInferred: published.method === 'inferred',
        actors: known,
      }),
    );
  }

  const suggestions = suggestActors(
    all.flatMap((c) => c.names),
    known,
  );
  const suggestionOf = new Map<string, string>();
  for (const s of suggestions) for (const n of [...s.aliases, ...s.variants]) suggestionOf.set(n, s.id);

  const eventIds = new Set<string>();
  const events: EventT[] = [];
  const review: ReviewRow[] = [];
  for (const group of mergeAcrossArticles(all)) {
    const [first, ...rest] = group.candidates as [Candidate, ...Candidate[]];
    let date = first.date;
    if (rest.length > 0) {
      const earliest = group.candidates
        .map((c) => c.date.earliest)
        .sort()
        .at(-1)!;
      const latest = group.candidates.map((c) => c.date.latest).sort()[0]!;
      if (earliest <= latest)
        date = {
          ...first.date,
          earliest,
          latest,
          precision: first.date.precision === 'span' ? 'span' : precisionOfWidth({ earliest, latest }),
          derivation: {
            ...first.date.derivation,
            note: `${first.date.derivation.note} Narrowed to where the ${group.candidates.length} reports' dates meet.`,
          },
        };
    }
    const actorIds = new Map<string, EventT['actors'][number]>();
    for (const c of group.candidates)
      for (const a of c.actors) if (!actorIds.has(a.actorId)) actorIds.set(a.actorId, a);
    const text = group.candidates.map((c) => c.quote.text).join(' ');
    const id = unique(
      `${datePrefix(date)}-${slugify(first.title.replace(/ …$/, '').split(/\s+/).slice(0, 6).join(' '))}`.replace(
        /-+$/,
        '',
      ),
      eventIds,
    );
    const article = articles.find((a) => a.id === first.articleId)!;
    const event: EventT = {
      id,
      title: first.title,
      summary: `Candidate drafted from “${article.title}”${rest.length > 0 ? ` and ${rest.length} more article(s)` : ''}; a reviewer writes the summary.`,
      date,
      kind: first.kind,
      actors: [...actorIds.values()],
      themes: themesFor(text, themes),
      location: null,
      evidence: group.candidates.map((c) => ({ articleId: c.articleId, text: c.quote.text })),
      flags: [...group.candidates.flatMap((c) => c.flags), ...group.flags],
      status: 'candidate',
    };
    events.push(event);
    const suggested = [
      ...new Set(
        group.candidates.flatMap((c) =>
          c.names.map((n) => suggestionOf.get(n.name)).filter((x): x is string => x !== undefined),
        ),
      ),
    ];
    const variantNotes = suggestions
      .filter((s) => suggested.includes(s.id) && s.variants.length > 0)
      .map(
        (s) =>
          `${s.name}: spelling variants ${s.variants.map((v) => `“${v}”`).join(', ')} proposed as aliases (review)`,
      );
    review.push({
      id,
      article: group.candidates.map((c) => c.articleId).join('; '),
      earliest: date.earliest,
      latest: date.latest,
      precision: date.precision,
      kind: event.kind,
      clue: date.derivation.clue,
      method: date.derivation.method,
      confidence: date.derivation.confidence,
      title: event.title,
      quote: event.evidence.map((q) => q.text).join(' | '),
      actors: event.actors.map((a) => a.actorId).join('; '),
      suggested_actors: suggested.join('; '),
      themes: event.themes.join('; '),
      flags: event.flags.map((f) => f.kind).join('; '),
      review_note: [group.note, ...variantNotes].filter(Boolean).join(' '),
      decision: '',
    });
  }
  events.sort((a, b) => a.date.earliest.localeCompare(b.date.earliest) || a.id.localeCompare(b.id));
  const order = new Map(events.map((e, i) => [e.id, i]));
  review.sort((a, b) => order.get(a.id)! - order.get(b.id)!);

  const dataset: DatasetT = {
    schemaVersion: SCHEMA_VERSION,
    id: opts.id ?? 'draft',
    title: opts.title ?? 'Draft dataset',
    description: `Drafted by envoy draft from ${articles.length} article(s) on ${opts.today}: ${events.length} candidate events for review. Every event is a candidate until a person accepts it.`,
    version: opts.today,
    articles,
    actors: [...known],
    themes,
    events,
    eventAliases: {},
  };
  return { dataset, review, suggestions, chrome };
}
