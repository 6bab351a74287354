/** Datasets from this size on search and sort in the data worker; smaller ones are quicker on the page, at once. */
export const WORKER_MIN = 50_000;
