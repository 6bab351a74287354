import type { EventIndex } from '../../data/model';
import type { LaneMode } from '../../state/viewState';
import type { TimeWindow } from '../../lib/timeWindow';
import { createScheduler, type FrameScheduler } from '../../lib/frameScheduler';
import { Camera, type CameraChange, type CameraSource } from '../core/camera';
import { createDerived } from '../core/derived';
import { oneLaneRows } from '../core/densityPyramid';
import { densityLevel, gridCovers } from '../core/density';
import { oneLaneDensitySteps, shareDensityBase, sharedDensityBase } from '../../data/densityBase';
import type { Frame } from '../core/frame';
import { positionOf } from '../core/keyboardOrder';
import { laneGeometry } from '../core/lanes';
import { windowOrHome } from '../core/limits';
import { chooseTicks } from '../core/ticks';
import type { TimeScale } from '../core/timeScale';
import { windowsClose } from '../core/windows';
import type { ColorBy } from '../../data/vocabulary';
import type { Highlights } from '../draw/highlightLayer';
import type { TimelineElements } from './elements';
import { paintBase, paintHighlights, type RenderContext } from './paint';
import { domPorts, type OverlayPort, type TimelinePorts, type ZoomPort } from './ports';
import { TimelineInput } from './TimelineInput';
import { TitleCache } from './titleCache';
import { fitSteps } from '../draw/marks';
import { stepUntil, type Steps } from '../../lib/steps';
import { warmMarks } from './warmMarks';

export type { TimelineElements } from './elements';

export interface TimelineData {
  index: EventIndex;
  filtered: Uint32Array;
  lanes: LaneMode;
  colourBy: ColorBy;
}

/** How the engine talks back: it never imports the store; the React adapter wires these to it. */
export interface TimelineCallbacks {
  /** A gesture ended: the window to store (null for the home view). Called only when the person moved the view. */
  onCommitWindow(w: TimeWindow | null): void;
  onSelect(id: string): void;
  /** The event under the pointer (null when none), for the other views' hover link. */
  onHover(id: string | null): void;
  /** A drawing failed: the words to show the person (once). */
  onError(message: string): void;
}

/**
 * From this many events on (where the data worker takes over searching), new data drawn in one lane waits until its
 * density base (one pass over the events, then its coarse copy) has been counted in steps of STEP_MS between other
 * tasks, so no task of the page's is long; the timeline shows the last data until then. A search's answer from the
 * data worker brings its base, and is shown at once.
 */
const STEPPED_MIN = 50_000;
const STEP_MS = 8;

const STATUS_DENSITY = 'Thousands of events in view, drawn as density: zoom in (or click) to see single events';

/**
 * The canvas timeline, framework-free: React mounts the elements once and hands them here with callbacks. The camera
 * is the one live truth for the window; d3-zoom, the brush, touch and keys feed it, and a gesture's end is committed
 * through onCommitWindow. Everything else (lanes, visible index, frame layout, overview) is derived from the inputs
 * by memoised functions. One scheduler runs a canvas pass, a DOM pass and an after-paint queue per frame.
 */
