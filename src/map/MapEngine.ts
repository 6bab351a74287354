import { select, type Selection } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { EventIndex } from '../data/model';
import { placeColumns, type PlaceColumns } from '../data/places';
import type { EnvoyStore } from '../state/store';
import { hoverOf } from '../state/hoverChannel';
import type { MapCamera } from '../state/viewState';
import type { ColorBy } from '../data/vocabulary';
import { actorColour } from '../lib/palette';
import { createScheduler, type FrameScheduler } from '../lib/frameScheduler';
import { cameraOf, fitCamera, MAX_ZOOM, MIN_ZOOM, TILE, transformOf, type Transform } from './core/camera';
import { loadBasemap, type Basemap } from './core/basemap';
import { tallyPlaces, type PlaceTally } from './core/visibleCounts';
import { layoutMapFrame, placeGeometry, type MapFrame, type PlaceGeometry } from './frame';
import { paintMap } from './paint';
import { MapInput } from './MapInput';
import { ringBounds } from './core/boxSelect';
import { TileCache } from './draw/tileCache';

export interface MapElements {
  root: HTMLElement;
  canvas: HTMLCanvasElement;
  live: HTMLElement;
  tooltip: HTMLElement;
  box: HTMLElement;
}

export interface MapData {
  index: EventIndex;
  filtered: Uint32Array;
  /** The timeline's window, or null for every date. */
  window: readonly [number, number] | null;
  colourBy: ColorBy;
}

export interface MapCallbacks {
  /** A place was clicked or chosen with Space: show its events. */
  onPick(place: number, x: number, y: number): void;
  /** A box was drawn: these places go into the place filter. */
  onBox(places: number[]): void;
  /** The map moved under a gesture, or an empty spot was clicked: close what points at a place. */
  onDismiss(): void;
}

const NO_COLOUR = '#6e7781';
/** Zoom level from which the 1:50m base map is worth its download. */
const DETAIL_ZOOM = 4;

/**
 * The map, framework-free: React mounts the elements and hands them here. It owns the camera (a d3-zoom
 * transform, the one live truth while a gesture runs), the one frame scheduler and all drawing; it writes the
 * camera to the store only when a gesture ends, and follows the store's selection and hover.
 */
export class MapEngine {
  readonly els: MapElements;
  readonly store: EnvoyStore;
  readonly cb: MapCallbacks;
  data: MapData | null = null;
  cols: PlaceColumns | null = null;
  tally: PlaceTally | null = null;
  geo: PlaceGeometry | null = null;
  basemap: Basemap | null = null;
  frame: MapFrame | null = null;
  t: Transform = { k: TILE * 2, x: 0, y: 0 };
  width = 1;
  height = 1;
  hoverPlace = -1;
  focusPlace = -1;
  selectedPlace = -1;
  /** Place of the event hovered on the timeline or list. */
  linkedHover = -1;
  paints = 0;
  firstDrawMs = NaN;
  readonly drawMs = new Float64Array(256).fill(NaN);
  private readonly started = performance.now();
  private readonly scheduler: FrameScheduler;
  private readonly behaviour: ZoomBehavior<HTMLCanvasElement, unknown>;
  private readonly sel: Selection<HTMLCanvasElement, unknown, null, undefined>;
  private readonly cleanups: (() => void)[] = [];
  private lastCommitted: MapCamera | null = null;
  private loadingDetail = false;
  private gesturing = false;
  readonly cache = new TileCache();
  readonly input: MapInput;

  constructor(els: MapElements, store: EnvoyStore, cb: MapCallbacks) {
    this.els = els;
    this.store = store;
    this.cb = cb;
    performance.mark('envoy:map-engine');
    this.scheduler = createScheduler({ canvas: () => this.paint() });
    this.behaviour = d3zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([TILE * 2 ** MIN_ZOOM, TILE * 2 ** MAX_ZOOM])
      // Shift+drag draws a box instead of panning; the wheel still zooms.
      .filter(
        (ev: MouseEvent & { type: string }) =>
          (ev.type === 'wheel' || !ev.shiftKey) && !ev.button && (!ev.ctrlKey || ev.type === 'wheel'),
      )
      .on('start', (ev: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        if (!ev.sourceEvent) return;
        this.gesturing = true;
        this.cb.onDismiss();
      })
      .on('zoom', (ev: D3ZoomEvent<HTMLCanvasElement, unknown>) => this.onZoom(ev))
      .on('end', (ev: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        this.gesturing = false;
        // One more draw, so the base map is sharp again at the new scale.
        this.request();
        if (ev.sourceEvent) this.commit();
      });
    this.sel = select(els.canvas);
    this.sel.call(this.behaviour).on('dblclick.zoom', null);
    this.input = new MapInput(this);
    if (typeof ResizeObserver !== 'undefined') {
      const ro = new ResizeObserver(() => this.resize());
      ro.observe(els.root);
      this.cleanups.push(() => ro.disconnect());
    }
    this.cleanups.push(
      store.subscribe((s, prev) => {
        if (s.map !== prev.map) this.syncCamera();
        if (s.event !== prev.event) this.syncSelection();
      }),
      hoverOf(store).event.subscribe(() => this.syncLinkedHover()),
    );
    void loadBasemap('110m').then(
      (b) => this.setBasemap(b),
      () => this.basemapFailed(),
    );
  }

