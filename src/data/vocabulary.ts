/**
 * The code lists the layers share: each an `as const` tuple with its union type derived from it, so the zod schema,
 * the typed-array indexes, the store and the link codec all spell a code one way.
 */

// Date precision lives in lib/ because the date words there (lib/formatDate) need it too.
export {
  ENDPOINT_PRECISION_CODES,
  PRECISION_CODES,
  type EndpointPrecisionCode,
  type PrecisionCode,
} from '../lib/precision';

/** What an event is: it happened, someone said something, it is planned, or a state of affairs. EventIndex.kind holds the index. */
export const KIND_CODES = ['occurred', 'statement', 'planned', 'status'] as const;
/** Flag kinds, in bit order of EventIndex.flags. */
export const FLAG_CODES = ['contradiction', 'impossible-date', 'inconsistency', 'typo', 'unverified'] as const;

/** How a list of chosen actors (themes) filters: an event with any of them, or with all of them. */
export const MATCH_MODES = ['any', 'all'] as const;
export type MatchMode = (typeof MATCH_MODES)[number];

/** Review status filter: every event, only drafted candidates, or only reviewed events. */
export const STATUS_FILTERS = ['all', 'candidate', 'reviewed'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** How the timeline splits into lanes: one lane, a lane per actor, or a lane per theme. */
export const LANE_MODES = ['single', 'actor', 'theme'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

/** The events shown as a timeline or as a list. */
export const VIEW_MODES = ['timeline', 'list'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/** What the timeline's mark colours encode. */
export const COLOR_BY_OPTIONS = ['theme', 'actor'] as const;
export type ColorBy = (typeof COLOR_BY_OPTIONS)[number];

/** The list view's sort columns and directions. */
export const SORT_KEYS = ['date', 'title', 'actors', 'themes', 'sources'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
/** Spelled as aria-sort spells them, so a header's aria-sort is the store's direction as it is. */
export const SORT_DIRS = ['ascending', 'descending'] as const;
export type SortDir = (typeof SORT_DIRS)[number];
