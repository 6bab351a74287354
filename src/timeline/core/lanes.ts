import type { EventIndex } from '../../data/model';
import type { LaneMode } from '../../state/viewState';
import { actorColour } from '../../lib/palette';

export interface Lane {
  key: string;
  label: string;
  /** The lane's own colour (its theme or actor), or null for the single lane and "none". */
  colour: string | null;
  /** Filtered events drawn in this lane. */
  count: number;
}

export interface LaneSet {
  mode: LaneMode;
  lanes: Lane[];
  /** Actor or theme position -> lane number, or -1 when that actor/theme has no filtered event. */
  lookup: Int32Array;
  /** Lane of events with no actor (or theme), or -1. */
  noneLane: number;
  /** The CSR lists lanes are drawn from (actor or theme lists; empty for one lane). */
  offsets: Uint32Array;
  ids: Uint32Array;
}

function lists(index: EventIndex, mode: LaneMode): [Uint32Array, Uint32Array, number] {
  return mode === 'actor'
    ? [index.actorOffsets, index.actorIds, index.actors.length]
    : [index.themeOffsets, index.themeIds, index.themes.length];
}

/** Lanes for a lane mode: one lane, or one per actor/theme that has filtered events, busiest first. */
export function buildLanes(index: EventIndex, filtered: Uint32Array, mode: LaneMode): LaneSet {
  if (mode === 'single') {
    return {
      mode,
      lanes: [{ key: 'all', label: 'All events', colour: null, count: filtered.length }],
      lookup: new Int32Array(0),
      noneLane: -1,
      offsets: new Uint32Array(0),
      ids: new Uint32Array(0),
    };
  }
  const [offsets, ids, size] = lists(index, mode);
  const counts = new Uint32Array(size);
  let none = 0;
  for (let k = 0; k < filtered.length; k++) {
    const i = filtered[k]!;
    const a = offsets[i]!;
    const b = offsets[i + 1]!;
    if (a === b) none++;
    for (let j = a; j < b; j++) counts[ids[j]!]!++;
  }
  const order = Array.from({ length: size }, (_, p) => p)
    .filter((p) => counts[p]! > 0)
    .sort((p, q) => counts[q]! - counts[p]! || p - q);
  const lookup = new Int32Array(size).fill(-1);
  const lanes: Lane[] = order.map((p, l) => {
    lookup[p] = l;
    if (mode === 'actor') {
      const a = index.actors[p]!;
      return { key: a.id, label: a.name, colour: actorColour(p), count: counts[p]! };
    }
    const t = index.themes[p]!;
    return { key: t.id, label: t.label, colour: t.color, count: counts[p]! };
  });
  let noneLane = -1;
  if (none > 0) {
    noneLane = lanes.length;
    lanes.push({ key: 'none', label: mode === 'actor' ? 'No actor named' : 'No theme', colour: null, count: none });
  }
  return { mode, lanes, lookup, noneLane, offsets, ids };
}

/** Writes the lanes event i is drawn in into `out` and returns how many; an event appears once per actor/theme lane. */
export function lanesOfEvent(_index: EventIndex, set: LaneSet, i: number, out: Int32Array): number {
  if (set.mode === 'single') {
    out[0] = 0;
    return 1;
  }
  const { offsets, ids } = set;
  const a = offsets[i]!;
  const b = offsets[i + 1]!;
  if (a === b) {
    out[0] = set.noneLane;
    return set.noneLane >= 0 ? 1 : 0;
  }
  let n = 0;
  for (let j = a; j < b && n < out.length; j++) {
    const l = set.lookup[ids[j]!]!;
    if (l >= 0) out[n++] = l;
  }
  return n;
}

export interface LaneGeometry {
  laneH: number;
  /** Rows of marks per lane (the badge strip is extra). */
  rows: number;
  total: number;
}

export const LANE_HEADER = 16;
export const ROW_H = 20;
export const BADGE_STRIP = 18;

/** Lane heights: one lane fills the view; many lanes share it but never shrink below two rows, and then scroll. */
export function laneGeometry(laneCount: number, viewHeight: number): LaneGeometry {
  const n = Math.max(1, laneCount);
  const minH = LANE_HEADER + 2 * ROW_H + BADGE_STRIP;
  const laneH = Math.max(minH, Math.floor(viewHeight / n));
  const rows = Math.max(1, Math.floor((laneH - LANE_HEADER - BADGE_STRIP) / ROW_H));
  return { laneH, rows, total: laneH * n };
}
