import { DEFAULT_VIEW, type ViewState } from '../state/viewState';
import {
  COLOR_BY_OPTIONS,
  LANE_MODES,
  MATCH_MODES,
  SORT_KEYS,
  STATUS_FILTERS,
  VIEW_MODES,
  type SortKey,
} from '../data/vocabulary';
import { formatFrom, formatTo, MAX_EDGE, MIN_EDGE, parseFrom, parseTo } from './windowEdges';
import { gather, LABEL, quote, type Key } from './params';
import { sourceKeys } from '../data/source';
import { encodeMapView, pickMapCamera, pickViews, roundCamera } from './mapKeys';

/**
 * The link codec: view state <-> query string, pure and dataset-free.
 * Keys: event, article, actors, amode, themes, tmode, q, flagged, status, from, to, lanes, view, places, map, colour, sort. Defaults are left out.
 */

export const MAX_SEARCH = 200;
export const MAX_LIST = 100;
export const MAX_ID = 120;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `sort=title` is ascending, `sort=title-desc` descending. */
const SORTS: readonly string[] = SORT_KEYS.flatMap((k) => [k, `${k}-desc`]);

export interface DecodeContext {
  /** The dataset's [start, end): completes a link that gives only one window edge. */
  span?: [number, number];
}

export interface Decoded {
  view: ViewState;
  /** What was ignored, each in words a reader understands. */
  problems: string[];
}

function isSlug(id: string): boolean {
  return id.length <= MAX_ID && SLUG.test(id);
}

function pickEnum<T extends string>(key: Key, raw: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  const v = raw.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  problems.push(`The link's ${LABEL[key]} ${quote(raw)} is not one of ${allowed.join(', ')}; using ${fallback}.`);
  return fallback;
}

function pickList(key: 'actors' | 'themes' | 'places', raw: string, problems: string[]): string[] {
  const parts = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const good: string[] = [];
  const bad: string[] = [];
  // Ids match in any case; a bad one is quoted back as the link wrote it.
  for (const p of parts) {
    const id = p.toLowerCase();
    if (isSlug(id)) good.push(id);
    else bad.push(p);
  }
  if (bad.length > 0) {
    const shown = bad.slice(0, 3).map(quote).join(', ');
    problems.push(
      `The link's ${LABEL[key]} has ${bad.length === 1 ? 'an id that is' : `${bad.length} ids that are`} not valid (${shown}${bad.length > 3 ? ', …' : ''}); ignored.`,
    );
  }
  const unique = [...new Set(good)];
  if (unique.length > MAX_LIST) {
    problems.push(`The link's ${LABEL[key]} lists ${unique.length} ids; only the first ${MAX_LIST} were used.`);
    return unique.slice(0, MAX_LIST);
  }
  return unique;
}

function pickWindow(
  from: string | undefined,
  to: string | undefined,
  ctx: DecodeContext,
  problems: string[],
): ViewState['window'] {
  if (from === undefined && to === undefined) return null;
  // Null is the dataset's opening (home) view, which is every date only when the dataset names no home.
  const whole = 'showing the opening view.';
  let start = from === undefined ? undefined : parseFrom(from.trim());
  let end = to === undefined ? undefined : parseTo(to.trim());
  if (start === null) problems.push(`The link's start date ${quote(from!)} is not a date; ${whole}`);
  if (end === null) problems.push(`The link's end date ${quote(to!)} is not a date; ${whole}`);
  if (start === null || end === null) return null;
  if (start === undefined || end === undefined) {
    if (!ctx.span) {
      problems.push(
        `The link gives ${start === undefined ? 'an end date but no start date' : 'a start date but no end date'}; ${whole}`,
      );
      return null;
    }
    start ??= ctx.span[0];
    end ??= ctx.span[1];
  }
  if (start >= end) {
    const told = from !== undefined && to !== undefined ? ` (from ${quote(from)} to ${quote(to)})` : '';
    problems.push(`The link's time span ends before it starts${told}; ${whole}`);
    return null;
  }
  return [Math.max(start, MIN_EDGE), Math.min(end, MAX_EDGE)];
}