export class TimelineEngine {
  readonly els: TimelineElements;
  private readonly callbacks: TimelineCallbacks;
  private readonly ports: TimelinePorts;
  private readonly derived = createDerived();
  private readonly scheduler: FrameScheduler;
  private readonly titles: TitleCache;
  private readonly cleanups: (() => void)[] = [];
  readonly input: TimelineInput;
  private d: TimelineData | null = null;
  private cam: Camera | null = null;
  private zoom: ZoomPort | null = null;
  private overlays: OverlayPort | null = null;
  private size = { width: 1, height: 1 };
  /** What the store says: the window (null: home), the selected and hovered events' ids, the map's hovered place. */
  private storeWindow: TimeWindow | null = null;
  private selectedId: string | null = null;
  private hoverId: string | null = null;
  private placeId: string | null = null;
  private focus = { pos: -1, has: false };
  /** True between the live frames of a gesture and its end: status words wait for the end. */
  private gesturing = false;
  private painted: Frame | null = null;
  /** The data the painted frame shows, and its highlights (see paintCanvas). */
  private paintedData: TimelineData | null = null;
  private paintedHighlights: Highlights | null = null;
  /** Frames in a row that showed the last density while a view of single marks was laid out (see frameToPaint). */
  private standIns = 0;
  /** The frame of single marks whose titles are being cut ahead of its first drawing, and those done (see frameToPaint). */
  private fitting: { frame: Frame; steps: Steps<true> } | null = null;
  private fitted: Frame | null = null;
  /** True while flush() paints: the frame for the current view is laid out and drawn at once. */
  private eager = false;
  /** The lanes' scroll offset, as of the last scroll event. */
  private scrollY = 0;
  /** What the last canvas paint's base layer showed, and a copy of that layer once a highlight-only repaint needs it. */
  private lastBase: BaseKey | null = null;
  private layer: { canvas: HTMLCanvasElement; key: BaseKey } | null = null;
  private drawFailed = false;
  /** New data waiting for its density base to be counted (see STEPPED_MIN). */
  private waiting: { cancel(): void } | null = null;
  /** The idle step queued to build density levels ahead of zooms (see Derived.warm), if one is queued. */
  private warming: (() => void) | null = null;
  /** The data whose single-marks code path was last warmed, and how many times (see safelyWarmMarks). */
  private warmed: { index: EventIndex; runs: number } | null = null;
  /** When the data last changed (see warmSoon). */
  private shownAt = 0;
  /** The warm-up of single marks under way: laying out a view off the page, then drawing it (see warmMarks). */
  private warmJob: ((until: number) => boolean) | null = null;
  paints = 0;
  /** Durations of the last 256 canvas paints in ms (a ring), for the debug hook and the benchmark. */
  readonly drawMs = new Float64Array(256).fill(NaN);

  constructor(els: TimelineElements, callbacks: TimelineCallbacks, ports: TimelinePorts = domPorts) {
    this.els = els;
    this.callbacks = callbacks;
    this.ports = ports;
    this.scheduler = createScheduler({
      canvas: () => this.safely(() => this.paintCanvas()),
      dom: () => this.safely(() => this.paintDom()),
    });
    this.titles = new TitleCache(els.canvas);
    this.input = new TimelineInput(this);
    this.cleanups.push(ports.observeSize(els.scroller, () => this.resize()));
    this.cleanups.push(ports.watchPixelRatio(() => this.request()));
    // Read where the browser scrolls, not while painting: reading scrollTop in a frame forces a layout of the page.
    const onScroll = () => {
      this.scrollY = els.scroller.scrollTop;
      this.scheduler.requestCanvas();
    };
    els.scroller.addEventListener('scroll', onScroll, { passive: true });
    this.cleanups.push(() => els.scroller.removeEventListener('scroll', onScroll));
  }

  // ---- read-only views for input, the debug hook and tests ----

  get data(): TimelineData | null {
    return this.d;
  }

  get window(): TimeWindow {
    return this.cam?.window ?? (this.d ? this.derived.home(this.d.index) : [0, 1]);
  }

  get full(): TimeWindow {
    return this.d ? this.derived.full(this.d.index) : [0, 1];
  }

  get home(): TimeWindow {
    return this.d ? this.derived.home(this.d.index) : [0, 1];
  }

  get width(): number {
    return this.size.width;
  }

  get height(): number {
    return this.size.height;
  }

  get scale(): TimeScale {
    const [from, to] = this.window;
    return this.derived.scale(from, to, this.size.width);
  }

  /** The frame last painted: what the person sees, and what hit tests and the debug hook read. */
  get frame(): Frame | null {
    return this.painted;
  }

  get lanes() {
    return this.d ? this.derived.lanes(this.d.index, this.d.filtered, this.d.lanes) : null;
  }

  get selected(): number {
    return this.d ? this.derived.indexOf(this.d.index, this.selectedId) : -1;
  }

  get hover(): number {
    return this.d ? this.derived.indexOf(this.d.index, this.hoverId) : -1;
  }

  /** Keyboard focus: a position in the filtered events, or -1. */
  get focusPos(): number {
    return this.focus.pos;
  }

  get hasFocus(): boolean {
    return this.focus.has;
  }

  title(i: number): string {
    return this.titles.title(i);
  }

