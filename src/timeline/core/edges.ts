import { firstStartAtOrAfter, SHORT_MS, type VisibleIndex } from './visible';

/** The filtered events wholly on one side of the view: how many, and the time they cover [lo, hi). */
export interface Outside {
  count: number;
  lo: number;
  hi: number;
}

const NONE: Outside = { count: 0, lo: 0, hi: 0 };

/**
 * Filtered events that end at or before `from` (earlier) and that start at or after `to` (later).
 * Binary search on start plus short scans near the edges and over the side list of long events,
 * never a pass over every event: cheap enough to run on every committed window at a million events.
 */
export function eventsOutside(v: VisibleIndex, from: number, to: number): { earlier: Outside; later: Outside } {
  return { earlier: earlier(v, from), later: later(v, to) };
}

function earlier(v: VisibleIndex, from: number): Outside {
  const { filtered, long, start, end } = v;
  const k0 = firstStartAtOrAfter(filtered, start, from);
  if (k0 === 0) return NONE;
  // Of the k0 events starting before the view, those still running at `from` are in view, not earlier:
  // short ones start within SHORT_MS of it; older ones are in the long side list.
  const near = firstStartAtOrAfter(filtered, start, from - SHORT_MS, 0, k0);
  let inView = 0;
  for (let k = near; k < k0; k++) if (end[filtered[k]!]! > from) inView++;
  const longHead = firstStartAtOrAfter(long, start, from - SHORT_MS);
  let hi = -Infinity;
  for (let k = 0; k < longHead; k++) {
    const e = end[long[k]!]!;
    if (e > from) inView++;
    else hi = Math.max(hi, e);
  }
  const count = k0 - inView;
  if (count <= 0) return NONE;
  // The latest end: short events end within SHORT_MS of their start, so scan back only that far past the best.
  for (let k = k0 - 1; k >= 0; k--) {
    const i = filtered[k]!;
    if (start[i]! + SHORT_MS <= hi) break;
    if (end[i]! <= from) hi = Math.max(hi, end[i]!);
  }
  let lo = Infinity;
  for (let k = 0; k < k0; k++) {
    const i = filtered[k]!;
    if (end[i]! <= from) {
      lo = start[i]!;
      break;
    }
  }
  return { count, lo, hi };
}

function later(v: VisibleIndex, to: number): Outside {
  const { filtered, long, start, end } = v;
  const n = filtered.length;
  const k1 = firstStartAtOrAfter(filtered, start, to);
  if (k1 >= n) return NONE;
  let hi = -Infinity;
  for (let k = firstStartAtOrAfter(long, start, to); k < long.length; k++) hi = Math.max(hi, end[long[k]!]!);
  for (let k = n - 1; k >= k1; k--) {
    const i = filtered[k]!;
    if (start[i]! + SHORT_MS <= hi) break;
    hi = Math.max(hi, end[i]!);
  }
  return { count: n - k1, lo: start[filtered[k1]!]!, hi };
}
