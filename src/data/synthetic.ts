import { groupPositions, groupViews } from './groups';
import { allocateColumns, DAY_MS, FLAG_CODES, type EventIndex } from './model';
import { SYNTHETIC_THEMES, syntheticActors, syntheticThemes } from './syntheticCast';
import { syntheticIndexOf, syntheticRecords, type SyntheticColumns } from './syntheticEvent';
import type { PlaceT } from './schema';
import { hash3, mulberry32, zipfTable } from './syntheticRandom';
import { syntheticPlaces } from './syntheticPlaces';
import { formatCount } from '../lib/formatCount';

/*
 * Synthetic datasets, for measuring scale (`?synthetic=100000[&seed=7]`).
 *
 * A synthetic index satisfies the EventIndex contract exactly, with `synthetic: true`, `raw: null` and
 * `articles: []`: there is no article text, and evidence quotes point at article ids (syn-article-N) that
 * do not exist. Readers should check `index.synthetic` before fetching an article.
 *
 * Only typed columns are stored. `event(i)` and `searchText(i)` rebuild an event's words on demand from
 * the columns and the seed, so a million events never become a million objects. Ids are `syn-` and the
 * zero-padded position (syn-000123), so they sort like positions and `indexOf` just parses them.
 */

const FIRST_DAY = Date.UTC(2015, 0, 1) / DAY_MS;
const DAYS = (Date.UTC(2025, 0, 1) - Date.UTC(2015, 0, 1)) / DAY_MS;
/** Week starts may fall up to 6 days before 2015; shifting keeps sort keys non-negative. */
const SHIFT = 7;
const MAX_DUR = 367;

// precision codes (see PRECISION_CODES): 0 day, 1 week, 2 month, 3 year, 4 span
// Mostly days; a year-long event covers a whole year of the timeline, so those stay rare, as in the news.
const PRECISION_CUM = [0.82, 0.85, 0.95, 0.97, 1];
const APPROX_BY_PRECISION = [0.07, 0.3, 0.25, 0.2, 0.3];
// kind codes (see KIND_CODES): occurred, statement, planned, status
const KIND_CUM = [0.55, 0.83, 0.93, 1];
const ACTORS_PER_EVENT_CUM = [0.4, 0.75, 0.92, 1];
const THEMES_PER_EVENT_CUM = [0.65, 0.93, 1];
const SOURCES_CUM = [0.6, 0.88, 1];
/** Per 1024 events: how many carry a flag; and per 1024 spans, how many start (end) known only to the month. */
const FLAGGED_PER_1024 = 20;
const MONTH_END_PER_1024 = 200;

function draw(cum: readonly number[], u: number): number {
  let k = 0;
  while (u >= cum[k]! && k < cum.length - 1) k++;
  return k;
}

/** Calendar lookups for 2015–2024 by day offset: first day of the month and of the year, month length. */
function calendar() {
  const monthStart = new Int32Array(DAYS);
  const monthLen = new Uint16Array(DAYS);
  const yearStart = new Int32Array(DAYS);
  const yearLen = new Uint16Array(DAYS);
  for (let d = 0; d < DAYS; d++) {
    const t = new Date((FIRST_DAY + d) * DAY_MS);
    const y = t.getUTCFullYear();
    const m = t.getUTCMonth();
    monthStart[d] = Date.UTC(y, m, 1) / DAY_MS - FIRST_DAY;
    monthLen[d] = (Date.UTC(y, m + 1, 1) - Date.UTC(y, m, 1)) / DAY_MS;
    yearStart[d] = Date.UTC(y, 0, 1) / DAY_MS - FIRST_DAY;
    yearLen[d] = (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)) / DAY_MS;
  }
  return { monthStart, monthLen, yearStart, yearLen };
}

/** Stable counting sort of `order` by key[order[k]] (keys in [0, range)); returns the new order. */
function countingSort(order: Uint32Array, key: Uint16Array, range: number): Uint32Array {
  const counts = new Uint32Array(range + 1);
  for (let k = 0; k < order.length; k++) counts[key[order[k]!]! + 1]!++;
  for (let r = 0; r < range; r++) counts[r + 1]! += counts[r]!;
  const out = new Uint32Array(order.length);
  for (let k = 0; k < order.length; k++) out[counts[key[order[k]!]!]!++] = order[k]!;
  return out;
}

/** Number of actors for a synthetic dataset of `count` events: count / 20, at least 20, at most 500. */
export function syntheticActorCount(count: number): number {
  return Math.max(20, Math.min(500, Math.floor(count / 20)));
}

/** The generated columns of a synthetic dataset: typed arrays (transferable) and its small lists. */
export type SyntheticBuilt = SyntheticColumns & {
  places: PlaceT[];
  placeOf: Int32Array;
  /** The events of each actor (theme), grouped (see data/groups.ts). */
  byActor: { starts: Uint32Array; buffer: Uint32Array };
  byTheme: { starts: Uint32Array; buffer: Uint32Array };
};

