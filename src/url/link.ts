import { RESERVED_KEYS } from './params';
import { DEFAULT_VIEW, type ViewState } from '../state/viewState';
import { encode } from './codec';
import { snapWindow } from './snapWindow';

/** The link-carried part of any object holding view fields (the store's state, say). */
export function viewOf(s: ViewState): ViewState {
  const v = {} as Record<keyof ViewState, unknown>;
  for (const key of Object.keys(DEFAULT_VIEW) as Array<keyof ViewState>) v[key] = s[key];
  return v as unknown as ViewState;
}

/** The query string a view is linked by: its window rounded to a readable precision, reserved keys kept. */
export function linkQuery(view: ViewState, keep?: URLSearchParams): string {
  return encode({ ...view, window: view.window ? snapWindow(view.window) : null }, keep);
}

/** A page address with a new query: same origin, same path (so it works under /envoy/), same hash. */
export function withQuery(location: Pick<Location, 'origin' | 'pathname' | 'hash'>, query: string): string {
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

type Here = Pick<Location, 'origin' | 'pathname' | 'hash' | 'search'>;

/**
 * Whether the build wrote a static page per event (e/<id>/index.html, with link previews): production builds
 * of the bundled data do (scripts/eventPages); the dev server, generated data (?synthetic=…) and opened data
 * (?data=…, ?local=…) do not.
 */
export function eventPagesHere(
  location: Pick<Location, 'search'> = window.location,
  built: boolean = import.meta.env.PROD,
): boolean {
  const params = new URLSearchParams(location.search);
  return built && RESERVED_KEYS.every((k) => !params.has(k));
}

/** The folder the app is served from ("https://example.org/envoy/"), whatever page of it is open. */
export function appBase(location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname.replace(/[^/]*$/, '')}`;
}

/** The static page of an event, whose link previews name the event: `<app>/e/<id>/`. */
export function eventPageHref(
  eventId: string,
  location: Pick<Location, 'origin' | 'pathname'> = window.location,
): string {
  return `${appBase(location)}e/${encodeURIComponent(eventId)}/`;
}

/** True when a view is one event and nothing else (no filter, window, lane or list choice). */
export function isJustEvent(view: ViewState): boolean {
  return view.event !== null && linkQuery(view) === linkQuery({ ...DEFAULT_VIEW, event: view.event });
}

/**
 * The address of the current page showing one event, with nothing else of the view (for "Link to this event"): its
 * static page when `pages` (see useEventPages).
 */
export function eventHref(eventId: string, location: Here = window.location, pages = false): string {
  if (pages) return eventPageHref(eventId, location);
  return withQuery(
    { ...location, hash: '' },
    encode({ ...DEFAULT_VIEW, event: eventId }, new URLSearchParams(location.search)),
  );
}

/** The address of the view on screen now, built from the store's state (the address bar may lag a zoom by a moment). */
export function currentLink(state: ViewState, location: Here = window.location, pages = false): string {
  const view = viewOf(state);
  if (pages && isJustEvent(view)) return eventPageHref(view.event!, location);
  return withQuery(location, linkQuery(view, new URLSearchParams(location.search)));
}

/** Said beside a copied link whose view uses a file kept only in this browser (`local=`). */
export const LOCAL_FILE_NOTE = 'This view uses a file that only you have; share the file with the link.';

/** True when the page shows a file kept in this browser, which a link cannot bring to anyone else. */
export function isLocalView(search: string = window.location.search): boolean {
  return new URLSearchParams(search).has('local');
}
