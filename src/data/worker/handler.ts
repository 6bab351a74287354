import type { EventIndex } from '../model';
import { buildIndex } from '../buildIndex';
import { generateSynthetic, syntheticColumns, syntheticIndex, type SyntheticBuilt } from '../synthetic';
import {
  buildSearchIndex,
  countBits,
  matchesOf,
  searchIndexBits,
  searchIndexMask,
  type SearchIndex,
} from '../searchIndex';
import { sortEvents, titleRankBuilder, type SortKeys } from '../sortEvents';
import { parseQuery } from '../../lib/searchMatches';
import { facetCounts } from '../facetCounts';
import { placeCounts } from '../placeCounts';
import { searchNeedle } from '../filter';
import { buildOverlapIndex } from '../overlap';
import { oneLaneDensityBase, withCoarse } from '../densityBase';
import { assembleIndex } from '../import/assemble';
import type { FromWorker, Post, ToWorker, WorkSource } from './protocol';

type SearchRequest = Extract<ToWorker, { type: 'search' }>;
type SortRequest = Extract<ToWorker, { type: 'sort' }>;
type CountsRequest = Extract<ToWorker, { type: 'counts' }>;
type PlacesRequest = Extract<ToWorker, { type: 'places' }>;
type Request = SearchRequest | SortRequest | CountsRequest | PlacesRequest;

/**
 * How long a step of the title sort keys may take before the worker looks for requests again, in ms: a keystroke's
 * search that arrives meanwhile waits this long at most. The units of work (32 titles folded, or about a thousand
 * keys sorted or merged) cost well under a millisecond on generated data but several times that on imported rows,
 * whose titles are decoded from their records, so the step is bounded by time, not by a count of units.
 */
const KEY_STEP_MS = 4;

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * At most this many bytes of columns go to the page in one message. Taking in a transferred buffer counts its bytes
 * against the page's memory at once, and 80 MB in one message made the page collect garbage for 20-40 ms inside that
 * one task; in parts, the collector works between them.
 */
const PART_BYTES = 12 * 2 ** 20;

type Part = { columns: Partial<SyntheticBuilt>; transfer: ArrayBuffer[] };

/** Copies of the generated columns for the page, in parts of at most `partBytes` (or one column), with their buffers. */
export function pageParts(c: SyntheticBuilt, partBytes = PART_BYTES): Part[] {
  const copies: { [K in keyof SyntheticBuilt]?: SyntheticBuilt[K] } = {
    start: c.start.slice(),
    end: c.end.slice(),
    precision: c.precision.slice(),
    kind: c.kind.slice(),
    approximate: c.approximate.slice(),
    flags: c.flags.slice(),
    startPrecision: c.startPrecision.slice(),
    endPrecision: c.endPrecision.slice(),
    sourceCount: c.sourceCount.slice(),
    actorOffsets: c.actorOffsets.slice(),
    actorIds: c.actorIds.slice(),
    themeOffsets: c.themeOffsets.slice(),
    themeIds: c.themeIds.slice(),
    placeOf: c.placeOf.slice(),
    byActor: { starts: c.byActor.starts.slice(), buffer: c.byActor.buffer.slice() },
    byTheme: { starts: c.byTheme.starts.slice(), buffer: c.byTheme.buffer.slice() },
  };
  const buffersOf = (v: unknown): ArrayBuffer[] =>
    ArrayBuffer.isView(v)
      ? [v.buffer as ArrayBuffer]
      : ([(v as { starts: Uint32Array }).starts.buffer, (v as { buffer: Uint32Array }).buffer.buffer] as ArrayBuffer[]);
  // Everything that is not a copied column (counts, names, places, likeliest dates) rides with the first part.
  const rest: Partial<SyntheticBuilt> = { ...c };
  for (const k of Object.keys(copies)) delete rest[k as keyof SyntheticBuilt];
  const parts: Part[] = [{ columns: rest, transfer: [] }];
  let bytes = 0;
  for (const [k, v] of Object.entries(copies)) {
    const buffers = buffersOf(v);
    const size = buffers.reduce((n, b) => n + b.byteLength, 0);
    if (bytes > 0 && bytes + size > partBytes) {
      parts.push({ columns: {}, transfer: [] });
      bytes = 0;
    }
    const part = parts[parts.length - 1]!;
    (part.columns as Record<string, unknown>)[k] = v;
    part.transfer.push(...buffers);
    bytes += size;
  }
  return parts;
}

function indexOf(source: WorkSource, post: Post): EventIndex {
  if (source.kind === 'synthetic' && source.share) {
    const t0 = performance.now();
    const built = syntheticColumns(source.count, source.seed);
    const parts = pageParts(built);
    const ms = performance.now() - t0;
    parts.forEach((p, k) =>
      post({ type: 'columns', columns: p.columns, last: k === parts.length - 1, ms }, p.transfer),
    );
    return syntheticIndex(built, source.seed);
  }
  if (source.kind === 'synthetic') return generateSynthetic(source.count, source.seed);
  // Without the dataset's objects: a JSON import's events are parsed from its records, the same events.
  if (source.kind === 'payload') return assembleIndex(source.payload, null);
  return buildIndex(source.dataset);
}

/**
 * The worker's side of the protocol, without the Worker itself (so tests drive it directly): `post` sends an answer,
 * `later` runs the queued work after the messages already waiting (a newer request then cancels an older one).
 */
