/**
 * review.csv: one row per candidate, for review in a spreadsheet. `decision` is accept, reject or edit;
 * an accepted or edited event loses its candidate status (edits to title, earliest/latest, actors and themes
 * are applied), a rejected one is dropped, one left blank stays a candidate. actors.csv holds the suggested
 * actors; accepting one adds it (with its aliases and spelling variants) to the actors list and to the
 * accepted events it was found in.
 */
import Papa from 'papaparse';
import type { ActorT, DatasetT, EventT } from './types';
import type { ActorSuggestion } from './actors';
import { slugify } from './actors';
import type { ReviewRow } from './draft';
import { precisionOfWidth } from './calendar';
import { ISO_DAY } from '../lib/days';

export const REVIEW_COLUMNS: (keyof ReviewRow)[] = [
  'decision',
  'id',
  'title',
  'earliest',
  'latest',
  'precision',
  'kind',
  'actors',
  'suggested_actors',
  'themes',
  'clue',
  'method',
  'confidence',
  'flags',
  'review_note',
  'quote',
  'article',
];
export const ACTOR_COLUMNS = ['decision', 'id', 'name', 'type', 'aliases', 'variants', 'mentions'] as const;

/** Cells a spreadsheet would run as a formula are prefixed with an apostrophe. */
function safeCell(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

function unsafe(v: string): string {
  return /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v;
}

export function reviewCsv(rows: readonly ReviewRow[]): string {
  return (
    Papa.unparse(
      { fields: REVIEW_COLUMNS, data: rows.map((r) => REVIEW_COLUMNS.map((c) => safeCell(r[c]))) },
      { newline: '\n' },
    ) + '\n'
  );
}

export function actorsCsv(s: readonly ActorSuggestion[]): string {
  return (
    Papa.unparse(
      {
        fields: [...ACTOR_COLUMNS],
        data: s.map((a) =>
          ['', a.id, a.name, a.type, a.aliases.join('; '), a.variants.join('; '), String(a.mentions)].map(safeCell),
        ),
      },
      { newline: '\n' },
    ) + '\n'
  );
}

export function parseCsv(text: string): Record<string, string>[] {
  const r = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  return r.data.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k.trim(), unsafe(String(v ?? ''))])),
  );
}

export interface ApplyReport {
  accepted: number;
  edited: number;
  rejected: number;
  pending: number;
  actorsAdded: string[];
  /** Rows the tool could not apply, in words (the row stays as it was). */
  problems: string[];
}

