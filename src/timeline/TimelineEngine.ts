import type { EventIndex } from '../data/model';
import type { EnvoyStore } from '../state/store';
import type { LaneMode } from '../state/viewState';
import { buildLanes, laneGeometry, type LaneSet } from './core/lanes';
import { buildVisibleIndex, type VisibleIndex } from './core/visible';
import { fullWindow } from './core/limits';
import { createScheduler, type FrameScheduler } from './core/scheduler';
import { TimeScale } from './core/timeScale';
import { chooseTicks } from './core/ticks';
import { ZoomController, type Window, type ZoomPhase } from './core/zoomController';
import { attachTouchGestures } from './core/touchGestures';
import { OverviewBrush } from './core/overviewBrush';
import type { DensityGrid } from './core/density';
import { badgeWidth } from './core/stacking';
import { positionOf } from './core/keyboardOrder';
import { layoutFrame, MARK_LIMIT, type Frame } from './frame';
import { drawAxis } from './draw/axis';
import { drawBackground } from './draw/lanes';
import { drawDensity } from './draw/density';
import { drawMarks, LABEL_FONT } from './draw/marks';
import { drawOverview, overviewCounts } from './draw/overview';
import { markHighlights } from './draw/highlights';
import type { ColourBy } from './draw/colours';
import { TimelineInput } from './TimelineInput';
import { renderLaneLabels } from './laneLabels';
import { windowsClose } from './core/windows';

export interface TimelineElements {
  root: HTMLElement;
  scroller: HTMLElement;
  content: HTMLElement;
  sticky: HTMLElement;
  canvas: HTMLCanvasElement;
  axis: SVGSVGElement;
  laneLabels: HTMLElement;
  tooltip: HTMLElement;
  live: HTMLElement;
  status: HTMLElement;
  overviewCanvas: HTMLCanvasElement;
  overviewSvg: SVGSVGElement;
}

export interface TimelineData {
  index: EventIndex;
  filtered: Uint32Array;
  lanes: LaneMode;
  colourBy: ColourBy;
}

export const OVERVIEW_H = 36;

/**
 * The canvas timeline, framework-free: React mounts the elements once and hands them here. It owns
 * the zoom controller, the brush, the one frame scheduler and all drawing; it talks to the store
 * through getState() and commits the window only when a gesture ends.
 */
export class TimelineEngine {
  readonly els: TimelineElements;
  readonly store: EnvoyStore;
  data: TimelineData | null = null;
  vis: VisibleIndex | null = null;
  lanes: LaneSet | null = null;
  full: Window = [0, 1];
  width = 1;
  height = 1;
  frame: Frame | null = null;
  selected = -1;
  hover = -1;
  /** Keyboard focus: a position in the filtered events, or -1. */
  focusPos = -1;
  hasFocus = false;
  private zoom: ZoomController | null = null;
  private brush: OverviewBrush | null = null;
  private readonly scheduler: FrameScheduler;
  private grid: DensityGrid | null = null;
  private overview: Float32Array | null = null;
  private lastCommitted: Window | null = null;
  private lastBrush: Window | null = null;
  private readonly titles = new Map<number, string>();
  private readonly widths = new Map<number, number>();
  private readonly cleanups: (() => void)[] = [];
  private paints = 0;
  /** Durations of the last 256 draws in ms (a ring), for the debug hook and the benchmark. */
  readonly drawMs = new Float64Array(256).fill(NaN);
  readonly input: TimelineInput;

  constructor(els: TimelineElements, store: EnvoyStore) {
    this.els = els;
    this.store = store;
    this.scheduler = createScheduler(() => this.draw());
    this.input = new TimelineInput(this);
    const ro = new ResizeObserver(() => this.resize());
    ro.observe(els.scroller);
    this.cleanups.push(() => ro.disconnect());
    const onScroll = () => this.request();
    els.scroller.addEventListener('scroll', onScroll, { passive: true });
    this.cleanups.push(() => els.scroller.removeEventListener('scroll', onScroll));
    this.cleanups.push(
      store.subscribe((s, prev) => {
        if (s.window !== prev.window) this.syncWindow();
        if (s.event !== prev.event) {
          this.syncSelection();
          // A selection made elsewhere (the reader, the list) is brought into view, unless a link moved the window too.
          if (s.window === prev.window) this.followSelection();
        }
      }),
    );
  }

  get window(): Window {
    return this.zoom?.window ?? this.full;
  }

  get scale(): TimeScale {
    const [from, to] = this.window;
    return new TimeScale(from, to, this.width);
  }

