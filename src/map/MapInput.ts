import { BASE } from './core/basemap';
import { unproject } from './core/camera';
import { placesInBox, ringBounds, type Bounds } from './core/boxSelect';
import { nextMark, type Direction } from './core/keyNav';
import { RING_KM } from './core/symbol';
import { hitMap, type MapHit } from './frame';
import { describePlace } from './describePlace';
import { hoverOf } from '../state/hoverChannel';
import type { MapEngine } from './MapEngine';
import { formatCount } from '../lib/formatCount';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * Pointer and keyboard input on the map: hover (shared with the timeline through the hover channel), click to list a
 * place's events, Shift+drag to filter to a box, and the one-tab-stop keyboard model with live announcements.
 */
export class MapInput {
  private readonly e: MapEngine;
  private readonly off: (() => void)[] = [];
  hasFocus = false;
  private boxStart: [number, number] | null = null;

  constructor(engine: MapEngine) {
    this.e = engine;
    const { canvas, root } = engine.els;
    this.on(canvas, 'mousemove', (ev) => this.onMove(ev as MouseEvent));
    this.on(canvas, 'mouseleave', () => this.setHover(-1));
    this.on(canvas, 'click', (ev) => this.onClick(ev as MouseEvent));
    this.on(canvas, 'pointerdown', (ev) => this.onBoxStart(ev as PointerEvent));
    this.on(canvas, 'pointermove', (ev) => this.onBoxMove(ev as PointerEvent));
    this.on(canvas, 'pointerup', (ev) => this.onBoxEnd(ev as PointerEvent));
    this.on(root, 'keydown', (ev) => this.onKey(ev as KeyboardEvent));
    this.on(root, 'focusin', (ev) => this.onFocus(ev.target === root));
    this.on(root, 'focusout', () => this.onFocus(false));
  }

  private on(el: EventTarget, type: string, fn: (e: Event) => void) {
    el.addEventListener(type, fn);
    this.off.push(() => el.removeEventListener(type, fn));
  }

  private local(ev: MouseEvent): [number, number] {
    const r = this.e.els.canvas.getBoundingClientRect();
    return [ev.clientX - r.left, ev.clientY - r.top];
  }

  hit(x: number, y: number): MapHit {
    const f = this.e.frame;
    if (!f) return null;
    const ctx = this.e.els.canvas.getContext('2d');
    const inArea = (place: number) => {
      const path = this.e.geo?.outline[place]?.path;
      if (!path || !ctx) return false;
      // Outlines are in base units; test the point there, with no transform in the way.
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      const s = BASE / f.t.k;
      const inside = ctx.isPointInPath(path, (x - f.t.x) * s, (y - f.t.y) * s);
      ctx.restore();
      return inside;
    };
    return hitMap(f, x, y, inArea);
  }

  private onMove(ev: MouseEvent) {
    if (ev.buttons) return;
    const [x, y] = this.local(ev);
    const h = this.hit(x, y);
    const tip = this.e.els.tooltip;
    if (h?.kind === 'place') {
      this.setHover(h.place);
      tip.textContent = describePlace(this.e, h.place);
    } else if (h?.kind === 'cluster') {
      this.setHover(-1);
      tip.textContent = `${formatCount(h.cluster.count)} events at ${h.cluster.places.length} places. Click to zoom in.`;
    } else this.setHover(-1);
    tip.hidden = !h;
    if (h) {
      tip.style.left = `${Math.min(x + 14, this.e.width - 220)}px`;
      tip.style.top = `${y + 14}px`;
    }
    this.e.els.canvas.style.cursor = h ? 'pointer' : '';
  }

  /** The place under the pointer (or the keyboard's) is shared so the timeline rings its events. */
  private setHover(place: number) {
    if (place === this.e.hoverPlace) return;
    this.e.hoverPlace = place;
    const id = place >= 0 ? (this.e.cols?.places[place]?.id ?? null) : null;
    hoverOf(this.e.store).place.set(id);
    if (place < 0) this.e.els.tooltip.hidden = true;
    this.e.request();
  }

  private onClick(ev: MouseEvent) {
    if (ev.shiftKey) return;
    const [x, y] = this.local(ev);
    const h = this.hit(x, y);
    if (h?.kind === 'cluster') this.e.zoomTo(h.cluster.places);
    else if (h?.kind === 'place') {
      this.e.focusPlace = h.place;
      this.e.cb.onPick(h.place, x, y);
    } else this.e.cb.onDismiss();
  }

  private onBoxStart(ev: PointerEvent) {
    if (!ev.shiftKey || ev.button !== 0) return;
    this.boxStart = this.local(ev);
    this.e.els.canvas.setPointerCapture?.(ev.pointerId);
    ev.preventDefault();
  }

