// How the build groups modules into chunks. Rolldown's automatic splitting made ~40 small chunks on the way to the
// first paint (a module shared by the shell and a lazy chunk got a chunk of its own), and a static host speaking
// HTTP/1.1 serves six at a time: the bundled dataset's first paint waited on several rounds of requests.

/** Modules under the panels' folders that they load lazily, which stay out of the panels' chunk. */
export const LAZY_IN_PANELS = ['src/reader/reviewedDataset.ts', 'src/timeline/exportImage.ts'];

const PANEL_DIRS = /src[\\/](timeline|filters|reader)[\\/]/;
const slashed = (id: string) => id.split('\\').join('/');

/**
 * Two chunks for the page's start: `shell`, every module the entry needs before it runs (one request, not sixteen),
 * and `panels`, the timeline, filters and reader with what they import (one, not fourteen). Lazy features (the map,
 * export, import, review) keep their own chunks.
 */
export const CHUNK_GROUPS = [
  { name: 'shell', tags: ['$initial' as const] },
  {
    name: 'panels',
    test: (id: string) => PANEL_DIRS.test(id) && !LAZY_IN_PANELS.some((m) => slashed(id).endsWith(`/${m}`)),
  },
];
