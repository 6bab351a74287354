/** The part of the UI state that a link carries: everything a person would expect a shared URL to reopen. */

import type { ColorBy, LaneMode, MatchMode, SortDir, SortKey, StatusFilter, ViewMode } from '../data/vocabulary';
import type { TimeWindow } from '../lib/timeWindow';

// The code lists live in data/vocabulary; re-exported so the features' imports stay put.
export type { ColorBy, LaneMode, MatchMode, SortDir, SortKey, StatusFilter, ViewMode };

/** Where the map looks: its centre and a web-map zoom level (0 shows the world in 256 px; each step doubles). */
export interface MapCamera {
  lat: number;
  lon: number;
  zoom: number;
}

export interface ViewState {
  /** Selected event id, or null. */
  event: string | null;
  /** Article shown by the reader when no event is selected. */
  article: string | null;
  actors: string[];
  actorMode: MatchMode;
  themes: string[];
  themeMode: MatchMode;
  search: string;
  /** Only events that carry a flag (impossible date, contradiction, unverified, typo…). */
  flagged: boolean;
  /** Review status filter (`status=candidate|reviewed` in a link). */
  status: StatusFilter;
  /** Visible time window; null means the dataset's home view (EventIndex.home), where the timeline opens. */
  window: TimeWindow | null;
  lanes: LaneMode;
  mode: ViewMode;
  colorBy: ColorBy;
  /** The list view's sort column and direction. */
  sortKey: SortKey;
  sortDir: SortDir;
  /** Place filter: place ids; an event passes when placed at one of them or within one. */
  places: string[];
  /** Whether the map is shown beside the timeline or list (wide screens; below 900 px it is a tab). */
  mapShown: boolean;
  /** The map's camera; null means fitted to the places in the data. */
  map: MapCamera | null;
}

export const DEFAULT_VIEW: ViewState = {
  event: null,
  article: null,
  actors: [],
  actorMode: 'any',
  themes: [],
  themeMode: 'any',
  search: '',
  flagged: false,
  status: 'all',
  window: null,
  lanes: 'single',
  mode: 'timeline',
  colorBy: 'theme',
  sortKey: 'date',
  sortDir: 'ascending',
  places: [],
  mapShown: false,
  map: null,
};
