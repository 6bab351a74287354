import { asciiSlug } from '../../data/import/slug';
import { DAY_MS, msToDay } from '../../lib/days';

export interface FilenameParts {
  datasetId: string;
  actors: readonly string[];
  themes: readonly string[];
  search: string;
  /** [from, to) in UTC ms, or null for all dates. */
  window: readonly [number, number] | null;
  ext: string;
}

const MAX_LENGTH = 120;

/** A window in the fewest words that are exact: "2019-2020", "2019-05", "2019-05-2020-06", "2019-05-04-2019-06-01". */
export function windowSlug(from: number, to: number): string {
  const a = new Date(from);
  const last = new Date(to - DAY_MS);
  const dayAligned = from % DAY_MS === 0 && to % DAY_MS === 0;
  const monthStart = dayAligned && a.getUTCDate() === 1;
  const monthEnd = dayAligned && new Date(to).getUTCDate() === 1;
  if (monthStart && monthEnd && a.getUTCMonth() === 0 && new Date(to).getUTCMonth() === 0) {
    const y0 = a.getUTCFullYear();
    const y1 = last.getUTCFullYear();
    return y0 === y1 ? String(y0) : `${y0}-${y1}`;
  }
  if (monthStart && monthEnd) {
    const m0 = msToDay(from).slice(0, 7);
    const m1 = msToDay(to - DAY_MS).slice(0, 7);
    return m0 === m1 ? m0 : `${m0}-${m1}`;
  }
  const d0 = msToDay(from);
  const d1 = msToDay(Math.max(from, to - 1));
  return d0 === d1 ? d0 : `${d0}-${d1}`;
}

/**
 * A file name that says what the file holds: dataset, filters, window, e.g.
 * `envoy-afghan-peace-actors-khalilzad-taliban-2019-2020.csv`. The dataset id's trailing years are dropped
 * (the window gives the dates); long lists are cut with "-and-n-more" so the name stays under 120 characters.
 */
export function exportFilename(p: FilenameParts): string {
  const dataset = asciiSlug(p.datasetId).replace(/(-\d{4}){1,2}$/, '') || 'dataset';
  const parts = ['envoy', dataset];
  const list = (label: string, ids: readonly string[]) => {
    if (ids.length === 0) return;
    const shown = ids.slice(0, 3).map(asciiSlug);
    parts.push(label, ...shown, ...(ids.length > 3 ? ['and', String(ids.length - 3), 'more'] : []));
  };
  list('actors', p.actors);
  list('themes', p.themes);
  const q = asciiSlug(p.search).slice(0, 30).replace(/-+$/, '');
  if (q) parts.push('search', q);
  if (p.window) parts.push(windowSlug(p.window[0], p.window[1]));
  let name = parts.join('-');
  const ext = `.${p.ext.replace(/^\./, '')}`;
  if (name.length + ext.length > MAX_LENGTH) name = name.slice(0, MAX_LENGTH - ext.length).replace(/-+$/, '');
  return name + ext;
}