const list = (s: string | undefined) =>
  (s ?? '')
    .split(/[;,]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Applies review decisions to a drafted dataset; returns the reviewed dataset and what was done. Pure. */
export function applyReview(
  ds: DatasetT,
  rows: readonly Record<string, string>[],
  actorRows: readonly Record<string, string>[] = [],
): { dataset: DatasetT; report: ApplyReport } {
  const report: ApplyReport = { accepted: 0, edited: 0, rejected: 0, pending: 0, actorsAdded: [], problems: [] };
  const actors: ActorT[] = ds.actors.map((a) => ({ ...a, aliases: [...a.aliases] }));
  const owner = new Map<string, string>();
  for (const a of actors) for (const al of a.aliases) owner.set(al.toLowerCase(), a.id);
  const acceptedSuggestions = new Set<string>();
  for (const r of actorRows) {
    const d = (r.decision ?? '').trim().toLowerCase();
    if (d !== 'accept' && d !== 'edit') continue;
    const id = slugify(r.id || r.name || '');
    if (!r.name) {
      report.problems.push(`actors.csv › ${r.id ?? '?'} › name: is empty`);
      continue;
    }
    if (actors.some((a) => a.id === id)) continue;
    const aliases = [...new Set([...list(r.aliases), ...list(r.variants), r.name])].filter((al) => {
      const other = owner.get(al.toLowerCase());
      if (other && other !== id)
        report.problems.push(`actors.csv › ${id} › aliases: “${al}” already names actor "${other}"; left out`);
      return !other;
    });
    aliases.forEach((al) => owner.set(al.toLowerCase(), id));
    const type =
      (
        ['person', 'state', 'government-body', 'armed-group', 'international-body', 'media', 'group', 'other'] as const
      ).find((t) => t === r.type) ?? 'other';
    actors.push({ id, name: r.name, type, affiliation: null, title: null, aliases });
    acceptedSuggestions.add(id);
    report.actorsAdded.push(id);
  }
  const actorIds = new Set(actors.map((a) => a.id));
  const themeIds = new Set(ds.themes.map((t) => t.id));
  const byId = new Map(rows.map((r) => [r.id ?? '', r]));
  const events: EventT[] = [];
  for (const e of ds.events) {
    const row = byId.get(e.id);
    const decision = (row?.decision ?? '').trim().toLowerCase();
    if (!row || decision === '') {
      if (e.status === 'candidate') report.pending++;
      events.push(e);
      continue;
    }
    if (decision === 'reject') {
      report.rejected++;
      continue;
    }
    if (decision !== 'accept' && decision !== 'edit') {
      report.problems.push(
        `review.csv › ${e.id} › decision: “${row.decision}” is not accept, reject or edit; the event stays a candidate`,
      );
      events.push(e);
      continue;
    }
    const next: EventT = { ...e, date: { ...e.date, derivation: { ...e.date.derivation } } };
    delete next.status;
    const changes: string[] = [];
    if (row.title !== undefined && row.title.trim() && row.title.trim() !== e.title) {
      next.title = row.title.trim();
      changes.push('title');
    }
    const earliest = (row.earliest ?? e.date.earliest).trim() || e.date.earliest;
    const latest = (row.latest ?? e.date.latest).trim() || e.date.latest;
    if (earliest !== e.date.earliest || latest !== e.date.latest) {
      if (!ISO_DAY.test(earliest) || !ISO_DAY.test(latest) || earliest > latest) {
        report.problems.push(
          `review.csv › ${e.id} › earliest/latest: “${earliest}”–“${latest}” is not a date range written YYYY-MM-DD; the drafted date is kept`,
        );
      } else {
        const was = `${e.date.earliest}–${e.date.latest}`;
        Object.assign(next.date, {
          earliest,
          latest,
          precision: e.date.precision === 'span' ? 'span' : precisionOfWidth({ earliest, latest }),
        });
        next.date.derivation.note = `${e.date.derivation.note} Edited by a reviewer (the draft said ${was}).`;
        changes.push('date');
      }
    }
    if (row.actors !== undefined) {
      const wanted = list(row.actors).map((x) => (actorIds.has(x) ? x : (owner.get(x.toLowerCase()) ?? x)));
      const unknown = wanted.filter((x) => !actorIds.has(x));
      unknown.forEach((x) =>
        report.problems.push(
          `review.csv › ${e.id} › actors: “${x}” is not an actor id or alias (accept it in actors.csv first); left out`,
        ),
      );
      const ids = wanted.filter((x) => actorIds.has(x));
      for (const s of list(row.suggested_actors)) if (acceptedSuggestions.has(s) && !ids.includes(s)) ids.push(s);
      const before = e.actors.map((a) => a.actorId).join(';');
      next.actors = [...new Set(ids)].map(
        (id) => e.actors.find((a) => a.actorId === id) ?? { actorId: id, role: 'mentioned' as const },
      );
      if (next.actors.map((a) => a.actorId).join(';') !== before) changes.push('actors');
    }
    if (row.themes !== undefined && list(row.themes).length > 0) {
      const wanted = list(row.themes);
      wanted
        .filter((t) => !themeIds.has(t))
        .forEach((t) => report.problems.push(`review.csv › ${e.id} › themes: “${t}” is not a theme id; left out`));
      const ok = wanted.filter((t) => themeIds.has(t));
      if (ok.length > 0 && ok.join(';') !== e.themes.join(';')) {
        next.themes = ok;
        changes.push('themes');
      }
    }
    if (changes.length > 0 || decision === 'edit') report.edited++;
    else report.accepted++;
    events.push(next);
  }
  const kept = new Set(events.map((e) => e.id));
  const eventAliases = Object.fromEntries(Object.entries(ds.eventAliases).filter(([, to]) => kept.has(to)));
  return { dataset: { ...ds, actors, events, eventAliases }, report };
}
