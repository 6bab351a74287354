import type { DatasetProblem } from './DatasetError';
import type { DatasetT, EventT } from './schema';
import { own } from '../lib/own';
import { validatePlaces } from './validatePlaces';

/** How a record is named in messages: `events[12] "2019-05-04-foo"`, or `events[12]` when it has no id. */
export function recordLabel(collection: string, index: number, id?: unknown): string {
  return typeof id === 'string' && id ? `${collection}[${index}] "${id}"` : `${collection}[${index}]`;
}

/** Flags that excuse an event date from its articles' window: the article itself is known to be wrong there. */
const DATE_EXCUSING_FLAGS = new Set(['impossible-date', 'contradiction']);

function duplicates<T extends { id: string }>(name: string, list: readonly T[], out: DatasetProblem[]): Set<string> {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      out.push({
        record: recordLabel(name, i, item.id),
        field: 'id',
        message: `repeats the id of ${name}[${first}]; ids must be unique`,
      });
  });
  return new Set(seen.keys());
}

function checkAliases(ds: DatasetT, out: DatasetProblem[]): void {
  const owner = new Map<string, string>();
  ds.actors.forEach((actor, i) => {
    actor.aliases.forEach((alias, k) => {
      const key = alias.trim().toLowerCase();
      const other = owner.get(key);
      if (other !== undefined && other !== actor.id) {
        out.push({
          record: recordLabel('actors', i, actor.id),
          field: `aliases[${k}]`,
          message: `"${alias}" is already an alias of actor "${other}"; an alias may name only one actor`,
        });
      } else owner.set(key, actor.id);
    });
  });
}

function checkEventRefs(
  ds: DatasetT,
  e: EventT,
  rec: string,
  ids: Record<'actors' | 'themes' | 'articles' | 'events', Set<string>>,
  out: DatasetProblem[],
): void {
  const need = (ok: boolean, field: string, message: string) => {
    if (!ok) out.push({ record: rec, field, message });
  };
  e.actors.forEach((a, k) =>
    need(
      ids.actors.has(a.actorId),
      `actors[${k}].actorId`,
      `names actor "${a.actorId}", which is not in the actors list`,
    ),
  );
  e.themes.forEach((t, k) =>
    need(ids.themes.has(t), `themes[${k}]`, `names theme "${t}", which is not in the themes list`),
  );
  e.evidence.forEach((q, k) =>
    need(
      ids.articles.has(q.articleId),
      `evidence[${k}].articleId`,
      `names article "${q.articleId}", which is not in the articles list`,
    ),
  );
  e.flags.forEach((f, k) =>
    need(
      ids.articles.has(f.quote.articleId),
      `flags[${k}].quote.articleId`,
      `names article "${f.quote.articleId}", which is not in the articles list`,
    ),
  );
  // A dataset that brings its articles quotes them; imported data without article text may have no quotes.
  if (ds.articles.length > 0)
    need(
      e.evidence.length > 0 || (e.sourceNotes ?? []).length > 0,
      'evidence',
      'needs at least one quote, or a source note (a summary or citation) saying where the event comes from',
    );
  const d = e.date.derivation;
  if (d.articleId !== undefined)
    need(
      ids.articles.has(d.articleId),
      'date.derivation.articleId',
      `names article "${d.articleId}", which is not in the articles list`,
    );
  if (d.relativeTo !== undefined) {
    need(
      ids.events.has(d.relativeTo) || own(ds.eventAliases, d.relativeTo) !== undefined,
      'date.derivation.relativeTo',
      `names event "${d.relativeTo}", which is not in the events list`,
    );
    need(d.relativeTo !== e.id, 'date.derivation.relativeTo', 'an event cannot be dated relative to itself');
  }
  need(
    d.method !== 'relative-to-event' || d.relativeTo !== undefined,
    'date.derivation.relativeTo',
    'is missing: a date relative to another event must name that event',
  );
  need(
    d.method !== 'relative-to-publication' || d.articleId !== undefined,
    'date.derivation.articleId',
    'is missing: a date relative to publication must name the article',
  );
}

function checkWindow(published: ReadonlyMap<string, string>, e: EventT, rec: string, out: DatasetProblem[]): void {
  if (e.kind === 'planned' || e.flags.some((f) => DATE_EXCUSING_FLAGS.has(f.kind))) return;
  let lastReport = '';
  for (const articleId of new Set(e.evidence.map((q) => q.articleId))) {
    const latest = published.get(articleId);
    if (latest === undefined) continue;
    if (latest > lastReport) lastReport = latest;
    if (e.date.earliest > latest) {
      out.push({
        record: rec,
        field: 'date.earliest',
        message: `is ${e.date.earliest}, after article "${articleId}" was published (by ${latest}); only a planned event, or one flagged as an impossible date or contradiction, may be dated after an article reporting it`,
      });
    }
  }
  if (lastReport && e.date.latest > lastReport) {
    out.push({
      record: rec,
      field: 'date.latest',
      message: `is ${e.date.latest}, after the last article reporting the event was published (by ${lastReport}); mark it planned, or end the interval by then`,
    });
  }
}

/** Cross-reference checks that the schema cannot express; returns every problem found, in words. */
export function validateDataset(ds: DatasetT): DatasetProblem[] {
  const out: DatasetProblem[] = [];
  const ids = {
    articles: duplicates('articles', ds.articles, out),
    actors: duplicates('actors', ds.actors, out),
    themes: duplicates('themes', ds.themes, out),
    events: duplicates('events', ds.events, out),
  };
  const files = new Map<string, number>();
  ds.articles.forEach((a, i) => {
    const first = files.get(a.file);
    if (first !== undefined)
      out.push({
        record: recordLabel('articles', i, a.id),
        field: 'file',
        message: `"${a.file}" is already the file of articles[${first}]`,
      });
    else files.set(a.file, i);
    if (a.published.earliest > a.published.latest)
      out.push({
        record: recordLabel('articles', i, a.id),
        field: 'published.latest',
        message: 'must not be before published.earliest',
      });
  });
  ds.actors.forEach((a, i) => {
    if (a.affiliation !== null && !ids.actors.has(a.affiliation)) {
      out.push({
        record: recordLabel('actors', i, a.id),
        field: 'affiliation',
        message: `names actor "${a.affiliation}", which is not in the actors list`,
      });
    }
    if (a.affiliation === a.id)
      out.push({
        record: recordLabel('actors', i, a.id),
        field: 'affiliation',
        message: 'an actor cannot be affiliated with itself',
      });
  });
  checkAliases(ds, out);
  const colours = new Map<string, string>();
  ds.themes.forEach((t, i) => {
    const other = colours.get(t.color.toLowerCase());
    if (other !== undefined)
      out.push({
        record: recordLabel('themes', i, t.id),
        field: 'color',
        message: `${t.color} is already the colour of theme "${other}"`,
      });
    else colours.set(t.color.toLowerCase(), t.id);
  });
  const published = new Map(ds.articles.map((a) => [a.id, a.published.latest]));
  ds.events.forEach((e, i) => {
    const rec = recordLabel('events', i, e.id);
    checkEventRefs(ds, e, rec, ids, out);
    checkWindow(published, e, rec, out);
  });
  for (const [from, to] of Object.entries(ds.eventAliases)) {
    if (!ids.events.has(to))
      out.push({
        record: 'eventAliases',
        field: from,
        message: `points to event "${to}", which is not in the events list`,
      });
    if (ids.events.has(from))
      out.push({
        record: 'eventAliases',
        field: from,
        message: `"${from}" is still a current event id; an alias must be an old id`,
      });
  }
  out.push(...validatePlaces(ds));
  return out;
}