  readonly labelWidth = (i: number): number => this.titles.width(i);
  private readonly titleOf = (i: number): string => this.titles.title(i);

  // ---- inputs from the React adapter ----

  /**
   * New data, filters, lane mode or colours. Nothing is recomputed here: the next paint derives what changed. Many
   * events in one lane first have their density base counted in steps (see STEPPED_MIN); until then the last data stays.
   */
  setData(d: TimelineData) {
    this.waiting?.cancel();
    this.waiting = null;
    const kind = oneLaneRows(d.lanes, d.colourBy === 'theme');
    if (!kind || d.filtered.length < STEPPED_MIN || sharedDensityBase(d.filtered, kind)) return this.show(d);
    const step = oneLaneDensitySteps(d.index, d.filtered, kind);
    let timer: ReturnType<typeof setTimeout>;
    const run = () => {
      const base = step(STEP_MS);
      if (!base) {
        timer = setTimeout(run, 0);
        return;
      }
      this.waiting = null;
      shareDensityBase(d.filtered, kind, base);
      this.show(d);
    };
    timer = setTimeout(run, 0);
    this.waiting = { cancel: () => clearTimeout(timer) };
  }

  private show(d: TimelineData) {
    const prev = this.d;
    // Splits "data ready -> first paint" into React's share and the timeline's own, for the benchmark.
    if (!prev) performance.mark('envoy:timeline-data');
    this.d = d;
    this.shownAt = performance.now();
    this.warming?.();
    this.warming = null;
    if (!prev || prev.index !== d.index) this.titles.reset(d.index);
    if (prev && (prev.filtered !== d.filtered || prev.index !== d.index)) this.focus.pos = -1;
    const first = !this.cam;
    if (first) this.mount();
    else this.applyLimits();
    // A link's event (?event=…) with no window may lie outside the home view the timeline opens on: bring it into view.
    if (first && this.storeWindow === null) this.followSelection();
    this.layoutHeights();
    this.request();
  }

  /** The store's window changed (a link, the toolbar, Back): show it, or home for null. Never committed back. */
  showWindow(w: TimeWindow | null) {
    this.storeWindow = w;
    if (!this.cam || !this.d) return;
    const target = w ?? this.home;
    if (!windowsClose(this.cam.window, target)) this.cam.setWindow(target, 'end', 'store');
  }

  /** The selected event changed; `follow` brings it into view (unless a link moved the window at the same time). */
  select(id: string | null, follow: boolean) {
    this.selectedId = id;
    if (follow) this.followSelection();
    this.scheduler.requestCanvas();
  }

  /** The event hovered elsewhere (the list, the reader): ringed here too. */
  setHover(id: string | null) {
    if (id === this.hoverId) return;
    this.hoverId = id;
    this.scheduler.requestCanvas();
  }

  /** The place hovered on the map: its events are ringed here. */
  setPlaceHover(id: string | null) {
    if (id === this.placeId) return;
    this.placeId = id;
    this.scheduler.requestCanvas();
  }

  // ---- moves and interaction, used by TimelineInput ----

  moveTo(w: TimeWindow, source: CameraSource = 'keys') {
    this.cam?.setWindow(w, 'end', source);
  }

  zoomBy(factor: number, anchorPx?: number, source: CameraSource = 'keys') {
    this.cam?.zoomBy(factor, anchorPx, 'end', source);
  }

  panBy(px: number, source: CameraSource = 'keys') {
    this.cam?.panBy(px, 'end', source);
  }

  /** The pointer is over event i (or none): ringed here, and told to the other views. */
  hoverEvent(i: number) {
    if (i === this.hover) return;
    const id = i >= 0 && this.d ? this.d.index.event(i).id : null;
    this.hoverId = id;
    this.callbacks.onHover(id);
    this.scheduler.requestCanvas();
  }

  selectEvent(i: number) {
    if (!this.d) return;
    const pos = positionOf(this.d.filtered, i);
    if (pos >= 0) this.focus.pos = pos;
    this.callbacks.onSelect(this.d.index.event(i).id);
  }

  setFocusPos(pos: number) {
    this.focus.pos = pos;
    this.scheduler.requestCanvas();
  }

