import type { EventIndex } from '../model';
import { buildIndex } from '../buildIndex';
import { generateSynthetic } from '../synthetic';
import { buildSearchIndex, searchIndexMask, type SearchIndex } from '../searchIndex';
import { sortEvents, titleRanks, type SortKeys } from '../sortEvents';
import { parseQuery } from '../../lib/searchMatches';
import type { FromWorker, Post, ToWorker, WorkSource } from './protocol';

type SearchRequest = Extract<ToWorker, { type: 'search' }>;
type SortRequest = Extract<ToWorker, { type: 'sort' }>;

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

function indexOf(source: WorkSource): EventIndex {
  return source.kind === 'synthetic' ? generateSynthetic(source.count, source.seed) : buildIndex(source.dataset);
}

function countOnes(mask: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < mask.length; i++) n += mask[i]!;
  return n;
}

/**
 * The worker's side of the protocol, without the Worker itself (so tests drive it directly): `post` sends an answer,
 * `later` runs the queued work after the messages already waiting (a newer request then cancels an older one).
 */
export function createWorkerHandler(post: Post, later: (run: () => void) => void = (run) => setTimeout(run, 0)) {
  let index: EventIndex | null = null;
  let search: SearchIndex | null = null;
  let keys: SortKeys | null = null;
  let broken: string | null = null;
  let searchNext: SearchRequest | null = null;
  let sortNext: SortRequest | null = null;
  let scheduled = false;

  const fail = (seq: number | null, message: string) => post({ type: 'error', seq, message });

  function runSearch(r: SearchRequest) {
    const t0 = performance.now();
    const terms = parseQuery(r.needle);
    const mask = searchIndexMask(search!, terms);
    const perTerm = terms.length > 1 && countOnes(mask) === 0 ? terms.map((t) => countOnes(searchIndexMask(search!, [t]))) : null;
    const answer: FromWorker = { type: 'search', seq: r.seq, needle: r.needle, mask, perTerm, ms: performance.now() - t0 };
    post(answer, [mask.buffer]);
  }

  function runSort(r: SortRequest) {
    const t0 = performance.now();
    if (r.key === 'title') keys ??= titleRanks(index!);
    const order = sortEvents(index!, r.rows, r.key, r.dir, keys ?? undefined);
    // The rows came transferred, so they may go back; the date order of every event is the cached story order, kept here.
    const out = order !== r.rows && r.key === 'date' && r.dir === 'ascending' ? order.slice() : order;
    post({ type: 'sort', seq: r.seq, order: out, ms: performance.now() - t0 }, [out.buffer]);
  }

  function run() {
    scheduled = false;
    if (!index && !broken) return;
    for (const r of [searchNext, sortNext]) {
      if (!r) continue;
      if (r.type === 'search') searchNext = null;
      else sortNext = null;
      if (broken) {
        fail(r.seq, broken);
        continue;
      }
      try {
        if (r.type === 'search') runSearch(r);
        else runSort(r);
      } catch (e) {
        fail(r.seq, `${r.type === 'search' ? 'The search' : 'Sorting'} failed: ${reason(e)}.`);
      }
    }
  }

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    later(run);
  };

  return function onMessage(m: ToWorker): void {
    switch (m?.type) {
      case 'load': {
        const t0 = performance.now();
        try {
          index = indexOf(m.source);
          search = buildSearchIndex(index.count, index.searchText);
          post({ type: 'loaded', count: index.count, ms: performance.now() - t0, indexBytes: search.bytes, tokens: search.tokens.length });
        } catch (e) {
          index = null;
          broken = `The search index could not be built: ${reason(e)}.`;
          fail(null, broken);
        }
        schedule();
        return;
      }
      case 'search':
        if (searchNext) post({ type: 'cancelled', seq: searchNext.seq });
        searchNext = m;
        schedule();
        return;
      case 'sort':
        if (sortNext) post({ type: 'cancelled', seq: sortNext.seq });
        sortNext = m;
        schedule();
        return;
      default:
        fail(null, `The data worker was sent a request it does not know (${JSON.stringify((m as { type?: unknown })?.type ?? null)}).`);
    }
  };
}
