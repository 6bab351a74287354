// The list's orders live in data/ so the worker can sort off the main thread; re-exported for the list view.
export { sortEvents, titleRanks, type SortDir, type SortKey, type SortKeys } from '../../data/sortEvents';
