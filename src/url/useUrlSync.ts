import { useLayoutEffect } from 'react';
import { useIndex } from '../data/DatasetContext';
import type { EventIndex } from '../data/model';
import type { EnvoyStore } from '../state/store';
import { useEnvoyStore } from '../state/useEnvoy';
import type { ViewState } from '../state/viewState';
import { decode } from './codec';
import { sourceProblems } from '../data/source';
import { linkQuery, viewOf, withQuery } from './link';
import { resolveAgainst } from './resolveAgainst';

/** Zoom and pan settle for this long before the current history entry is rewritten. */
export const WINDOW_DEBOUNCE_MS = 300;
/** Search edits this close together extend one history entry instead of pushing one per keystroke. */
export const TYPING_MS = 1000;

export const LINK_PROBLEMS_NOTICE = 'link-problems';
export const LINK_HIDDEN_NOTICE = 'link-hidden';

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameWindow(a: ViewState['window'], b: ViewState['window']): boolean {
  return a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]);
}

/** The map camera moves like the timeline window: it rewrites the current entry, never pushes one. */
function sameCamera(a: ViewState['map'], b: ViewState['map']): boolean {
  return a === b || (a !== null && b !== null && a.lat === b.lat && a.lon === b.lon && a.zoom === b.zoom);
}

/** The keys, other than the window and the map camera, whose values differ. */
function changedKeys(a: ViewState, b: ViewState): string[] {
  return (Object.keys(a) as Array<keyof ViewState>).filter((k) => {
    if (k === 'window' || k === 'map') return false;
    const x = a[k];
    const y = b[k];
    return Array.isArray(x) && Array.isArray(y) ? !sameList(x, y) : x !== y;
  });
}

/**
 * Decodes the page's query and checks it against the dataset, telling the reader what was ignored.
 * Only an opened link says its event is hidden: a history entry holds a view the reader made.
 */
function readLink(store: EnvoyStore, index: EventIndex, opening: boolean): ViewState {
  const { actions } = store.getState();
  const decoded = decode(window.location.search, { span: index.span });
  const resolved = resolveAgainst(decoded.view, index);
  // What the dataset lacks (the event, an actor) matters most to the reader, so it comes first.
  const problems = [...sourceProblems(window.location.search), ...resolved.problems, ...decoded.problems];
  if (problems.length > 0) {
    actions.notify({
      id: LINK_PROBLEMS_NOTICE,
      tone: 'warning',
      message: `Part of this link could not be used. ${problems.join(' ')}`,
    });
  }
  if (resolved.hiddenByFilters && opening) {
    actions.notify({
      id: LINK_HIDDEN_NOTICE,
      tone: 'info',
      message: "The linked event is hidden by the link's filters; it is shown selected anyway.",
    });
  } else if (opening && store.getState().notices.some((n) => n.id === LINK_HIDDEN_NOTICE)) {
    actions.dismiss(LINK_HIDDEN_NOTICE);
  }
  return resolved.view;
}

/**
 * Keeps the address bar and the store in step, once the dataset has loaded: opens the link's view,
 * pushes a history entry for each selection or filter change, rewrites the current entry (debounced)
 * for zoom and pan, and restores the view on Back and Forward. Only the query string changes.
 */
export function useUrlSync(): void {
  const store = useEnvoyStore();
  const index = useIndex();
  // A layout effect, so the linked view is in place before the first paint.
  useLayoutEffect(() => {
    let applying = false;
    let written = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastTyping = 0;

    const keep = () => new URLSearchParams(window.location.search);
    const write = (how: 'push' | 'replace', view: ViewState) => {
      const query = linkQuery(view, keep());
      if (query === written) return;
      written = query;
      const href = withQuery(window.location, query);
      if (how === 'push') window.history.pushState(null, '', href);
      else window.history.replaceState(window.history.state, '', href);
    };
    const apply = (view: ViewState) => {
      applying = true;
      try {
        store.getState().actions.applyView(view);
      } finally {
        applying = false;
      }
    };
    const cancelPending = () => {
      clearTimeout(timer);
      timer = undefined;
    };

    const opened = readLink(store, index, true);
    apply(opened);
    // Show the link as Envoy reads it, without what was ignored.
    written = '\0';
    write('replace', opened);

    const unsubscribe = store.subscribe((state, prev) => {
      if (applying) return;
      const now = viewOf(state);
      const before = viewOf(prev);
      const changed = changedKeys(now, before);
      if (changed.length === 0) {
        if (sameWindow(now.window, before.window) && sameCamera(now.map, before.map)) return;
        cancelPending();
        timer = setTimeout(() => {
          timer = undefined;
          write('replace', viewOf(store.getState()));
        }, WINDOW_DEBOUNCE_MS);
        return;
      }
      const typing = changed.length === 1 && changed[0] === 'search';
      const t = Date.now();
      // A key after the first of a search rewrites the entry the first one made, once typing pauses: rewriting the
      // address costs a few ms a time, which a keystroke at a million events cannot spare.
      const more = typing && t - lastTyping < TYPING_MS;
      lastTyping = typing ? t : 0;
      if (more) {
        cancelPending();
        timer = setTimeout(() => {
          timer = undefined;
          write('replace', viewOf(store.getState()));
        }, WINDOW_DEBOUNCE_MS);
        return;
      }
      // Settle the current entry with the view it had, then start a new entry.
      if (timer !== undefined) {
        cancelPending();
        write('replace', before);
      }
      write('push', now);
    });

    const onPopState = () => {
      cancelPending();
      const view = readLink(store, index, false);
      apply(view);
      written = linkQuery(view, keep());
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      cancelPending();
      window.removeEventListener('popstate', onPopState);
    };
  }, [store, index]);
}