  /** New data, filters, lane mode or colours from React. */
  setData(d: TimelineData) {
    const prev = this.data;
    this.data = d;
    if (!prev || prev.index !== d.index) {
      this.titles.clear();
      this.widths.clear();
      this.full = fullWindow(d.index.span);
    }
    if (!prev || prev.filtered !== d.filtered || prev.index !== d.index) {
      this.vis = buildVisibleIndex(d.filtered, d.index.start, d.index.end);
      this.overview = null;
      this.lastBrush = null;
      this.focusPos = -1;
    }
    if (!prev || prev.filtered !== d.filtered || prev.lanes !== d.lanes || prev.index !== d.index) {
      this.lanes = buildLanes(d.index, d.filtered, d.lanes);
      this.grid = null;
      renderLaneLabels(this.els.laneLabels, this.lanes);
    }
    if (!this.zoom) this.mount();
    this.syncSelection();
    this.layoutHeights();
    this.request();
  }

  private mount() {
    const { width, height } = this.measure();
    this.width = width;
    this.height = height;
    this.zoom = new ZoomController(this.els.canvas, { full: this.full, width, height }, (w, phase) => this.onZoom(w, phase));
    this.brush = new OverviewBrush(this.els.overviewSvg, this.full, width, OVERVIEW_H, (w, phase) => this.zoom?.setWindow(w, phase));
    this.cleanups.push(
      attachTouchGestures(this.els.canvas, {
        panBy: (px, phase) => this.zoom?.panBy(px, phase),
        zoomBy: (f, at, phase) => this.zoom?.zoomBy(f, at, phase),
        commit: () => this.commit(this.window),
      }),
    );
    this.syncWindow();
  }

  private measure() {
    return { width: Math.max(1, this.els.scroller.clientWidth), height: Math.max(1, this.els.scroller.clientHeight) };
  }

  private resize() {
    if (!this.zoom) return;
    const { width, height } = this.measure();
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    this.overview = null;
    this.lastBrush = null;
    this.grid = null;
    this.zoom.update({ full: this.full, width, height });
    this.brush?.resize(this.full, width, OVERVIEW_H);
    this.layoutHeights();
    this.request();
  }

  private layoutHeights() {
    const geo = laneGeometry(this.lanes?.lanes.length ?? 1, this.height);
    this.els.content.style.height = `${Math.max(this.height, geo.total)}px`;
    this.els.sticky.style.height = `${this.height}px`;
    for (const [k, el] of [...this.els.laneLabels.children].entries()) (el as HTMLElement).style.top = `${k * geo.laneH}px`;
  }

  private frameFor(scrollY: number): Frame | null {
    if (!this.data || !this.vis || !this.lanes) return null;
    return layoutFrame(
      { index: this.data.index, vis: this.vis, lanes: this.lanes, scale: this.scale, viewHeight: this.height, scrollY, labelWidth: (i) => this.labelWidth(i) },
      this.grid,
    );
  }

  private onZoom(w: Window, phase: ZoomPhase) {
    this.request();
    if (phase === 'end') this.commit(w);
  }

  /** Writes the window to the store (and so the link) once a gesture is over. */
  commit(w: Window) {
    const full = this.full;
    const isFull = w[1] - w[0] >= (full[1] - full[0]) * 0.995;
    const next: Window | null = isFull ? null : [Math.round(w[0]), Math.round(w[1])];
    const cur = this.store.getState().window;
    if (next === null ? cur === null : cur !== null && windowsClose(cur, next)) return;
    this.lastCommitted = next;
    this.store.getState().actions.setWindow(next);
  }

  /** Follows window changes made elsewhere (date inputs, links, Back/Forward, toolbar buttons). */
  private syncWindow() {
    if (!this.zoom) return;
    const w = this.store.getState().window;
    if (w === this.lastCommitted && w !== null) return;
    const target = w ?? this.full;
    if (!windowsClose(this.window, target)) this.zoom.setWindow(target, 'live');
    this.lastCommitted = w;
    this.request();
  }

  private followSelection() {
    if (!this.data || this.selected < 0) return;
    const pos = positionOf(this.data.filtered, this.selected);
    if (pos < 0) return;
    this.focusPos = pos;
    this.input.reveal(this.selected, true);
  }

  private syncSelection() {
    const id = this.store.getState().event;
    this.selected = id && this.data ? this.data.index.indexOf(id) : -1;
    this.request();
  }

  title(i: number): string {
    let t = this.titles.get(i);
    if (t === undefined) {
      if (this.titles.size > 50_000) this.titles.clear();
      t = this.data!.index.event(i).title;
      this.titles.set(i, t);
    }
    return t;
  }

  labelWidth(i: number): number {
    let w = this.widths.get(i);
    if (w === undefined) {
      if (this.widths.size > 50_000) this.widths.clear();
      const ctx = this.els.canvas.getContext('2d')!;
      ctx.font = LABEL_FONT;
      w = Math.ceil(ctx.measureText(this.title(i)).width);
      this.widths.set(i, w);
    }
    return w;
  }

  request() {
    this.scheduler.request();
  }