/** A seeded, deterministic synthetic dataset of `count` events over 2015–2024, clustered in bursts. */
export function generateSynthetic(count: number, seed: number): EventIndex {
  return syntheticIndex(syntheticColumns(count, seed), seed);
}

/** The typed columns of generateSynthetic: the heavy part, which a worker can do and hand over. */
export function syntheticColumns(count: number, seed: number): SyntheticBuilt {
  const n = Math.max(0, Math.floor(count));
  const rand = mulberry32(seed);
  const actors = syntheticActors(syntheticActorCount(n), seed);
  const themes = syntheticThemes();
  const zipfActors = zipfTable(actors.length, 1.05);
  const zipfThemes = zipfTable(themes.length, 0.6, 4096);
  const cal = calendar();

  // Bursts: news clusters around moments, each with a width, a weight, a focal actor pair and a focal theme.
  const bursts = 60;
  const bCenter = new Float64Array(bursts);
  const bWidth = new Float64Array(bursts);
  const bCum = new Float64Array(bursts);
  const bActor = new Uint16Array(bursts * 2);
  const bTheme = new Uint8Array(bursts);
  let total = 0;
  for (let b = 0; b < bursts; b++) {
    bCenter[b] = rand() * DAYS;
    bWidth[b] = Math.exp(Math.log(2) + rand() * Math.log(20)); // 2 to 40 days
    total += 1 / Math.pow(1 - rand() * 0.95, 0.8); // heavy-tailed weights
    bCum[b] = total;
    bActor[2 * b] = zipfActors[(rand() * zipfActors.length) | 0]!;
    bActor[2 * b + 1] = zipfActors[(rand() * zipfActors.length) | 0]!;
    bTheme[b] = zipfThemes[(rand() * zipfThemes.length) | 0]!;
  }
  // Drawing a burst by weight is one table read, not a scan of the cumulative weights.
  const burstTable = new Uint8Array(4096);
  for (let k = 0, b = 0; k < burstTable.length; k++) {
    while (bCum[b]! < ((k + 0.5) / burstTable.length) * total && b < bursts - 1) b++;
    burstTable[k] = b;
  }

  // Pass 1, in generation order: only what decides the sort (start day, length) and what follows from it.
  const keyStart = new Uint16Array(n);
  const keyDur = new Uint16Array(n);
  const genPrecision = new Uint8Array(n);
  const genBurst = new Int16Array(n);
  for (let g = 0; g < n; g++) {
    let day: number;
    let burst = -1;
    if (rand() < 0.35) day = (rand() * DAYS) | 0;
    else {
      burst = burstTable[(rand() * burstTable.length) | 0]!;
      const z = (rand() + rand() + rand() - 1.5) * 2; // roughly normal, cheap
      day = Math.round(bCenter[burst]! + z * bWidth[burst]!);
      if (day < 0 || day >= DAYS) day = (rand() * DAYS) | 0;
    }
    const p = draw(PRECISION_CUM, rand());
    let start = day;
    let dur: number;
    if (p === 0) dur = rand() < 0.06 ? 2 + ((rand() * 2) | 0) : 1;
    else if (p === 1) {
      start = day - ((FIRST_DAY + day + 3) % 7); // Monday of the week
      dur = 7;
    } else if (p === 2) {
      start = cal.monthStart[day]!;
      dur = cal.monthLen[day]!;
    } else if (p === 3) {
      start = cal.yearStart[day]!;
      dur = cal.yearLen[day]!;
    } else dur = 14 + ((rand() * 70) | 0);
    keyStart[g] = start + SHIFT;
    keyDur[g] = dur;
    genPrecision[g] = p;
    genBurst[g] = burst;
  }

  // Sort by start, then length (so by end): two stable counting sorts, least significant key first.
  const identity = new Uint32Array(n);
  for (let g = 0; g < n; g++) identity[g] = g;
  const order = countingSort(countingSort(identity, keyDur, MAX_DUR), keyStart, DAYS + SHIFT);

  // Pass 2, in time order: everything else, drawn in position order so it is deterministic too.
  const {
    start,
    end,
    precision,
    kind,
    approximate,
    flags,
    startPrecision,
    endPrecision,
    sourceCount,
    actorOffsets,
    themeOffsets,
  } = allocateColumns(n);
  const actorBuf = new Uint32Array(n * 4);
  const themeBuf = new Uint32Array(n * 3);
  let na = 0;
  let nt = 0;
  // Sparse, as in real data: a few month-dated events say which week of the month is likeliest.
  const likeliest = new Map<number, readonly [number, number]>();
  for (let i = 0; i < n; i++) {
    const g = order[i]!;
    const s = keyStart[g]! - SHIFT;
    start[i] = (FIRST_DAY + s) * DAY_MS;
    end[i] = (FIRST_DAY + s + keyDur[g]!) * DAY_MS;
    const p = genPrecision[g]!;
    precision[i] = p;
    approximate[i] = rand() < APPROX_BY_PRECISION[p]! ? 1 : 0;
    kind[i] = draw(KIND_CUM, rand());
    // Hashed, not drawn, so these details leave the generator's sequence (and every other column) as it was.
    const h = hash3(seed, i, 7);
    if ((h & 1023) < FLAGGED_PER_1024) flags[i] = 1 << ((h >>> 10) % FLAG_CODES.length);
    if (p === 4 && ((h >>> 14) & 1023) < MONTH_END_PER_1024) startPrecision[i] = 2;
    if (p === 4 && ((h >>> 24) & 255) < MONTH_END_PER_1024 / 4) endPrecision[i] = 2;
    if (p === 2 && ((h >>> 4) & 7) === 0) {
      const week = start[i]! + ((h >>> 7) % 4) * 7 * DAY_MS;
      likeliest.set(i, [week, week + 7 * DAY_MS]);
    }
    sourceCount[i] = 1 + draw(SOURCES_CUM, rand());
    const burst = genBurst[g]!;

    const wantActors = 1 + draw(ACTORS_PER_EVENT_CUM, rand());
    const a0 = na;
    for (let tries = 0; na - a0 < wantActors && tries < 12; tries++) {
      const slot = na - a0;
      const focal = burst >= 0 && slot < 2 && rand() < (slot === 0 ? 0.45 : 0.3);
      const a = focal ? bActor[2 * burst + slot]! : zipfActors[(rand() * zipfActors.length) | 0]!;
      let dup = false;
      for (let k = a0; k < na; k++) if (actorBuf[k] === a) dup = true;
      if (!dup) actorBuf[na++] = a;
    }
    actorOffsets[i + 1] = na;

    const wantThemes = 1 + draw(THEMES_PER_EVENT_CUM, rand());
    const t0 = nt;
    for (let tries = 0; nt - t0 < wantThemes && tries < 12; tries++) {
      const t =
        burst >= 0 && nt === t0 && rand() < 0.6 ? bTheme[burst]! : zipfThemes[(rand() * zipfThemes.length) | 0]!;
      let dup = false;
      for (let k = t0; k < nt; k++) if (themeBuf[k] === t) dup = true;
      if (!dup) themeBuf[nt++] = t;
    }
    themeOffsets[i + 1] = nt;
  }
  const actorIds = actorBuf.slice(0, na);
  const themeIds = themeBuf.slice(0, nt);

  const { places, placeOf } = syntheticPlaces(n, seed);
  const byActor = groupPositions(n, actorOffsets, actorIds, actors.length);
  const byTheme = groupPositions(n, themeOffsets, themeIds, themes.length);
  return {
    count: n,
    start,
    end,
    precision,
    kind,
    approximate,
    flags,
    startPrecision,
    endPrecision,
    likeliest,
    sourceCount,
    actorOffsets,
    actorIds,
    themeOffsets,
    themeIds,
    actors,
    themes,
    places,
    placeOf,
    byActor,
    byTheme,
  };
}

