import { badgeWidth, LABEL_GAP } from '../core/stacking';
import type { TimelineEngine } from './TimelineEngine';
import { markShape, uncertainEnds, type MarkShape } from '../core/markShape';
import { FLAG_W } from '../draw/shapes';

/*
 * Read-only test and debug hooks (window.__envoyTimeline): where things are drawn, so real-browser
 * tests can point at a mark. Nothing here changes the timeline.
 */

/** Test and debug hook: the client position of an event's mark, if it is drawn as one. */
export function pointOf(e: TimelineEngine, id: string): { x: number; y: number } | null {
  const i = e.data?.index.indexOf(id) ?? -1;
  const m = e.frame?.placed.find((p) => p.ev === i);
  if (!m || !e.frame) return null;
  const r = e.els.canvas.getBoundingClientRect();
  const g = e.frame.geometry;
  const y = m.lane * g.laneH - g.scrollY + g.rowTop + m.row * g.rowH + g.rowH / 2;
  const x0 = Math.max(m.x0, 0);
  const x1 = Math.min(m.x1, e.width);
  return { x: r.left + (x0 + x1) / 2, y: r.top + y };
}

/** Test and debug hook: client centres, widths (w) and counts of the "+n" badges drawn now; each is BADGE_H tall. */
export function badgesOf(e: TimelineEngine): { x: number; y: number; w: number; count: number }[] {
  const f = e.frame;
  if (!f) return [];
  const r = e.els.canvas.getBoundingClientRect();
  return f.badges
    .map((b) => ({
      x: r.left + b.x + badgeWidth(b.count) / 2,
      y: r.top + b.lane * f.geometry.laneH - f.geometry.scrollY + f.geometry.badgeTop + 9,
      w: badgeWidth(b.count),
      count: b.count,
    }))
    .filter((b) => b.x - b.w / 2 < r.right && b.y < r.bottom);
}

/** Test and debug hook: ids of the events drawn as single marks now, in time order (at most `max`). */
export function drawnIds(e: TimelineEngine, max = 50): string[] {
  if (!e.data || !e.frame) return [];
  const seen = new Set<number>();
  for (const m of e.frame.placed) if (seen.size < max) seen.add(m.ev);
  return [...seen].sort((a, b) => a - b).map((i) => e.data!.index.event(i).id);
}

/** Test and debug hook: each drawn mark's row and pixel span with its title (canvas px), and whether its title is cut short. */
export function rowSpansOf(
  e: TimelineEngine,
): { id: string; lane: number; row: number; x0: number; end: number; cut: boolean }[] {
  if (!e.data || !e.frame) return [];
  const index = e.data.index;
  return e.frame.placed.map((m) => ({
    id: index.event(m.ev).id,
    lane: m.lane,
    row: m.row,
    x0: m.x0,
    end: m.labelRoom > 0 && !m.wide ? m.x1 + LABEL_GAP + m.labelRoom : m.x1,
    cut: !m.wide && m.labelRoom < e.labelWidth(m.ev) + (index.flags[m.ev] ? FLAG_W : 0),
  }));
}

/** Test and debug hook: each drawn mark in client pixels, with the shape it is drawn with and whether it is pinned (selected, found no row). */
export function marksOf(e: TimelineEngine): {
  id: string;
  x0: number;
  x1: number;
  y: number;
  shape: MarkShape;
  wide: boolean;
  pinned: boolean;
  flagged: boolean;
  /** Planned or announced: drawn hollow. */
  planned: boolean;
  /** The span's start (end) is known only to the week, month or year, or the interval is approximate: that end fades. */
  softStart: boolean;
  softEnd: boolean;
  /** Client x range of the likeliest part of an uncertain window, where the data gives one. */
  likeliest: [number, number] | null;
}[] {
  if (!e.data || !e.frame) return [];
  const { index } = e.data;
  const r = e.els.canvas.getBoundingClientRect();
  const g = e.frame.geometry;
  const s = e.scale;
  return e.frame.placed.map((m) => ({
    id: index.event(m.ev).id,
    x0: r.left + m.x0,
    x1: r.left + m.x1,
    y: r.top + m.lane * g.laneH - g.scrollY + g.rowTop + m.row * g.rowH + g.rowH / 2,
    shape: markShape(index, m.ev),
    wide: m.wide,
    pinned: m.pinned === true,
    flagged: index.flags[m.ev] !== 0,
    planned: index.kind[m.ev] === 2,
    softStart: index.approximate[m.ev] === 1 || uncertainEnds(index, m.ev).start !== null,
    softEnd: index.approximate[m.ev] === 1 || uncertainEnds(index, m.ev).end !== null,
    likeliest: ((l) => (l ? ([r.left + s.toPx(l[0]), r.left + s.toPx(l[1])] as [number, number]) : null))(
      index.likeliest.get(m.ev),
    ),
  }));
}
