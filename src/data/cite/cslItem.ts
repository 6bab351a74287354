import type { ArticleT } from '../schema';

/** A CSL-JSON name: family and given parts, or a literal when the byline is one word or not a person's name. */
export type CslName = { family: string; given: string } | { literal: string };
/** CSL-JSON date: one date, or two for an interval; each [year], [year, month] or [year, month, day]. */
export interface CslDate {
  'date-parts': number[][];
}

/** The CSL-JSON fields Envoy writes (a subset of https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'dataset';
  title: string;
  'container-title'?: string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  publisher?: string;
  version?: string;
  URL?: string;
  note?: string;
}

const ymd = (day: string) => day.split('-').map(Number) as [number, number, number];

/** Date parts of an ISO day cut to the precision known: [y], [y, m] or [y, m, d]. */
function partsAt(day: string, precision: 'day' | 'month' | 'year'): number[] {
  const [y, m, d] = ymd(day);
  return precision === 'year' ? [y] : precision === 'month' ? [y, m] : [y, m, d];
}

/**
 * A publication date as CSL: one date when it is known exactly (to its precision), else the interval it lies in.
 * A month known only as "May 2019" is [[2019, 5]], not the first of May.
 */
export function publishedDate(p: ArticleT['published']): CslDate {
  const unit = p.precision === 'month' ? 'month' : p.precision === 'year' ? 'year' : 'day';
  const a = partsAt(p.earliest, unit);
  const b = partsAt(p.latest, unit);
  return { 'date-parts': a.join('-') === b.join('-') ? [a] : [a, b] };
}

/** The byline as CSL names: "By A and B" -> two names; "Farhad Naibkhel" -> family Naibkhel, given Farhad. */
export function bylineNames(byline: string): CslName[] {
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((name) => {
      const words = name.split(/\s+/);
      return words.length < 2
        ? { literal: name }
        : { family: words[words.length - 1]!, given: words.slice(0, -1).join(' ') };
    });
}

/** CSL date of a day (the accessed date). */
export function dayDate(day: string): CslDate {
  return { 'date-parts': [ymd(day)] };
}

/** An article as a CSL item: only the fields the dataset knows (no outlet or author is invented when it names none). */
export function articleItem(a: ArticleT): CslItem {
  return {
    id: a.id,
    type: 'article-newspaper',
    title: a.title,
    ...(a.outlet ? { 'container-title': a.outlet } : {}),
    ...(a.byline ? { author: bylineNames(a.byline) } : {}),
    issued: publishedDate(a.published),
  };
}

export interface ViewCitation {
  /** What the link shows: an event's title, or a description of the view. */
  title: string;
  datasetId: string;
  datasetTitle: string;
  version: string;
  url: string;
  /** The day the view was looked at, YYYY-MM-DD. */
  accessed: string;
}

/** The Envoy view itself (an event, or a filtered view) as a CSL dataset item. */
export function viewItem(v: ViewCitation, id = `envoy-${v.datasetId}`): CslItem {
  return {
    id,
    type: 'dataset',
    title: v.title,
    'container-title': v.datasetTitle,
    publisher: 'Envoy',
    version: v.version,
    URL: v.url,
    accessed: dayDate(v.accessed),
  };
}
