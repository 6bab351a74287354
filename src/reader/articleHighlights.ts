import type { HighlightRange } from '../lib/highlight';

/**
 * What a highlighted run of article text is: an event's evidence, a search match, a passage the selected event's flag
 * is about, or page chrome (original view).
 */
export type MarkData =
  | { kind: 'evidence'; eventId: string; title: string; current: boolean; key: string }
  | { kind: 'search' }
  | { kind: 'flag'; description: string }
  | { kind: 'chrome' };

/** Evidence of the selected event outranks other events' evidence; search and chrome are separate layers. */
export const PRIORITY = { current: 3, other: 2, flag: 1, search: 1, chrome: 0 } as const;

export type MarkRange = HighlightRange<MarkData>;