  /** New data, filters, window or colours from React. */
  setData(d: MapData) {
    const prev = this.data;
    if (!prev) performance.mark('envoy:map-data');
    this.data = d;
    if (!prev || prev.index !== d.index) {
      this.cols = placeColumns(d.index);
      this.geo = placeGeometry(this.cols, this.basemap);
    }
    if (
      !prev ||
      prev.index !== d.index ||
      prev.filtered !== d.filtered ||
      prev.window !== d.window ||
      prev.colourBy !== d.colourBy
    ) {
      const { index } = d;
      const byTheme = d.colourBy === 'theme';
      const off = byTheme ? index.themeOffsets : index.actorOffsets;
      const ids = byTheme ? index.themeIds : index.actorIds;
      this.tally = tallyPlaces(
        index,
        d.filtered,
        d.window,
        (i) => (off[i]! < off[i + 1]! ? ids[off[i]!]! : -1),
        byTheme ? index.themes.length : index.actors.length,
      );
    }
    if (!prev) {
      this.measure();
      this.syncCamera();
      this.syncSelection();
    }
    this.request();
  }

  private setBasemap(b: Basemap) {
    performance.mark(`envoy:map-basemap-${b.detail}`);
    this.basemap = b;
    if (this.cols) this.geo = placeGeometry(this.cols, b);
    // The fit takes country outlines into account: redo it once they arrive, unless someone has moved the map.
    if (this.data && this.store.getState().map === null && b.detail === '110m') this.applyTransform(this.fitted());
    this.maybeLoadDetail();
    this.request();
  }

  private basemapFailed() {
    this.els.root.dataset.basemap = 'failed';
    this.store.getState().actions.notify({
      id: 'map-basemap',
      tone: 'warning',
      message: 'The base map could not be loaded; places are drawn without country outlines.',
    });
  }

  private measure() {
    this.width = Math.max(1, this.els.root.clientWidth);
    this.height = Math.max(1, this.els.root.clientHeight);
  }

  private resize() {
    const w = this.width;
    const h = this.height;
    this.measure();
    if (w === this.width && h === this.height) return;
    // Keep the same place in the middle at the same zoom.
    const cam = cameraOf(this.t, w, h);
    this.applyTransform(this.store.getState().map === null ? this.fitted() : transformOf(cam, this.width, this.height));
  }

  colourOf(place: number): string {
    const g = this.tally?.group[place] ?? -1;
    if (g < 0 || !this.data) return NO_COLOUR;
    return this.data.colourBy === 'theme' ? (this.data.index.themes[g]?.color ?? NO_COLOUR) : actorColour(g);
  }

  /** The camera fitted to every place that has events (not just the filtered ones, so filters do not move the map). */
  fitted(): Transform {
    const pts: [number, number][] = [];
    if (this.cols) {
      const { places, eventsByPlace } = this.cols;
      places.forEach((p, k) => {
        if (eventsByPlace[k]!.length === 0) return;
        const outline = this.geo?.outline[k];
        if (outline) pts.push(outline.bounds[0], outline.bounds[1]);
        else {
          const b = ringBounds(p.point[0], p.point[1], p.precision === 'exact' || p.precision === 'town' ? 5 : 60);
          pts.push(b[0], b[1]);
        }
      });
    }
    return transformOf(fitCamera(pts, this.width, this.height), this.width, this.height);
  }

  private applyTransform(t: Transform) {
    this.behaviour.transform(this.sel, zoomIdentity.translate(t.x, t.y).scale(t.k));
  }

  private onZoom(ev: D3ZoomEvent<HTMLCanvasElement, unknown>) {
    const { k, x, y } = ev.transform;
    this.t = { k, x, y };
    if (ev.sourceEvent && !this.els.tooltip.hidden) this.els.tooltip.hidden = true;
    this.maybeLoadDetail();
    this.request();
  }