  private boxRect(ev: PointerEvent): [number, number, number, number] {
    const [x0, y0] = this.boxStart!;
    const [x1, y1] = this.local(ev);
    return [Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0)];
  }

  private onBoxMove(ev: PointerEvent) {
    if (!this.boxStart) return;
    const [x, y, w, h] = this.boxRect(ev);
    const box = this.e.els.box;
    Object.assign(box.style, { left: `${x}px`, top: `${y}px`, width: `${w}px`, height: `${h}px` });
    box.hidden = false;
  }

  private onBoxEnd(ev: PointerEvent) {
    if (!this.boxStart) return;
    const [x, y, w, h] = this.boxRect(ev);
    this.boxStart = null;
    this.e.els.box.hidden = true;
    if (w < 4 || h < 4) return;
    this.e.cb.onBox(this.placesIn(x, y, w, h));
  }

  /** Places whose extent lies inside the screen rectangle (see placesInBox). */
  placesIn(x: number, y: number, w: number, h: number): number[] {
    const { t } = this.e;
    const cols = this.e.cols;
    const geo = this.e.geo;
    if (!cols || !geo) return [];
    const [west, north] = unproject((x - t.x) / t.k, (y - t.y) / t.k);
    const [east, south] = unproject((x + w - t.x) / t.k, (y + h - t.y) / t.k);
    const box: Bounds = [
      [west, south],
      [east, north],
    ];
    const hasEvents = (k: number) => (this.e.tally?.count[k] ?? 0) > 0 || hasContents(k);
    const rolled = new Uint8Array(cols.places.length);
    this.e.tally?.count.forEach((c, k) => {
      if (!c) return;
      for (let at = cols.parent[k]!, d = 0; at >= 0 && d < 32; at = cols.parent[at]!, d++) rolled[at] = 1;
    });
    const hasContents = (k: number) => rolled[k] === 1;
    const extentOf = (k: number): Bounds => {
      const p = cols.places[k]!;
      const outline = geo.outline[k];
      if (outline) return outline.bounds;
      return ringBounds(p.point[0], p.point[1], RING_KM[p.precision]);
    };
    return placesInBox(cols, extentOf, hasEvents, box);
  }

  private onFocus(on: boolean) {
    this.hasFocus = on;
    if (!on) this.setHover(-1);
    this.e.request();
  }

  private announce(text: string) {
    this.e.els.live.textContent = text;
  }

  private onKey(ev: KeyboardEvent) {
    if (ev.target !== this.e.els.root || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const dir = ARROWS[ev.key];
    const f = this.e.frame;
    if (dir && ev.shiftKey) {
      const step = 80;
      const [dx, dy] = { left: [step, 0], right: [-step, 0], up: [0, step], down: [0, -step] }[dir];
      this.e.panBy(dx!, dy!);
    } else if (dir && f) {
      const shown = f.shown;
      if (shown.length === 0) {
        this.announce('No places with events in view. Zoom out, widen the timeline or clear a filter.');
      } else {
        const from = shown.findIndex((s) => s.place === this.e.focusPlace);
        const j = nextMark(
          shown.map((s) => s.x),
          shown.map((s) => s.y),
          from,
          dir,
          [this.e.width / 2, this.e.height / 2],
        );
        if (j >= 0) {
          this.e.focusPlace = shown[j]!.place;
          this.setHover(this.e.focusPlace);
          this.e.reveal(this.e.focusPlace);
          this.announce(
            `${describePlace(this.e, this.e.focusPlace)} Enter filters to this place; Space lists its events.`,
          );
        } else this.announce(`No place further ${dir}.`);
      }
    } else if (ev.key === 'Enter' && this.e.focusPlace >= 0) {
      const p = this.e.cols?.places[this.e.focusPlace];
      if (p) {
        this.e.store.getState().actions.onlyPlace(p.id);
        this.announce(`Filtered to ${p.name}.`);
      }
    } else if (ev.key === ' ' && this.e.focusPlace >= 0) {
      const s = f?.shown.find((m) => m.place === this.e.focusPlace);
      this.e.cb.onPick(this.e.focusPlace, s?.x ?? this.e.width / 2, s?.y ?? this.e.height / 2);
    } else if (ev.key === '+' || ev.key === '=') this.e.zoomBy(2);
    else if (ev.key === '-' || ev.key === '_') this.e.zoomBy(0.5);
    else if (ev.key === '0') this.e.store.getState().actions.setMapCamera(null);
    else if (ev.key === 'Escape' && this.e.focusPlace >= 0) {
      this.e.focusPlace = -1;
      this.setHover(-1);
      this.announce('Left the place focus.');
    } else return;
    ev.preventDefault();
    this.e.request();
  }

  destroy() {
    for (const f of this.off) f();
  }
}
