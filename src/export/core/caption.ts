import type { EventIndex } from '../../data/model';
import type { ViewState } from '../../state/viewState';
import type { MatchMode } from '../../data/vocabulary';
import { DAY_MS, msToDay } from '../../lib/days';
import { formatDayRange } from '../../lib/formatDate';
import { formatCount } from '../../lib/formatCount';

const listWords = (names: string[], mode: MatchMode) =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} ${mode === 'all' ? 'and' : 'or'} ${names[names.length - 1]}`;

/** The filters in words: "with Zalmay Khalilzad and the Taliban; about Ceasefire; matching “prisoner”", or "" for none. */
export function filterWords(
  index: EventIndex,
  view: Pick<ViewState, 'actors' | 'actorMode' | 'themes' | 'themeMode' | 'search'>,
): string {
  const actors = view.actors.map((id) => index.actors[index.actorIndex.get(id) ?? -1]?.name ?? id);
  const themes = view.themes.map((id) => index.themes[index.themeIndex.get(id) ?? -1]?.label ?? id);
  const parts: string[] = [];
  if (actors.length > 0) parts.push(`with ${listWords(actors, view.actorMode)}`);
  if (themes.length > 0) parts.push(`about ${listWords(themes, view.themeMode)}`);
  if (view.search.trim()) parts.push(`matching “${view.search.trim()}”`);
  return parts.join('; ');
}

/** A window [from, to) in words: "1 January 2019 – 31 December 2020". */
export function windowWords(window: readonly [number, number]): string {
  const last = Math.max(window[0], window[1] - DAY_MS);
  return formatDayRange(msToDay(window[0]), msToDay(last));
}

/** The view as a title: "Events with Zalmay Khalilzad and the Taliban, 1 January 2019 – 31 December 2020". */
export function viewTitle(
  index: EventIndex,
  view: Pick<ViewState, 'actors' | 'actorMode' | 'themes' | 'themeMode' | 'search'>,
  window: readonly [number, number] | null,
): string {
  const f = filterWords(index, view);
  return `Events${f ? ` ${f}` : ''}${window ? `, ${windowWords(window)}` : ', all dates'}`;
}

/** The caption line under an exported image: dataset, filters, window, date of export, link. */
export function imageCaption(p: {
  datasetTitle: string;
  filters: string;
  window: readonly [number, number];
  exported: string;
  link: string;
  count: number;
}): string {
  return [
    `${p.datasetTitle}`,
    `${formatCount(p.count)} ${p.count === 1 ? 'event' : 'events'}${p.filters ? ` ${p.filters}` : ' (no filters)'}`,
    `window ${windowWords(p.window)}`,
    `exported from Envoy on ${formatDayRange(p.exported, p.exported)}`,
    p.link,
  ].join(' · ');
}
