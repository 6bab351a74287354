import type { EventIndex } from '../model';
import type { SortDir, SortKey } from '../sortEvents';
import type { FilterCriteria } from '../filter';
import type { FacetCounts } from '../facetCounts';
import type { FromWorker, ToWorker, WorkSource } from './protocol';
import { payloadTransfer } from '../import/protocol';
import { takeHandOver } from './handOver';
import type { SyntheticBuilt } from '../synthetic';
import type { DensityBase, OneLaneRows } from '../densityBase';

/** What the client needs of a Worker (a real one, or a test's stand-in wired to the handler). */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  onerror: ((e: Event) => void) | null;
  terminate(): void;
}

/** A request that a newer one of the same kind replaced before it was answered. */
export class Superseded extends Error {
  constructor() {
    super('replaced by a newer request');
  }
}

export interface SearchAnswer {
  needle: string;
  mask: Uint8Array;
  rows: Uint32Array;
  long: Uint32Array;
  perTerm: number[] | null;
  /** The one-lane timeline's density base for the matches, when one was asked for. */
  density: DensityBase | null;
  ms: number;
}

/** The recipe the worker rebuilds the page's dataset from, or null when it cannot (then the page does the work). */
export function workSource(index: EventIndex): WorkSource | null {
  if (index.synthetic && index.seed !== undefined) return { kind: 'synthetic', count: index.count, seed: index.seed };
  // An import: its own columns and records, so the worker's events and search texts are the page's exactly.
  const payload = takeHandOver(index);
  if (payload) return { kind: 'payload', payload };
  if (index.raw) return { kind: 'dataset', dataset: index.raw };
  return null;
}

type Kind = 'search' | 'sort' | 'counts' | 'places';

interface Waiting<T> {
  seq: number;
  resolve(value: T): void;
  reject(error: Error): void;
}

/**
 * The page's side of the protocol (protocol.ts): one outstanding search and one outstanding sort; asking again
 * rejects the older promise with Superseded at once and tells the worker, which drops it if it has not started.
 * A worker that fails to start or breaks rejects every request with its reason in words.
 */
export class WorkClient {
  private seq = 0;
  private waiting = new Map<Kind, Waiting<never>>();
  private broken: string | null = null;
  /** The generated columns, for a client that asked the worker to generate the page's data too (`share`). */
  readonly columns: Promise<SyntheticBuilt>;
  private gotColumns: { resolve(c: SyntheticBuilt): void; reject(e: Error): void } | null = null;
  /** The parts of the columns received so far. */
  private parts: Partial<SyntheticBuilt> = {};
  /** Set once the worker has built its index: how long it took and how big it is. */
  loaded: Extract<FromWorker, { type: 'loaded' }> | null = null;
  onLoaded: (() => void) | null = null;

  constructor(
    private readonly worker: WorkerLike,
    source: WorkSource,
  ) {
    this.columns = new Promise<SyntheticBuilt>((resolve, reject) => (this.gotColumns = { resolve, reject }));
    // Nobody waits for them unless the source shared them: a failure then is reported by the requests instead.
    this.columns.catch(() => undefined);
    worker.onmessage = (e) => this.receive(e.data);
    worker.onerror = (e) => {
      const detail = e instanceof ErrorEvent && e.message ? `: ${e.message}` : '';
      this.breakAll(`The data worker stopped${detail}.`);
    };
    worker.postMessage({ type: 'load', source }, source.kind === 'payload' ? payloadTransfer(source.payload) : []);
  }

  private ask<T>(kind: Kind, message: (seq: number) => ToWorker, transfer: Transferable[] = []): Promise<T> {
    this.waiting.get(kind)?.reject(new Superseded());
    this.waiting.delete(kind);
    if (this.broken) return Promise.reject(new Error(this.broken));
    const seq = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(kind, { seq, resolve: resolve as (v: never) => void, reject });
      this.worker.postMessage(message(seq), transfer);
    });
  }

  /** The events matching the needle; with `density`, also their density base in that one-lane layout. */
  search(needle: string, density: OneLaneRows | null = null): Promise<SearchAnswer> {
    return this.ask('search', (seq) => ({ type: 'search', seq, needle, density }));
  }

  /** The rows in the chosen order; the rows are copied once and the copy transferred. */
  sort(rows: Uint32Array, key: SortKey, dir: SortDir): Promise<Uint32Array> {
    const copy = rows.slice();
    return this.ask('sort', (seq) => ({ type: 'sort', seq, rows: copy, key, dir }), [copy.buffer]);
  }

  /** Facet counts for the filters (their search as a needle) in the window. */
  counts(criteria: FilterCriteria, window: [number, number] | null): Promise<FacetCounts> {
    return this.ask('counts', (seq) => ({ type: 'counts', seq, criteria, window }));
  }

  /** The Places list's counts for the filters (their search as a needle) in the window. */
  placeCounts(criteria: FilterCriteria, window: [number, number] | null): Promise<Uint32Array> {
    return this.ask('places', (seq) => ({ type: 'places', seq, criteria, window }));
  }

  dispose(): void {
    this.breakAll('The data worker was closed.');
    this.worker.terminate();
  }

  private breakAll(message: string) {
    this.broken ??= message;
    this.gotColumns?.reject(new Error(this.broken));
    for (const w of this.waiting.values()) w.reject(new Error(this.broken));
    this.waiting.clear();
  }

  private settle(kind: Kind, seq: number, value: unknown) {
    const w = this.waiting.get(kind);
    if (w?.seq !== seq) return;
    this.waiting.delete(kind);
    (w.resolve as (v: unknown) => void)(value);
  }

  private receive(m: FromWorker) {
    switch (m.type) {
      case 'columns':
        Object.assign(this.parts, m.columns);
        if (!m.last) return;
        this.gotColumns?.resolve(this.parts as SyntheticBuilt);
        this.gotColumns = null;
        this.parts = {};
        return;
      case 'loaded':
        this.loaded = m;
        this.onLoaded?.();
        return;
      case 'search':
        this.settle('search', m.seq, {
          needle: m.needle,
          mask: m.mask,
          rows: m.rows,
          long: m.long,
          perTerm: m.perTerm,
          density: m.density,
          ms: m.ms,
        });
        return;
      case 'sort':
        this.settle('sort', m.seq, m.order);
        return;
      case 'counts':
        this.settle('counts', m.seq, m.counts);
        return;
      case 'places':
        this.settle('places', m.seq, m.counts);
        return;
      case 'cancelled':
        // Already rejected on the page when the newer request was made.
        return;
      case 'error':
        if (m.seq === null) this.breakAll(m.message);
        else
          for (const [kind, w] of this.waiting) {
            if (w.seq !== m.seq) continue;
            this.waiting.delete(kind);
            w.reject(new Error(m.message));
          }
    }
  }
}
