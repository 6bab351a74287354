// Rows read so far by the import that is loading the page's dataset (a reopened file, a ?data= link), for the gate's progress bar.

export interface LoadProgress {
  rows: number;
  bytes: number;
  totalBytes: number | null;
}

let current: LoadProgress | null = null;
const listeners = new Set<() => void>();

export function setLoadProgress(p: LoadProgress | null): void {
  current = p;
  for (const l of listeners) l();
}

export function getLoadProgress(): LoadProgress | null {
  return current;
}

export function subscribeLoadProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
