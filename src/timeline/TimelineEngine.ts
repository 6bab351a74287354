import type { EventIndex } from '../data/model';
import type { EnvoyStore } from '../state/store';
import type { LaneMode } from '../state/viewState';
import { buildLanes, laneGeometry, type LaneSet } from './core/lanes';
import { buildVisibleIndex, type VisibleIndex } from './core/visible';
import { fullWindow, homeWindow, windowOrHome } from './core/limits';
import { createScheduler, type FrameScheduler } from '../lib/frameScheduler';
import { TimeScale } from './core/timeScale';
import { ZoomController, type Window, type ZoomPhase } from './core/zoomController';
import { attachTouchGestures } from './core/touchGestures';
import { OverviewBrush } from './core/overviewBrush';
import { OVERVIEW_H } from './draw/overview';
import type { DensityGrid } from './core/density';
import { positionOf } from './core/keyboardOrder';
import { layoutFrame, type Frame } from './frame';
import { paintTimeline } from './paint';
import { TitleCache } from './titleCache';
import { watchPixelRatio } from './core/pixelRatio';
import type { ColourBy } from './draw/colours';
import { TimelineInput } from './TimelineInput';
import { renderLaneLabels } from './laneLabels';
import { windowsClose } from './core/windows';
import { placeMask } from '../data/placeFilter';

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
  /** What a null store window shows: the dataset's home view. */
  home: Window = [0, 1];
  width = 1;
  height = 1;
  frame: Frame | null = null;
  selected = -1;
  hover = -1;
  /** Keyboard focus: a position in the filtered events, or -1. */
  focusPos = -1;
  hasFocus = false;
  /** True between the live frames of a zoom or pan gesture and its end: status words wait for the end. */
  gesturing = false;
  private zoom: ZoomController | null = null;
  brush: OverviewBrush | null = null;
  private readonly scheduler: FrameScheduler;
  grid: DensityGrid | null = null;
  overview: Float32Array | null = null;
  private lastCommitted: Window | null = null;
  lastBrush: Window | null = null;
  private readonly titles: TitleCache;
  private readonly cleanups: (() => void)[] = [];
  paints = 0;
  /** Events at the place hovered on the map, ringed here (the map's side of the hover link). */
  placeHover: Uint8Array | null = null;
  /** Durations of the last 256 draws in ms (a ring), for the debug hook and the benchmark. */
  readonly drawMs = new Float64Array(256).fill(NaN);
  readonly input: TimelineInput;

  constructor(els: TimelineElements, store: EnvoyStore) {
    this.els = els;
    this.store = store;
    this.scheduler = createScheduler(() => this.paintSafely());
    this.titles = new TitleCache(els.canvas);
    this.input = new TimelineInput(this);
    if (typeof ResizeObserver !== 'undefined') {
      const ro = new ResizeObserver(() => this.resize());
      ro.observe(els.scroller);
      this.cleanups.push(() => ro.disconnect());
    }
    this.cleanups.push(watchPixelRatio(() => this.request()));
    const onScroll = () => this.request();
    els.scroller.addEventListener('scroll', onScroll, { passive: true });
    this.cleanups.push(() => els.scroller.removeEventListener('scroll', onScroll));
    this.cleanups.push(
      store.subscribe((s, prev) => {
        if (s.window !== prev.window) this.syncWindow();
        if (s.hover !== prev.hover) this.syncHover();
        if (s.hoverPlace !== prev.hoverPlace) {
          this.placeHover = s.hoverPlace && this.data ? placeMask(this.data.index, [s.hoverPlace]) : null;
          this.request();
        }
        if (s.event !== prev.event) {
          this.syncSelection();
          // A selection made elsewhere (the reader, the list) is brought into view, unless a link moved the window too.
          if (s.window === prev.window) this.followSelection();
        }
      }),
    );
  }

  get window(): Window {
    return this.zoom?.window ?? this.home;
  }

  get scale(): TimeScale {
    const [from, to] = this.window;
    return new TimeScale(from, to, this.width);
  }

  /** New data, filters, lane mode or colours from React. */
  setData(d: TimelineData) {
    const prev = this.data;
    // Splits "data ready -> first paint" into React's share and the timeline's own, for the benchmark.
    if (!prev) performance.mark('envoy:timeline-data');
    this.data = d;
    if (!prev || prev.index !== d.index) {
      this.titles.reset(d.index);
      this.full = fullWindow(d.index.span);
      this.home = homeWindow(d.index.home, d.index.span);
    }
    if (!prev || prev.filtered !== d.filtered || prev.index !== d.index) {
      this.vis = buildVisibleIndex(d.filtered, d.index.start, d.index.end);
      this.overview = null;
      this.lastBrush = null;
      this.focusPos = -1;
    }
    if (prev && prev.colourBy !== d.colourBy) this.grid = null;
    if (!prev || prev.filtered !== d.filtered || prev.lanes !== d.lanes || prev.index !== d.index) {
      this.lanes = buildLanes(d.index, d.filtered, d.lanes);
      this.grid = null;
      renderLaneLabels(this.els.laneLabels, this.lanes);
    }
    const first = !this.zoom;
    if (first) this.mount();
    this.syncSelection();
    // A link's event (?event=…) with no window may lie outside the home view the timeline opens on: bring it into view.
    if (first && this.store.getState().window === null) this.followSelection();
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

  frameFor(scrollY: number): Frame | null {
    if (!this.data || !this.vis || !this.lanes) return null;
    return layoutFrame(
      {
        index: this.data.index,
        vis: this.vis,
        lanes: this.lanes,
        scale: this.scale,
        viewHeight: this.height,
        scrollY,
        labelWidth: (i) => this.labelWidth(i),
        splitByTheme: this.data.colourBy === 'theme',
        selected: this.selected >= 0 && positionOf(this.data.filtered, this.selected) >= 0 ? this.selected : -1,
      },
      this.grid,
    );
  }

  private onZoom(w: Window, phase: ZoomPhase) {
    // The marks move under a still pointer: a tooltip about the old position would be wrong.
    if (phase === 'live' && !this.els.tooltip.hidden) this.els.tooltip.hidden = true;
    if (phase === 'live' && this.hover >= 0) {
      this.hover = -1;
      this.store.getState().actions.setHover(null);
    }
    this.gesturing = phase === 'live';
    this.request();
    if (phase === 'end') this.commit(w);
  }

  /** Writes the window to the store (and so the link) once a gesture is over; back at home it writes null. */
  commit(w: Window) {
    const next = windowOrHome(w, this.home);
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
    const target = w ?? this.home;
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

  private drawFailed = false;

  /** A drawing bug must not blank the page silently: say so once, in words, and keep the rest working. */
  private paintSafely() {
    try {
      paintTimeline(this);
    } catch (err) {
      if (this.drawFailed) return;
      this.drawFailed = true;
      console.error(err);
      this.store.getState().actions.notify({
        id: 'timeline-draw',
        tone: 'error',
        message: `The timeline could not be drawn (${err instanceof Error ? err.message : String(err)}). The list view still shows every event.`,
      });
    }
  }

  /** Hover set elsewhere (the list view) is ringed here too. */
  private syncHover() {
    const id = this.store.getState().hover;
    const i = id && this.data ? this.data.index.indexOf(id) : -1;
    if (i !== this.hover) {
      this.hover = i;
      this.request();
    }
  }

  private syncSelection() {
    const id = this.store.getState().event;
    this.selected = id && this.data ? this.data.index.indexOf(id) : -1;
    this.request();
  }

  title(i: number): string {
    return this.titles.title(i);
  }

  labelWidth(i: number): number {
    return this.titles.width(i);
  }

  request() {
    this.scheduler.request();
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