/** Reads a view from a link's query. Never throws: whatever is unusable is dropped and described in `problems`. */
export function decode(params: URLSearchParams | string, ctx: DecodeContext = {}): Decoded {
  const problems: string[] = [];
  const p = gather(typeof params === 'string' ? new URLSearchParams(params) : params, problems);
  const view: ViewState = { ...DEFAULT_VIEW, actors: [], themes: [], places: [] };

  for (const key of ['event', 'article'] as const) {
    const raw = p.get(key);
    if (raw === undefined) continue;
    const id = raw.trim().toLowerCase();
    if (isSlug(id)) view[key] = id;
    else
      problems.push(
        `The link's ${LABEL[key]} ${quote(raw)} is not a valid id; ${key === 'event' ? 'no event is selected' : 'no article is opened'}.`,
      );
  }
  const actors = p.get('actors');
  if (actors !== undefined) view.actors = pickList('actors', actors, problems);
  const themes = p.get('themes');
  if (themes !== undefined) view.themes = pickList('themes', themes, problems);
  const amode = p.get('amode');
  if (amode !== undefined) view.actorMode = pickEnum('amode', amode, MATCH_MODES, DEFAULT_VIEW.actorMode, problems);
  const tmode = p.get('tmode');
  if (tmode !== undefined) view.themeMode = pickEnum('tmode', tmode, MATCH_MODES, DEFAULT_VIEW.themeMode, problems);

  const q = p.get('q');
  if (q !== undefined) {
    if ([...q].length > MAX_SEARCH) {
      problems.push(`The link's search text is longer than ${MAX_SEARCH} characters; it was cut short.`);
      view.search = [...q].slice(0, MAX_SEARCH).join('');
    } else view.search = q;
  }
  const flagged = p.get('flagged');
  if (flagged !== undefined) {
    const v = flagged.trim().toLowerCase();
    if (v === '1' || v === 'true' || v === 'yes') view.flagged = true;
    else if (v !== '0' && v !== 'false' && v !== 'no')
      problems.push(`The link's ${LABEL.flagged} ${quote(flagged)} is not 1 or 0; showing every event.`);
  }
  const status = p.get('status');
  if (status !== undefined) view.status = pickEnum('status', status, STATUS_FILTERS, DEFAULT_VIEW.status, problems);
  view.window = pickWindow(p.get('from'), p.get('to'), ctx, problems);
  const lanes = p.get('lanes');
  if (lanes !== undefined) view.lanes = pickEnum('lanes', lanes, LANE_MODES, DEFAULT_VIEW.lanes, problems);
  const mode = p.get('view');
  if (mode !== undefined) Object.assign(view, pickViews(mode, VIEW_MODES, problems));
  const places = p.get('places');
  if (places !== undefined) view.places = pickList('places', places, problems);
  const map = p.get('map');
  if (map !== undefined) view.map = pickMapCamera(map, problems);
  const colour = p.get('colour');
  if (colour !== undefined) view.colorBy = pickEnum('colour', colour, COLOR_BY_OPTIONS, DEFAULT_VIEW.colorBy, problems);
  const sort = p.get('sort');
  if (sort !== undefined) {
    const s = pickEnum('sort', sort, SORTS, DEFAULT_VIEW.sortKey, problems);
    view.sortKey = s.replace(/-desc$/, '') as SortKey;
    view.sortDir = s.endsWith('-desc') ? 'descending' : 'ascending';
  }
  return { view, problems };
}

/** Percent-encodes a value but leaves the characters that keep links readable (`,` `:` `/` and `+` for space). */
function enc(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+').replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
}

/** Writes a view as a query string (no leading "?"), leaving defaults out; `keep` carries reserved keys such as `synthetic`. */
export function encode(view: ViewState, keep?: URLSearchParams): string {
  const parts: string[] = [];
  const put = (key: string, value: string) => parts.push(`${key}=${enc(value)}`);
  // The data keys, only as the data loader used them (a bad synthetic or seed is not copied on).
  if (keep) for (const [key, v] of sourceKeys(keep.toString())) put(key, v);
  if (view.event) put('event', view.event);
  if (view.article) put('article', view.article);
  if (view.actors.length > 0) put('actors', view.actors.join(','));
  if (view.actorMode !== DEFAULT_VIEW.actorMode) put('amode', view.actorMode);
  if (view.themes.length > 0) put('themes', view.themes.join(','));
  if (view.themeMode !== DEFAULT_VIEW.themeMode) put('tmode', view.themeMode);
  if (view.search !== '') put('q', view.search);
  if (view.flagged) put('flagged', '1');
  if (view.status !== DEFAULT_VIEW.status) put('status', view.status);
  if (view.window) {
    put('from', formatFrom(Math.round(view.window[0])));
    put('to', formatTo(Math.round(view.window[1])));
  }
  if (view.lanes !== DEFAULT_VIEW.lanes) put('lanes', view.lanes);
  const shown = encodeMapView(view);
  if (shown) put('view', shown);
  if (view.places.length > 0) put('places', view.places.join(','));
  if (view.map) {
    const c = roundCamera(view.map);
    put('map', `${c.lat},${c.lon},${c.zoom}`);
  }
  if (view.colorBy !== DEFAULT_VIEW.colorBy) put('colour', view.colorBy);
  if (view.sortKey !== DEFAULT_VIEW.sortKey || view.sortDir !== DEFAULT_VIEW.sortDir) {
    put('sort', view.sortDir === 'descending' ? `${view.sortKey}-desc` : view.sortKey);
  }
  return parts.join('&');
}
