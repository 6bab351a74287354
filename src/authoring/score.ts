/**
 * Scores a draft against a hand-made dataset of the same articles (matched by file name): how many of the
 * hand-made events a candidate's quote overlaps, how many of those a candidate's date interval contains,
 * how many candidates come from page chrome, and the publication dates found against the hand-made ones.
 */
import { locateChrome } from '../data/articleLayout';
import { locate, type Range } from '../lib/locate';
import type { DatasetT } from './types';
import { daysBetween } from './calendar';

export interface Score {
  events: number;
  overlapped: number;
  /** Of the overlapped: a candidate whose quote overlaps has an interval containing the hand-made one. */
  datedAny: number;
  /** Of the overlapped: the candidate overlapping most has an interval containing the hand-made one. */
  datedBest: number;
  candidates: number;
  fromChrome: number;
  /** Median width in days of the containing candidates' intervals. */
  medianWidth: number;
  publication: { file: string; found: string; bundled: string; method: string; contains: boolean }[];
  missed: string[];
  wrongDate: { id: string; bundled: string; candidate: string; clue: string }[];
}

const meets = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const overlap = (a: Range, b: Range) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const span = (e: string, l: string) => (e === l ? e : `${e}..${l}`);

export function scoreDraft(draft: DatasetT, gold: DatasetT, textOf: (file: string) => string): Score {
  const draftArticle = new Map(draft.articles.map((a) => [a.id, a]));
  const goldArticle = new Map(gold.articles.map((a) => [a.id, a]));
  const cands = draft.events.flatMap((e) =>
    e.evidence.map((q) => {
      const file = draftArticle.get(q.articleId)!.file;
      return { event: e, file, range: locate(textOf(file), q.text)! };
    }),
  );
  let fromChrome = 0;
  for (const g of gold.articles) {
    const chrome = locateChrome(textOf(g.file), g);
    fromChrome += new Set(
      cands.filter((c) => c.file === g.file && chrome.some((r) => meets(r, c.range))).map((c) => c.event.id),
    ).size;
  }
  let overlapped = 0;
  let datedAny = 0;
  let datedBest = 0;
  const widths: number[] = [];
  const missed: string[] = [];
  const wrongDate: Score['wrongDate'] = [];
  for (const e of gold.events) {
    const hits: { event: DatasetT['events'][number]; chars: number }[] = [];
    for (const q of e.evidence) {
      const file = goldArticle.get(q.articleId)!.file;
      const r = locate(textOf(file), q.text);
      if (!r) continue;
      for (const c of cands)
        if (c.file === file && meets(c.range, r)) hits.push({ event: c.event, chars: overlap(c.range, r) });
    }
    if (hits.length === 0) {
      missed.push(e.id);
      continue;
    }
    overlapped++;
    const ok = (x: (typeof hits)[number]) =>
      x.event.date.earliest <= e.date.earliest && e.date.latest <= x.event.date.latest;
    const good = hits.filter(ok);
    if (good.length > 0) {
      datedAny++;
      widths.push(Math.min(...good.map((g) => daysBetween(g.event.date.earliest, g.event.date.latest) + 1)));
    }
    const best = [...hits].sort((a, b) => b.chars - a.chars)[0]!;
    if (ok(best)) datedBest++;
    else
      wrongDate.push({
        id: e.id,
        bundled: span(e.date.earliest, e.date.latest),
        candidate: span(best.event.date.earliest, best.event.date.latest),
        clue: best.event.date.derivation.clue,
      });
  }
  widths.sort((a, b) => a - b);
  const publication = gold.articles.map((g) => {
    const d = draft.articles.find((a) => a.file === g.file);
    const found = d ? span(d.published.earliest, d.published.latest) : 'missing';
    return {
      file: g.file,
      found,
      bundled: span(g.published.earliest, g.published.latest),
      method: d ? `${d.published.method}, ${d.published.confidence}` : '',
      contains: !!d && d.published.earliest <= g.published.earliest && g.published.latest <= d.published.latest,
    };
  });
  return {
    events: gold.events.length,
    overlapped,
    datedAny,
    datedBest,
    candidates: draft.events.length,
    fromChrome,
    medianWidth: widths[Math.floor(widths.length / 2)] ?? 0,
    publication,
    missed,
    wrongDate,
  };
}

const pct = (a: number, b: number) => `${b === 0 ? 0 : Math.round((1000 * a) / b) / 10}%`;

export function formatScore(s: Score): string {
  const lines = [
    `candidates drafted: ${s.candidates}`,
    `bundled events whose quote overlaps a candidate's quote: ${s.overlapped}/${s.events} = ${pct(s.overlapped, s.events)} (aim ≥ 80%)`,
    `  of those, the candidate with the largest overlap has an interval containing the bundled date: ${s.datedBest}/${s.overlapped} = ${pct(s.datedBest, s.overlapped)} (aim ≥ 80%)`,
    `  of those, any overlapping candidate's interval contains it: ${s.datedAny}/${s.overlapped} = ${pct(s.datedAny, s.overlapped)}; median width of the containing interval: ${s.medianWidth} day(s)`,
    `candidates drawn from chrome: ${s.fromChrome} (must be 0)`,
    'publication dates (found vs bundled):',
    ...s.publication.map(
      (p) =>
        `  ${p.file}  found ${p.found} (${p.method})  bundled ${p.bundled}  ${p.contains ? 'contains it' : 'DOES NOT contain it'}`,
    ),
  ];
  if (s.missed.length) lines.push(`not overlapped: ${s.missed.join(', ')}`);
  if (s.wrongDate.length)
    lines.push(
      'largest-overlap candidate dated outside the bundled date:',
      ...s.wrongDate.map((w) => `  ${w.id}: bundled ${w.bundled}, candidate ${w.candidate} (clue “${w.clue}”)`),
    );
  return lines.join('\n');
}