export function createWorkerHandler(post: Post, later: (run: () => void) => void = (run) => setTimeout(run, 0)) {
  let index: EventIndex | null = null;
  let search: SearchIndex | null = null;
  let keys: SortKeys | null = null;
  // The title sort keys are built in steps after loading, between requests (see run).
  let keySteps: ReturnType<typeof titleRankBuilder> | null = null;
  let broken: string | null = null;
  // The latest request of each kind not yet run.
  const next = new Map<Request['type'], Request>();
  let scheduled = false;
  // The last search's answer, kept for the counts (the page's copy was transferred).
  let last: { needle: string; mask: Uint8Array } | null = null;

  const maskFor = (needle: string): Uint8Array | null => {
    if (!needle) return null;
    if (last?.needle !== needle) last = { needle, mask: searchIndexMask(search!, parseQuery(needle)) };
    return last.mask;
  };

  const fail = (seq: number | null, message: string) => post({ type: 'error', seq, message });

  function runSearch(r: SearchRequest) {
    const t0 = performance.now();
    const terms = parseQuery(r.needle);
    const { mask, rows } = matchesOf(searchIndexBits(search!, terms), index!.count);
    last = { needle: r.needle, mask: mask.slice() };
    const long = buildOverlapIndex(rows, index!.start, index!.end).long;
    const perTerm =
      terms.length > 1 && rows.length === 0 ? terms.map((t) => countBits(searchIndexBits(search!, [t]))) : null;
    // The timeline's one pass over the matches, done here so the page's keystroke does none.
    // With its coarse copy, so the page's first grid of a wide view sums a sixty-fourth of the entries.
    const density = r.density ? withCoarse(oneLaneDensityBase(index!, rows, r.density)) : null;
    const answer: FromWorker = {
      type: 'search',
      seq: r.seq,
      needle: r.needle,
      mask,
      rows,
      long,
      perTerm,
      density,
      ms: performance.now() - t0,
    };
    const transfer = [mask.buffer, rows.buffer, long.buffer];
    if (density) transfer.push(density.starts.buffer as ArrayBuffer, density.ends.buffer as ArrayBuffer);
    if (density?.coarse)
      transfer.push(density.coarse.starts.buffer as ArrayBuffer, density.coarse.ends.buffer as ArrayBuffer);
    post(answer, transfer);
  }

  function runSort(r: SortRequest) {
    const t0 = performance.now();
    if (r.key === 'title') keys ??= keySteps!();
    const order = sortEvents(index!, r.rows, r.key, r.dir, keys ?? undefined);
    // The rows came transferred, so they may go back; the date order of every event is the cached story order, kept here.
    const out = order !== r.rows && r.key === 'date' && r.dir === 'ascending' ? order.slice() : order;
    post({ type: 'sort', seq: r.seq, order: out, ms: performance.now() - t0 }, [out.buffer]);
  }

  function runCounts(r: CountsRequest) {
    const t0 = performance.now();
    const counts = facetCounts(index!, r.criteria, r.window, maskFor(searchNeedle(r.criteria.search)));
    post({ type: 'counts', seq: r.seq, counts, ms: performance.now() - t0 }, [
      counts.actors.buffer,
      counts.themes.buffer,
    ]);
  }

  function runPlaces(r: PlacesRequest) {
    const t0 = performance.now();
    const counts = placeCounts(index!, r.criteria, r.window, maskFor(searchNeedle(r.criteria.search)));
    post({ type: 'places', seq: r.seq, counts, ms: performance.now() - t0 }, [counts.buffer]);
  }

  const WHAT = { search: 'The search', sort: 'Sorting', counts: 'Counting', places: 'Counting places' } as const;

  function run() {
    scheduled = false;
    if (!index && !broken) return;
    // Searches first: the counts that follow a keystroke need its answer. One request a task, so that the next
    // keystroke's search, arriving meanwhile, goes before the last one's counts still waiting.
    for (const kind of ['search', 'counts', 'places', 'sort'] as const) {
      const r = next.get(kind);
      if (!r) continue;
      next.delete(kind);
      if (broken) {
        fail(r.seq, broken);
        continue;
      }
      try {
        if (r.type === 'search') runSearch(r);
        else if (r.type === 'sort') runSort(r);
        else if (r.type === 'places') runPlaces(r);
        else runCounts(r);
      } catch (e) {
        fail(r.seq, `${WHAT[r.type]} failed: ${reason(e)}.`);
      }
      if (next.size > 0) return schedule();
    }
    // Then, while nobody waits, a step of the title keys, so that the first sort by title is quick too.
    if (!keys && keySteps && !broken) {
      const t0 = performance.now();
      do keys = keySteps(1);
      while (!keys && performance.now() - t0 < KEY_STEP_MS);
      if (!keys) schedule();
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
          index = indexOf(m.source, post);
          search = buildSearchIndex(index.count, index.searchText);
          keySteps = titleRankBuilder(index);
          post({
            type: 'loaded',
            count: index.count,
            ms: performance.now() - t0,
            indexBytes: search.bytes,
            tokens: search.tokens.length,
          });
        } catch (e) {
          index = null;
          broken = `The search index could not be built: ${reason(e)}.`;
          fail(null, broken);
        }
        schedule();
        return;
      }
      case 'search':
      case 'sort':
      case 'counts':
      case 'places': {
        const older = next.get(m.type);
        if (older) post({ type: 'cancelled', seq: older.seq });
        next.set(m.type, m);
        schedule();
        return;
      }
      default:
        fail(
          null,
          `The data worker was sent a request it does not know (${JSON.stringify((m as { type?: unknown })?.type ?? null)}).`,
        );
    }
  };
}