/** The EventIndex over generated columns: events and their search text rebuilt on demand from the columns and seed. */
export function syntheticIndex(c: SyntheticBuilt, seed: number): EventIndex {
  const { count: n, start, end, actors, themes, places, placeOf } = c;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) if (end[i]! > hi) hi = end[i]!;
  const span: [number, number] = n > 0 ? [start[0]!, hi] : [FIRST_DAY * DAY_MS, (FIRST_DAY + 1) * DAY_MS];
  const records = syntheticRecords(c, seed);
  return {
    ...c,
    id: seed === 1 ? `synthetic-${n}` : `synthetic-${n}-seed-${seed}`,
    title: `Synthetic data: ${formatCount(n)} events`,
    description: `Generated events (seed ${seed}) over 2015–2024 with ${actors.length} actors and ${SYNTHETIC_THEMES.length} themes, for measuring scale. They have no article text.`,
    synthetic: true,
    seed,
    articles: [],
    span,
    // Generated data has no story to open on: the timeline opens on every event.
    home: span,
    event: records.event,
    eventTitle: records.title,
    indexOf: (id) => syntheticIndexOf(id, n),
    searchText: records.searchText,
    actorIndex: new Map(actors.map((a, k) => [a.id, k])),
    themeIndex: new Map(themes.map((t, k) => [t.id, k])),
    articleIndex: new Map(),
    eventsByActor: groupViews(c.byActor),
    eventsByTheme: groupViews(c.byTheme),
    places,
    placeOf,
    raw: null,
  };
}