  setHasFocus(has: boolean) {
    this.focus.has = has;
    this.scheduler.requestCanvas();
  }

  /** Runs `cb` after the next frame is painted (it sees that frame's layout and scroll). */
  afterPaint(cb: () => void) {
    this.scheduler.afterPaint(cb);
  }

  request() {
    this.scheduler.request();
  }

  /** Paints a pending frame now, the current view's own (tests and the benchmark). */
  flush() {
    this.eager = true;
    try {
      this.scheduler.flush();
    } finally {
      this.eager = false;
    }
  }

  // ---- the camera and its adapters ----

  private mount() {
    const { width, height } = this.measure();
    this.size = { width, height };
    const full = this.full;
    this.cam = new Camera(full, width, (c) => this.onCamera(c), this.storeWindow ?? this.home);
    const cam = this.cam;
    this.zoom = this.ports.zoom(this.els.canvas, cam, { full, width, height });
    const brush = this.ports.brush(this.els.overviewSvg, full, width, (w, phase) => cam.setWindow(w, phase, 'brush'));
    this.overlays = this.ports.overlays(this.els, brush);
    this.cleanups.push(
      this.ports.touch(this.els.canvas, {
        panBy: (px, phase) => cam.panBy(px, phase, 'touch'),
        zoomBy: (f, at, phase) => cam.zoomBy(f, at, phase, 'touch'),
        commit: () => cam.end('touch'),
      }),
    );
  }

  private onCamera(c: CameraChange) {
    // d3's own moves are in its transform already; every other move is synced into it, tagged so it is no echo.
    if (c.source !== 'pointer') this.zoom?.sync(c.window);
    // The marks move under a still pointer: a tooltip about the old position would be wrong.
    if (!this.els.tooltip.hidden) this.els.tooltip.hidden = true;
    if (this.hoverId !== null) this.hoverEvent(-1);
    this.gesturing = c.phase === 'live';
    this.request();
    if (c.phase === 'end' && c.source !== 'store' && c.source !== 'limits') this.commit(c.window);
  }

  /** Tells the store the window once a gesture is over; back at home it is null. */
  private commit(w: TimeWindow) {
    const next = windowOrHome(w, this.home);
    const cur = this.storeWindow;
    if (next === null ? cur === null : cur !== null && windowsClose(cur, next)) return;
    this.storeWindow = next;
    this.callbacks.onCommitWindow(next);
  }

  private applyLimits() {
    if (!this.cam) return;
    const { width, height } = this.size;
    const full = this.full;
    this.zoom?.update({ full, width, height });
    if (full !== this.cam.full || width !== this.cam.width) this.cam.setLimits(full, width);
  }

  private measure() {
    return { width: Math.max(1, this.els.scroller.clientWidth), height: Math.max(1, this.els.scroller.clientHeight) };
  }

  private resize() {
    if (!this.cam) return;
    const { width, height } = this.measure();
    if (width === this.size.width && height === this.size.height) return;
    this.size = { width, height };
    this.applyLimits();
    this.layoutHeights();
    this.request();
  }

  private layoutHeights() {
    const geo = laneGeometry(this.lanes?.lanes.length ?? 1, this.size.height);
    const h = `${Math.max(this.size.height, geo.total)}px`;
    if (this.els.content.style.height !== h) this.els.content.style.height = h;
    this.els.sticky.style.height = `${this.size.height}px`;
  }

  private followSelection() {
    const sel = this.selected;
    if (!this.d || sel < 0) return;
    const pos = positionOf(this.d.filtered, sel);
    if (pos < 0) return;
    this.focus.pos = pos;
    this.input.reveal(sel, true);
  }

  // ---- painting ----

  /** The frame for the current view, size, scroll and data (memoised: the same object until one of them changes). */
  currentFrame(): Frame | null {
    const input = this.frameInput();
    return input && this.derived.frame(input);
  }

