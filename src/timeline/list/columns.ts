import type { SortDir, SortKey } from './sortEvents';

/** The list view's columns, in order; the grid template in EventTable.css matches them. */
export const COLUMNS: { key: SortKey; label: string; firstDir: SortDir }[] = [
  { key: 'date', label: 'Date', firstDir: 'ascending' },
  { key: 'title', label: 'Title', firstDir: 'ascending' },
  { key: 'actors', label: 'Actors', firstDir: 'ascending' },
  { key: 'themes', label: 'Themes', firstDir: 'ascending' },
  // Most-reported first is what people want when they sort by sources.
  { key: 'sources', label: 'Sources', firstDir: 'descending' },
];

/** Row height in px: fixed, so a million rows need no measuring. Two lines of text fit. */
export const ROW_HEIGHT = 44;
/** Row height when the list is narrow: date, title, and actors with themes stack in up to five short lines. */
export const ROW_HEIGHT_NARROW = 74;

/**
 * Rows per page of the scroller. Browsers cap an element's height (Firefox near 17.9M px, Chrome near 33.5M px),
 * so past this many rows the list is split into pages of PAGE_ROWS rows with buttons between them.
 */
export const PAGE_ROWS = 200_000;
