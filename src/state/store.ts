import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  DEFAULT_VIEW,
  type ColorBy,
  type LaneMode,
  type MapCamera,
  type MatchMode,
  type SortDir,
  type SortKey,
  type StatusFilter,
  type ViewMode,
  type ViewState,
} from './viewState';
import type { TimeWindow } from '../lib/timeWindow';

export type PanelId = 'filters' | 'timeline' | 'reader' | 'map';

export interface Notice {
  id: string;
  /** What went wrong, in words a reader understands. */
  message: string;
  tone: 'info' | 'warning' | 'error';
}

export interface EnvoyActions {
  select(eventId: string | null): void;
  showArticle(articleId: string | null): void;
  setWindow(window: TimeWindow | null): void;
  setLanes(lanes: LaneMode): void;
  setMode(mode: ViewMode): void;
  toggleActor(id: string): void;
  onlyActor(id: string): void;
  clearActors(): void;
  /** Replaces the selected actors at once (e.g. clearing one group of the actor list). */
  setActors(ids: string[]): void;
  setActorMode(mode: MatchMode): void;
  toggleTheme(id: string): void;
  onlyTheme(id: string): void;
  clearThemes(): void;
  setThemeMode(mode: MatchMode): void;
  setSearch(text: string): void;
  /** Shows only flagged events (or every event again). */
  setFlagged(on: boolean): void;
  /** Shows every event, only candidates, or only reviewed events. */
  setStatus(status: StatusFilter): void;
  resetFilters(): void;
  /** Replaces the whole view at once (used when a link is opened or history moves). */
  applyView(view: ViewState): void;
  notify(notice: Omit<Notice, 'id'> & { id?: string }): void;
  dismiss(id: string): void;
  /** Timeline mark colours: by theme (the filter panel's colours) or by actor. */
  setColorBy(colorBy: ColorBy): void;
  /** The list view's order (part of a link). */
  setSort(sortKey: SortKey, sortDir: SortDir): void;
  /** Brings a panel to the front where the panels are tabs (narrow screens). */
  showPanel(panel: PanelId): void;
  /** Turns the single-key shortcuts (j, k, [, ], Shift+L, ?) on or off; remembered in localStorage. */
  setShortcuts(on: boolean): void;
  togglePlace(id: string): void;
  onlyPlace(id: string): void;
  clearPlaces(): void;
  /** Adds places to the place filter (a box drawn on the map). */
  addPlaces(ids: string[]): void;
  setMapShown(shown: boolean): void;
  setMapCamera(camera: MapCamera | null): void;
}

export interface EnvoyState extends ViewState {
  notices: Notice[];
  /** The panel in front when the layout is tabs (below 900 px); not part of a link. */
  panel: PanelId;
  /** Whether the single-key shortcuts work (WCAG 2.1.4); remembered in this browser, not part of a link. */
  shortcuts: boolean;
  actions: EnvoyActions;
}

export type EnvoyStore = StoreApi<EnvoyState>;

function toggle(list: string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

let noticeSeq = 0;

/** Where the single-key shortcuts switch is remembered. */
export const SHORTCUTS_KEY = 'envoy:shortcuts';

/** On unless turned off in this browser; storage that is missing or throws leaves them on. */
function readShortcuts(): boolean {
  try {
    return globalThis.localStorage?.getItem(SHORTCUTS_KEY) !== 'false';
  } catch {
    return true;
  }
}

function writeShortcuts(on: boolean): void {
  try {
    globalThis.localStorage?.setItem(SHORTCUTS_KEY, String(on));
  } catch {
    // Private mode or storage turned off: the switch still works for this page.
  }
}

/** Creates a fresh store; the app makes one, and every test makes its own. */
export function createEnvoyStore(initial: Partial<ViewState> = {}): EnvoyStore {
  return createStore<EnvoyState>()((set) => ({
    ...DEFAULT_VIEW,
    ...initial,
    notices: [],
    panel: 'timeline',
    shortcuts: readShortcuts(),
    actions: {
      select: (event) => set({ event }),
      showArticle: (article) => set({ article, event: null }),
      setWindow: (window) => set({ window }),
      setLanes: (lanes) => set({ lanes }),
      setMode: (mode) => set({ mode }),
      toggleActor: (id) => set((s) => ({ actors: toggle(s.actors, id) })),
      onlyActor: (id) => set({ actors: [id] }),
      clearActors: () => set({ actors: [] }),
      setActors: (actors) => set({ actors }),
      setActorMode: (actorMode) => set({ actorMode }),
      toggleTheme: (id) => set((s) => ({ themes: toggle(s.themes, id) })),
      onlyTheme: (id) => set({ themes: [id] }),
      clearThemes: () => set({ themes: [] }),
      setThemeMode: (themeMode) => set({ themeMode }),
      setSearch: (search) => set({ search }),
      setFlagged: (flagged) => set({ flagged }),
      setStatus: (status) => set({ status }),
      // The window is the view, not a filter: Reset all leaves it where it is.
      resetFilters: () =>
        set({
          actors: [],
          themes: [],
          actorMode: 'any',
          themeMode: 'any',
          search: '',
          flagged: false,
          status: 'all',
          places: [],
        }),
      applyView: (view) => set({ ...view }),
      notify: ({ id, ...rest }) =>
        set((s) => {
          const key = id ?? `notice-${++noticeSeq}`;
          return { notices: [...s.notices.filter((n) => n.id !== key), { id: key, ...rest }] };
        }),
      dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
      setColorBy: (colorBy) => set({ colorBy }),
      setSort: (sortKey, sortDir) => set({ sortKey, sortDir }),
      showPanel: (panel) => set({ panel }),
      setShortcuts: (shortcuts) => {
        writeShortcuts(shortcuts);
        set({ shortcuts });
      },
      togglePlace: (id) => set((s) => ({ places: toggle(s.places, id) })),
      onlyPlace: (id) => set({ places: [id] }),
      clearPlaces: () => set({ places: [] }),
      addPlaces: (ids) => set((s) => ({ places: [...new Set([...s.places, ...ids])] })),
      setMapShown: (mapShown) => set({ mapShown }),
      setMapCamera: (map) => set({ map }),
    },
  }));
}