  private frameInput() {
    const d = this.d;
    if (!d) return null;
    const sel = this.selected;
    return {
      index: d.index,
      vis: this.derived.vis(d.index, d.filtered),
      lanes: this.derived.lanes(d.index, d.filtered, d.lanes),
      scale: this.scale,
      viewHeight: this.size.height,
      scrollY: this.scrollY,
      labelWidth: this.labelWidth,
      splitByTheme: d.colourBy === 'theme',
      selected: sel >= 0 && positionOf(d.filtered, sel) >= 0 ? sel : -1,
    };
  }

  private highlights(): Highlights {
    const d = this.d;
    const focus = d && this.focus.has && this.focus.pos >= 0 ? (d.filtered[this.focus.pos] ?? -1) : -1;
    return {
      selected: this.selected,
      hover: this.hover,
      focus,
      placeHover: d ? this.derived.places(d.index, this.placeId) : null,
    };
  }

  /** A drawing bug must not blank the page silently: say so once, in words, and keep the rest working. */
  private safely(pass: () => void) {
    try {
      pass();
    } catch (err) {
      if (this.drawFailed) return;
      this.drawFailed = true;
      console.error(err);
      this.callbacks.onError(
        `The timeline could not be drawn (${err instanceof Error ? err.message : String(err)}). The list view still shows every event.`,
      );
    }
  }

  private paintCanvas() {
    const t0 = performance.now();
    const { canvas } = this.els;
    const { width, height } = this.size;
    const dpr = globalThis.devicePixelRatio || 1;
    const bw = Math.round(width * dpr);
    const bh = Math.round(height * dpr);
    if (canvas.width !== bw || canvas.height !== bh) {
      canvas.width = bw;
      canvas.height = bh;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    const before = this.painted;
    const frame = this.frameToPaint();
    this.painted = frame;
    this.paintedData = this.d;
    // The status words say whether the view is density: written in this frame's DOM pass when that changes.
    if (frame?.mode !== before?.mode) this.scheduler.requestDom();
    const scale = this.scale;
    const ticks = chooseTicks(scale.from, scale.to, width).ticks;
    const d = this.d;
    const rc: RenderContext = {
      width,
      height,
      scale,
      ticks,
      frame,
      index: d?.index ?? null,
      lanes: this.lanes,
      colourBy: d?.colourBy ?? 'actor',
      highlights: this.highlights(),
      title: this.titleOf,
      textWidth: this.labelWidth,
    };
    const ctx = canvas.getContext('2d');
    const key: BaseKey = { frame, scale, colourBy: rc.colourBy, bw, bh };
    const unchanged = sameBase(this.lastBase, key) && sameHighlights(this.paintedHighlights, rc.highlights);
    this.paintedHighlights = rc.highlights;
    // The canvas already shows this frame, view and highlights (a frame waiting on a layout): nothing to draw.
    if (ctx && !unchanged) {
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const layer = sameBase(this.lastBase, key) ? this.layerFor(key, rc, dpr) : null;
      if (layer) {
        // Only the highlights changed: the base layer is copied as it was, with no layout and no text.
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, bw, bh);
        ctx.drawImage(layer, 0, 0);
        ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      } else paintBase(ctx, rc);
      this.lastBase = key;
      paintHighlights(ctx, rc);
    }
    // One entry at a time: observers (the benchmark) still see every paint, and the timing buffer never grows.
    performance.clearMarks('envoy:timeline-paint');
    performance.mark('envoy:timeline-paint');
    canvas.dataset.paints = String(++this.paints);
    this.drawMs[this.paints % this.drawMs.length] = performance.now() - t0;
    if (frame?.mode === 'density') this.warmSoon();
  }

  /**
   * After a dense frame, in idle time, one step at a time: the other density levels are summed, so a zoom only copies
   * a grid; then, once per data set, two views of single marks elsewhere are laid out and drawn off the page (see
   * warmMarks), so the first zoom into single marks does not run cold code; then the grid a zoom in from the last
   * frame needs (Derived.prefetch). Nothing on screen depends on any of it.
   */
  private warmSoon() {
    if (this.warming) return;
    const step = (msLeft: () => number) => {
      this.warming = null;
      let more = true;
      // Density levels while the idle period has room for another (one costs up to 20 ms at 1M, and the next level
      // costs at most what the last did); a marks layout or a counted grid (tens of ms at 1M) only alone in an idle
      // period of its own.
      let t = performance.now();
      if (this.derived.warm()) {
        for (let cost = performance.now() - t; msLeft() > cost + WARM_SLACK_MS; cost = performance.now() - t) {
          t = performance.now();
          if (!this.derived.warm()) break;
        }
      } else
        more = this.safelyWarmMarks(performance.now() + Math.min(WARM_MARKS_MS, msLeft())) || this.derived.prefetch();
      if (more) this.warming = this.ports.idle(step);
    };
    // Not while a search is being typed: each answer is new data, and the warm-up would slow the next one.
    this.warming = this.ports.idle(step, Math.max(0, this.shownAt + WARM_AFTER_MS - performance.now()));
  }

