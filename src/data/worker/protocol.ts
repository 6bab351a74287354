import type { DatasetT } from '../schema';
import type { SortDir, SortKey } from '../sortEvents';
import type { FilterCriteria } from '../filter';
import type { FacetCounts } from '../facetCounts';
import type { IndexPayload } from '../import/protocol';
import type { SyntheticBuilt } from '../synthetic';
import type { DensityBase, OneLaneRows } from '../densityBase';

/**
 * The messages between the page and Envoy's data worker (envoy.worker.ts). The worker rebuilds the same EventIndex
 * the page holds (from the synthetic recipe, an import's payload, or the validated dataset), then keeps the heavy work off the page:
 * the search index, searches, and sorts. Answers carry typed arrays, transferred, never copied.
 *
 * Every request has a sequence number; a newer request of the same kind cancels an older one that has not run yet
 * (answered with `cancelled`), and the page ignores any answer older than its latest request.
 */
export type WorkSource =
  /** Generated data; with `share`, the worker generates it for the page too and sends it the columns first. */
  | { kind: 'synthetic'; count: number; seed: number; share?: boolean }
  | { kind: 'dataset'; dataset: DatasetT }
  /** An import's columns and packed records (a copy the import worker made), assembled in the worker as on the page. */
  | { kind: 'payload'; payload: IndexPayload };

export type ToWorker =
  | { type: 'load'; source: WorkSource }
  /** With `density`, the answer carries the one-lane timeline's density base for the matches (data/densityBase.ts). */
  | { type: 'search'; seq: number; needle: string; density?: OneLaneRows | null }
  | { type: 'sort'; seq: number; rows: Uint32Array; key: SortKey; dir: SortDir }
  /** Facet counts (data/facetCounts.ts) for the filters, with the search `needle`, in the window (null: everything). */
  | { type: 'counts'; seq: number; criteria: FilterCriteria; window: [number, number] | null }
  /** The Places list's counts (data/placeCounts.ts) for the same. */
  | { type: 'places'; seq: number; criteria: FilterCriteria; window: [number, number] | null };

export type FromWorker =
  /**
   * Part of the page's copy of the generated columns (a `share` load), transferred, sent before the index is built.
   * The parts come in messages of their own (the last one says so), so the page takes them in over several tasks.
   */
  | { type: 'columns'; columns: Partial<SyntheticBuilt>; last: boolean; ms: number }
  | { type: 'loaded'; count: number; ms: number; indexBytes: number; tokens: number }
  | {
      type: 'search';
      seq: number;
      needle: string;
      /** 1 for each event matching the needle. */
      mask: Uint8Array;
      /** The same events as positions, in time order (the page filters with them without a pass over every event). */
      rows: Uint32Array;
      /** Those of them longer than SHORT_MS: the side list of their overlap index (data/overlap.ts). */
      long: Uint32Array;
      /** When nothing matches and there are several words: how many events each word finds alone. */
      perTerm: number[] | null;
      /** The density base of those events in the layout asked for (null: none asked for). */
      density: DensityBase | null;
      ms: number;
    }
  | { type: 'sort'; seq: number; order: Uint32Array; ms: number }
  | { type: 'counts'; seq: number; counts: FacetCounts; ms: number }
  | { type: 'places'; seq: number; counts: Uint32Array; ms: number }
  | { type: 'cancelled'; seq: number }
  /** A request that failed, in words a person can read (seq null: the worker itself failed). */
  | { type: 'error'; seq: number | null; message: string };

export type Post = (message: FromWorker, transfer?: Transferable[]) => void;
