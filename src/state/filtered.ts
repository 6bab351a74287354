import type { EventIndex } from '../data/model';
import { filterEvents, type FilterCriteria } from '../data/filter';
import { shareOverlapIndex } from '../data/overlap';
import { shareDensityBase } from '../data/densityBase';
import type { Answer } from './searchAnswer';

interface Memo {
  key: string;
  answer: Answer;
  rows: Uint32Array;
}

const memo = new WeakMap<EventIndex, Memo>();

/** The actor, theme, status, flagged and place filters as one string: equal strings, equal filters. */
function criteriaKey(c: FilterCriteria): string {
  return [
    c.actorMode,
    c.actors.join('\u0001'),
    c.themeMode,
    c.themes.join('\u0001'),
    c.status ?? 'all',
    c.flagged === true ? 'flagged' : '',
    (c.places ?? []).join('\u0001'),
  ].join('\u0002');
}

/**
 * The filtered events for these filters and this search answer, computed once per change however many panels ask
 * (the timeline, its edge hints, the filter panel, the reader and the list all do, in the same render).
 */
export function filteredFor(index: EventIndex, c: FilterCriteria, answer: Answer): Uint32Array {
  const key = criteriaKey(c);
  const last = memo.get(index);
  if (last && last.key === key && last.answer === answer) return last.rows;
  // A search alone: the worker's positions are the answer, with no pass over every event here.
  const alone =
    answer.rows &&
    c.actors.length === 0 &&
    c.themes.length === 0 &&
    (c.status ?? 'all') === 'all' &&
    c.flagged !== true &&
    !c.places?.length;
  const rows = alone ? answer.rows! : filterEvents(index, c, answer.mask);
  if (alone && answer.long) shareOverlapIndex(rows, index.start, index.end, answer.long);
  // And the timeline's density base, counted by the worker with the answer.
  if (alone && answer.density) shareDensityBase(rows, answer.density.rows, answer.density.base);
  memo.set(index, { key, answer, rows });
  return rows;
}