  /**
   * Lays out views of single marks per data set (off the page, WARM_RUNS of them), each then drawn: a step per idle
   * period, until the clock passes `until` (the layout goes on where it stopped). Says whether it did anything.
   */
  private safelyWarmMarks(until: number): boolean {
    const job = this.warmJob;
    if (job) {
      this.warmStep(() => {
        if (job(until)) this.warmJob = null;
      });
      return true;
    }
    const d = this.d;
    if (!d) return false;
    const runs = this.warmed?.index === d.index ? this.warmed.runs : 0;
    if (runs >= WARM_RUNS) return false;
    this.warmed = { index: d.index, runs: runs + 1 };
    this.warmStep(() => {
      this.warmJob = warmMarks({
        index: d.index,
        vis: this.derived.vis(d.index, d.filtered),
        lanes: this.derived.lanes(d.index, d.filtered, d.lanes),
        view: this.window,
        width: this.size.width,
        height: this.size.height,
        colourBy: d.colourBy,
        labelWidth: this.labelWidth,
        title: this.titleOf,
        canvas: this.ports.createCanvas(this.els.canvas),
        across: WARM_ACROSS[runs]!,
      });
    });
    return true;
  }

  /** Only a warm-up: a failure here shows up, in words, when a real frame runs the same code. */
  private warmStep(run: () => void) {
    try {
      run();
    } catch {
      this.warmJob = null;
    }
  }

  /**
   * The frame to draw now. A first view of single marks after density (thousands of new titles at a million events)
   * is laid out LAYOUT_SLICE_MS of a frame at a time, and drawn in a frame of its own unless its layout was quick.
   * Meanwhile the density last drawn, still true of this view, stands in (for at most MAX_STAND_INS frames in a row,
   * so a zoom that never rests still shows its marks). Any other frame is laid out and drawn at once.
   */
  private frameToPaint(): Frame | null {
    const prev = this.painted;
    const input = this.frameInput();
    if (!input || this.eager || this.standIns >= MAX_STAND_INS || !this.standsIn(prev)) {
      this.standIns = 0;
      return input && this.derived.frame(input);
    }
    const t = performance.now();
    const until = t + LAYOUT_SLICE_MS;
    const f = this.derived.frameBy(input, until);
    const ready = f !== null && (f.mode !== 'marks' || this.fitTitles(f, until));
    if (ready && performance.now() - t < DRAW_WITH_LAYOUT_MS) {
      this.standIns = 0;
      return f;
    }
    this.standIns++;
    this.scheduler.requestCanvas();
    return prev;
  }

  /** Cuts the titles of a new frame of single marks ahead of drawing it, until `until`; true once all are cut. */
  private fitTitles(f: Frame, until: number): boolean {
    if (this.fitted === f) return true;
    const ctx = this.els.canvas.getContext('2d');
    const d = this.d;
    if (!ctx || !d) return true;
    if (this.fitting?.frame !== f) {
      const style = { index: d.index, title: this.titleOf, textWidth: this.labelWidth };
      this.fitting = { frame: f, steps: fitSteps(ctx, f.placed, style) };
    }
    if (!stepUntil(this.fitting.steps, until)) return false;
    this.fitting = null;
    this.fitted = f;
    return true;
  }