  /** Fetches the 1:50m outlines once the view is zoomed in to a region (after the 1:110m ones are in). */
  private maybeLoadDetail() {
    if (this.loadingDetail || Math.log2(this.t.k / TILE) < DETAIL_ZOOM || this.basemap?.detail !== '110m') return;
    this.loadingDetail = true;
    // Without it the 1:110m outlines stay: coarser, still correct.
    void loadBasemap('50m').then(
      (b) => this.setBasemap(b),
      () => undefined,
    );
  }

  /** Writes the camera to the store (and so the link) once a gesture ends. */
  commit() {
    const cam = cameraOf(this.t, this.width, this.height);
    this.lastCommitted = cam;
    this.store.getState().actions.setMapCamera(cam);
  }

  /** Follows camera changes made elsewhere: a link, Back/Forward, "Fit". */
  private syncCamera() {
    const cam = this.store.getState().map;
    if (cam !== null && cam === this.lastCommitted) return;
    this.lastCommitted = cam;
    this.applyTransform(cam === null ? this.fitted() : transformOf(cam, this.width, this.height));
  }

  private placeOfEvent(id: string | null): number {
    if (!id || !this.data || !this.cols) return -1;
    const i = this.data.index.indexOf(id);
    return i < 0 ? -1 : this.cols.placeOf[i]!;
  }

  private syncSelection() {
    this.selectedPlace = this.placeOfEvent(this.store.getState().event);
    this.request();
  }

  private syncLinkedHover() {
    this.linkedHover = this.placeOfEvent(hoverOf(this.store).event.get());
    this.request();
  }

  /** Moves the camera by a zoom factor about the centre (buttons and keys). */
  zoomBy(factor: number) {
    this.behaviour.scaleBy(this.sel, factor, [this.width / 2, this.height / 2]);
    this.commit();
  }

  panBy(dx: number, dy: number) {
    this.behaviour.translateBy(this.sel, dx / this.t.k, dy / this.t.k);
    this.commit();
  }

  /** Brings a place into view if it is off screen. */
  reveal(place: number) {
    if (!this.geo) return;
    const x = this.geo.wx[place]! * this.t.k + this.t.x;
    const y = this.geo.wy[place]! * this.t.k + this.t.y;
    if (x >= 20 && y >= 20 && x <= this.width - 20 && y <= this.height - 20) return;
    this.applyTransform({ k: this.t.k, x: this.t.x + this.width / 2 - x, y: this.t.y + this.height / 2 - y });
    this.commit();
  }

  /** Zooms to show the given places (a cluster's). */
  zoomTo(places: number[]) {
    if (!this.cols) return;
    const pts = places.map((k) => this.cols!.places[k]!.point);
    const cam = fitCamera(pts, this.width, this.height, 60);
    const current = cameraOf(this.t, this.width, this.height);
    // Always at least two steps in, so a click on a cluster of one town's sites still splits it.
    this.applyTransform(
      transformOf({ ...cam, zoom: Math.min(MAX_ZOOM, Math.max(cam.zoom, current.zoom + 2)) }, this.width, this.height),
    );
    this.commit();
  }

  request() {
    this.scheduler.request();
  }

  private paint() {
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
    const ctx = canvas.getContext('2d');
    if (!ctx || !this.geo || !this.tally || !this.cols) return;
    this.frame = layoutMapFrame(this.geo, this.tally, this.t, this.width, this.height);
    const places = this.cols.places;
    const pending = paintMap({
      ctx,
      width: this.width,
      height: this.height,
      dpr,
      basemap: this.basemap,
      frame: this.frame,
      geo: this.geo,
      colourOf: (k) => this.colourOf(k),
      nameOf: (k) => places[k]!.name,
      hover: this.hoverPlace >= 0 ? this.hoverPlace : this.linkedHover,
      selected: this.selectedPlace,
      focus: this.input.hasFocus ? this.focusPlace : -1,
      cache: this.cache,
      settled: !this.gesturing,
      baseKey: [this.basemap, this.tally, this.geo, this.data?.colourBy],
    });
    // More base-map tiles to render: they come in the next frames.
    if (pending) this.request();
    canvas.dataset.paints = String(++this.paints);
    canvas.dataset.basemap = this.basemap?.detail ?? 'loading';
    const ms = performance.now() - t0;
    this.drawMs[this.paints % this.drawMs.length] = ms;
    // The first complete draw: base map in, no tile still to come.
    if (Number.isNaN(this.firstDrawMs) && this.basemap && !pending) {
      this.firstDrawMs = performance.now() - this.started;
      performance.mark('envoy:map-first-draw');
    }
  }

  destroy() {
    this.scheduler.destroy();
    this.input.destroy();
    this.sel.on('.zoom', null);
    for (const c of this.cleanups) c();
  }
}