  /** The one draw per frame: lanes, marks or density, highlights, axis, overview. */
  private draw() {
    const t0 = performance.now();
    const { canvas } = this.els;
    const dpr = window.devicePixelRatio || 1;
    const bw = Math.round(this.width * dpr);
    const bh = Math.round(this.height * dpr);
    if (canvas.width !== bw || canvas.height !== bh) {
      canvas.width = bw;
      canvas.height = bh;
      canvas.style.width = `${this.width}px`;
      canvas.style.height = `${this.height}px`;
    }
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const scale = this.scale;
    const level = chooseTicks(scale.from, scale.to, this.width);
    const frame = this.frameFor(this.els.scroller.scrollTop);
    this.frame = frame;
    drawBackground(ctx, this.lanes?.lanes.length ?? 1, frame?.geometry ?? { laneH: this.height, rowTop: 0, rowH: 20, badgeTop: this.height, scrollY: 0 }, this.width, this.height, level.ticks, scale);
    if (frame && this.data && this.lanes) {
      if (frame.mode === 'density' && frame.grid) {
        this.grid = frame.grid;
        drawDensity(ctx, frame.grid, scale, frame.geometry, this.lanes.lanes.map((l) => l.colour), this.height);
      } else {
        drawMarks(ctx, frame.placed, frame.badges, frame.geometry, { index: this.data.index, lanes: this.lanes, colourBy: this.data.colourBy, title: (i) => this.title(i), textWidth: (i) => this.labelWidth(i) }, this.width, this.height);
      }
      markHighlights(ctx, this, frame, scale);
      this.els.status.textContent =
        frame.mode === 'density'
          ? `More than ${MARK_LIMIT.toLocaleString('en-GB')} events in view, drawn as density: zoom in (or click) to see single events`
          : '';
    }
    drawAxis(this.els.axis, level, scale);
    this.drawOverview();
    performance.mark('envoy:timeline-paint');
    canvas.dataset.paints = String(++this.paints);
    this.drawMs[this.paints % this.drawMs.length] = performance.now() - t0;
  }

  private drawOverview() {
    const { overviewCanvas: oc } = this.els;
    if (!this.data || !this.brush) return;
    const dpr = window.devicePixelRatio || 1;
    if (!this.overview) {
      const columns = Math.max(1, Math.floor(this.width / 2));
      this.overview = overviewCounts(this.data.index.start, this.data.index.end, this.data.filtered, this.full, columns);
      oc.width = Math.round(this.width * dpr);
      oc.height = Math.round(OVERVIEW_H * dpr);
      oc.style.width = `${this.width}px`;
      oc.style.height = `${OVERVIEW_H}px`;
      const octx = oc.getContext('2d')!;
      octx.setTransform(dpr, 0, 0, dpr, 0, 0);
      drawOverview(octx, this.overview, this.width, OVERVIEW_H);
    }
    const w = this.window;
    if (!this.lastBrush || !windowsClose(this.lastBrush, w, 1e-6)) this.brush.move(w);
    this.lastBrush = w;
  }

  /** Test and debug hook: the client position of an event's mark, if it is drawn as one. */
  pointOf(id: string): { x: number; y: number } | null {
    const i = this.data?.index.indexOf(id) ?? -1;
    const m = this.frame?.placed.find((p) => p.ev === i);
    if (!m || !this.frame) return null;
    const r = this.els.canvas.getBoundingClientRect();
    const g = this.frame.geometry;
    const y = m.lane * g.laneH - g.scrollY + g.rowTop + m.row * g.rowH + g.rowH / 2;
    const x0 = Math.max(m.x0, 0);
    const x1 = Math.min(m.x1, this.width);
    return { x: r.left + (x0 + x1) / 2, y: r.top + y };
  }

  /** Test and debug hook: client positions and counts of the "+n" badges drawn now. */
  badges(): { x: number; y: number; count: number }[] {
    const f = this.frame;
    if (!f) return [];
    const r = this.els.canvas.getBoundingClientRect();
    return f.badges
      .map((b) => ({ x: r.left + b.x + badgeWidth(b.count) / 2, y: r.top + b.lane * f.geometry.laneH - f.geometry.scrollY + f.geometry.badgeTop + 9, count: b.count }))
      .filter((b) => b.x < r.right && b.y < r.bottom);
  }

  /** Test and debug hook: ids of the events drawn as single marks now, in time order (at most `max`). */
  drawnIds(max = 50): string[] {
    if (!this.data || !this.frame) return [];
    const seen = new Set<number>();
    for (const m of this.frame.placed) if (seen.size < max) seen.add(m.ev);
    return [...seen].sort((a, b) => a - b).map((i) => this.data!.index.event(i).id);
  }

  setWindow(w: Window) {
    this.zoom?.setWindow(w, 'end');
  }

  zoomBy(factor: number, anchorPx?: number) {
    this.zoom?.zoomBy(factor, anchorPx);
  }

  panBy(px: number) {
    this.zoom?.panBy(px);
  }

  destroy() {
    this.scheduler.destroy();
    this.input.destroy();
    this.zoom?.destroy();
    this.brush?.destroy();
    for (const c of this.cleanups) c();
  }
}