  /** True when the frame last painted, a density frame of the same data, lanes and scroll, is true of the view now. */
  private standsIn(prev: Frame | null): prev is Frame {
    const d = this.d;
    const was = this.paintedData;
    if (!prev || prev.mode !== 'density' || !prev.grid || prev.placed.length > 0 || !d || !was) return false;
    if (was.index !== d.index || was.filtered !== d.filtered || was.lanes !== d.lanes || was.colourBy !== d.colourBy)
      return false;
    const s = this.scale;
    if (!gridCovers(prev.grid, densityLevel(s.msPerPx), s.from, s.to, prev.grid.lanes)) return false;
    const geo = laneGeometry(this.lanes?.lanes.length ?? 1, this.size.height);
    return prev.rows === geo.rows && prev.totalHeight === geo.total && prev.geometry.scrollY === this.scrollY;
  }

  /**
   * The base layer for a repaint that only moves highlights: kept from the last such repaint, or drawn once now. Zoom
   * and pan frames never pay for it; a run of hovers over a still view pays once.
   */
  private layerFor(key: BaseKey, rc: RenderContext, dpr: number): HTMLCanvasElement | null {
    if (this.layer && sameBase(this.layer.key, key)) return this.layer.canvas;
    const c = this.layer?.canvas ?? this.ports.createCanvas(this.els.canvas);
    const lctx = c?.getContext('2d');
    if (!c || !lctx) return null;
    if (c.width !== key.bw || c.height !== key.bh) {
      c.width = key.bw;
      c.height = key.bh;
    }
    lctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    paintBase(lctx, rc);
    this.layer = { canvas: c, key };
    return c;
  }

  private paintDom() {
    if (!this.overlays || !this.d) return;
    const scale = this.scale;
    const { width } = this.size;
    // What the canvas shows (a layout still under way is not forced here).
    const frame = this.painted;
    const lanes = this.lanes;
    const full = this.full;
    const columns = Math.max(1, Math.floor(width / 2));
    this.overlays.paint({
      scale,
      lanes,
      laneH: frame?.geometry.laneH ?? this.size.height,
      overview: this.derived.overview(this.d.index, this.d.filtered, full, columns),
      window: this.window,
      full,
      width,
      dpr: globalThis.devicePixelRatio || 1,
      // Not on each step of a wheel gesture: once it ends.
      status: this.gesturing || !frame ? null : frame.mode === 'density' ? STATUS_DENSITY : '',
    });
  }

  destroy() {
    this.waiting?.cancel();
    this.warming?.();
    this.scheduler.destroy();
    this.input.destroy();
    this.zoom?.destroy();
    this.overlays?.destroy();
    for (const c of this.cleanups) c();
  }
}

/** Views of single marks laid out ahead per data set, and where across the view (two: the code is compiled after one). */
const WARM_ACROSS = [0.25, 0.75];
const WARM_RUNS = WARM_ACROSS.length;
/** Share of a frame a layout of single marks may take while the last density stands in (see frameToPaint). */
const LAYOUT_SLICE_MS = 4;
/** A layout finished in less than this is drawn in the same frame; a longer one in the next. */
const DRAW_WITH_LAYOUT_MS = 2;
/** Frames in a row the last density may stand in for a view still being laid out. */
const MAX_STAND_INS = 6;
/** New data must stay this long before the warm-up starts on it (see warmSoon). */
const WARM_AFTER_MS = 400;
/** Idle warm-up steps go on while the last step's time and this much more are left of the idle period. */
const WARM_SLACK_MS = 8;
/** Share of an idle period a step of the single-marks warm-up may take (see warmMarks). */
const WARM_MARKS_MS = 10;

/** What the base layer depends on beyond the frame (which stands for the view, size, scroll and data). */
interface BaseKey {
  frame: Frame | null;
  scale: TimeScale;
  colourBy: ColorBy;
  bw: number;
  bh: number;
}

function sameBase(a: BaseKey | null, b: BaseKey): boolean {
  return (
    a !== null &&
    a.frame !== null &&
    a.frame === b.frame &&
    a.scale === b.scale &&
    a.colourBy === b.colourBy &&
    a.bw === b.bw &&
    a.bh === b.bh
  );
}

function sameHighlights(a: Highlights | null, b: Highlights): boolean {
  return (
    a !== null &&
    a.selected === b.selected &&
    a.hover === b.hover &&
    a.focus === b.focus &&
    a.placeHover === b.placeHover
  );
}
