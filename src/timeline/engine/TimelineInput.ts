import { hitTest, type Hit } from '../core/hitTest';
import { keyAction } from '../core/keyMap';
import { moveFocus, positionOf } from '../core/keyboardOrder';
import { firstStartAtOrAfter } from '../core/visible';
import { fitWindow } from '../core/limits';
import { lanesOfEvent } from '../core/lanes';
import { densityAt, stackedAt } from '../core/density';
import { describeEvent } from '../core/describe';
import type { TimelineEngine } from './TimelineEngine';
import { formatCount } from '../../lib/formatCount';

/** Pixels at the bottom of the lanes taken by the badge strip and the edge hints (timeline.css .tl__edge). */
const BOTTOM_CLEAR = 18 + 8 + 26 + 4;

/**
 * Pointer and keyboard input on the timeline: hover tooltip, click to select, badge and density clicks
 * that zoom in, and the single-tab-stop keyboard model with its live announcements.
 */
export class TimelineInput {
  private readonly e: TimelineEngine;
  private readonly off: (() => void)[] = [];

  constructor(engine: TimelineEngine) {
    this.e = engine;
    const { canvas, root } = engine.els;
    this.on(canvas, 'mousemove', (ev) => this.onMove(ev as MouseEvent));
    this.on(canvas, 'mouseleave', () => this.setHover(-1, null));
    this.on(canvas, 'click', (ev) => this.onClick(ev as MouseEvent));
    this.on(root, 'keydown', (ev) => this.onKey(ev as KeyboardEvent));
    this.on(root, 'focusin', () => this.onFocus(true));
    this.on(root, 'focusout', () => this.onFocus(false));
  }

  private on(el: EventTarget, type: string, fn: (e: Event) => void) {
    el.addEventListener(type, fn);
    this.off.push(() => el.removeEventListener(type, fn));
  }

  private local(ev: MouseEvent) {
    const r = this.e.els.canvas.getBoundingClientRect();
    return { x: ev.clientX - r.left, y: ev.clientY - r.top };
  }

  private hit(ev: MouseEvent): Hit {
    const f = this.e.frame;
    if (!f || f.mode !== 'marks') return null;
    const { x, y } = this.local(ev);
    return hitTest(f.placed, f.badges, f.geometry, x, y);
  }

  private onMove(ev: MouseEvent) {
    if (ev.buttons) return;
    const h = this.hit(ev);
    const { x, y } = this.local(ev);
    if (h?.kind === 'mark') this.setHover(h.mark.ev, { x, y });
    else if (h?.kind === 'badge')
      this.showTip(`${h.badge.count} more events here. Click to zoom in on them.`, { x, y }, -1);
    else if (this.e.frame?.mode === 'density') this.densityTip(x, y);
    else this.setHover(-1, null);
    this.e.els.canvas.style.cursor = h ? 'pointer' : this.e.frame?.mode === 'density' ? 'zoom-in' : '';
  }

  private densityTip(x: number, y: number) {
    const f = this.e.frame!;
    const s = this.e.scale;
    const lane = Math.floor((y + f.geometry.scrollY) / f.geometry.laneH);
    const stacked = f.grid && f.grid.lanes !== (this.e.lanes?.lanes.length ?? 1);
    const c = !f.grid
      ? 0
      : stacked
        ? stackedAt(f.grid, s.toTime(x - 2), s.toTime(x + 3))
        : densityAt(f.grid, lane, s.toTime(x - 2), s.toTime(x + 3));
    if (c > 0) this.showTip(`About ${formatCount(c)} events at this time. Click to zoom in.`, { x, y }, -1);
    else this.setHover(-1, null);
  }

  private setHover(i: number, at: { x: number; y: number } | null) {
    const e = this.e;
    e.hoverEvent(i);
    if (i >= 0 && at && e.data) {
      const d = describeEvent(e.data.index, i);
      this.showTip(`${d.title}\n${d.date}${d.actors ? `\n${d.actors}` : ''}${d.flags ? `\n⚑ ${d.flags}` : ''}`, at, i);
    } else if (!at) {
      e.els.tooltip.hidden = true;
    }
  }

  private showTip(text: string, at: { x: number; y: number }, i: number) {
    const tip = this.e.els.tooltip;
    if (i < 0) this.e.hoverEvent(-1);
    tip.textContent = text;
    tip.hidden = false;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const left = at.x + 14 + w > this.e.width ? Math.max(0, at.x - 14 - w) : at.x + 14;
    // Below the pointer, or near the bottom (the badge strip) above it and clear of the edge hints, so the
    // tip is never cut off or covered.
    const top =
      at.y + 16 + h > this.e.height ? Math.max(0, Math.min(at.y - 10, this.e.height - BOTTOM_CLEAR) - h) : at.y + 16;
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  private onClick(ev: MouseEvent) {
    const e = this.e;
    const h = this.hit(ev);
    if (h?.kind === 'mark' && e.data) {
      e.selectEvent(h.mark.ev);
      this.announce(h.mark.ev);
    } else if (h?.kind === 'badge') {
      const [from, to] = e.window;
      const fit = h.badge.lo <= h.badge.hi ? fitWindow(h.badge.lo, h.badge.hi, e.full) : null;
      if (fit && fit[1] - fit[0] < (to - from) * 0.9) e.moveTo(fit, 'click');
      else e.zoomBy(2, this.local(ev).x, 'click');
    } else if (e.frame?.mode === 'density') {
      e.zoomBy(4, this.local(ev).x, 'click');
    }
  }

  private onFocus(focused: boolean) {
    this.e.setHasFocus(focused);
    if (!focused) this.e.els.tooltip.hidden = true;
  }

  private tipForFocus() {
    const e = this.e;
    const f = e.frame;
    const ev = e.data && e.focusPos >= 0 ? (e.data.filtered[e.focusPos] ?? -1) : -1;
    const m = f?.placed.find((p) => p.ev === ev);
    if (!f || !m || !e.data || !e.hasFocus) {
      e.els.tooltip.hidden = true;
      return;
    }
    const g = f.geometry;
    const y = m.lane * g.laneH - g.scrollY + g.rowTop + m.row * g.rowH + g.rowH / 2;
    const x = (Math.max(m.x0, 0) + Math.min(m.x1, e.width)) / 2;
    const d = describeEvent(e.data.index, ev);
    this.showTip(
      `${d.title}\n${d.date}${d.actors ? `\n${d.actors}` : ''}${d.flags ? `\n⚑ ${d.flags}` : ''}`,
      { x, y },
      ev,
    );
  }

  private onKey(ev: KeyboardEvent) {
    const e = this.e;
    // Buttons over the plot (the edge hints) keep their own Enter and Space.
    if ((ev.target as Element | null)?.tagName === 'BUTTON') return;
    const a = keyAction(ev);
    if (!a || !e.data) return;
    ev.preventDefault();
    const { filtered, index } = e.data;
    switch (a.kind) {
      case 'move': {
        const anchor = firstStartAtOrAfter(filtered, index.start, e.window[0]);
        const cur = e.focusPos < 0 && e.selected >= 0 ? positionOf(filtered, e.selected) : e.focusPos;
        e.setFocusPos(moveFocus(cur, a.key, filtered.length, anchor));
        if (e.focusPos >= 0) this.reveal(filtered[e.focusPos]!);
        // After the frame that draws the new focus (its layout and scroll), show its tooltip beside it for sighted keyboard users.
        e.afterPaint(() => this.tipForFocus());
        break;
      }
      case 'pan':
        e.panBy(a.fraction * e.width);
        break;
      case 'zoom':
        e.zoomBy(a.factor, this.focusX());
        break;
      case 'fit':
        e.moveTo(e.full);
        break;
      case 'home':
        e.moveTo(e.home);
        break;
      case 'select':
        if (e.focusPos >= 0) e.selectEvent(filtered[e.focusPos]!);
        break;
      case 'lane':
        e.els.scroller.scrollBy({ top: a.delta * (e.frame?.geometry.laneH ?? 60) });
        break;
      case 'clear':
        e.setFocusPos(-1);
        e.els.live.textContent = '';
        e.els.tooltip.hidden = true;
        break;
    }
    e.request();
  }

  /** Zoom keys keep the focused event in place when there is one. */
  private focusX(): number | undefined {
    const e = this.e;
    if (e.focusPos < 0 || !e.data) return undefined;
    const x = e.scale.toPx(e.data.index.start[e.data.filtered[e.focusPos]!]!);
    return x >= 0 && x <= e.width ? x : undefined;
  }

  /**
   * Pans (keeping the zoom) and scrolls lanes so event i is in view, then announces it. For a selection
   * made elsewhere (`quiet`), the view moves only when the event is entirely out of it.
   */
  reveal(i: number, quiet = false) {
    const e = this.e;
    const { index } = e.data!;
    const [from, to] = e.window;
    const dur = to - from;
    const s = index.start[i]!;
    const en = Math.min(index.end[i]!, s + dur * 0.8);
    const hidden = index.end[i]! <= from || s >= to;
    if (quiet ? hidden : s < from + dur * 0.05 || en > to - dur * 0.05) {
      const c = (s + en) / 2;
      e.moveTo([c - dur / 2, c + dur / 2]);
    }
    const lanes = new Int32Array(64);
    if (e.lanes && e.frame && lanesOfEvent(index, e.lanes, i, lanes) > 0) {
      const top = lanes[0]! * e.frame.geometry.laneH;
      const sc = e.els.scroller;
      if (top < sc.scrollTop || top + e.frame.geometry.laneH > sc.scrollTop + sc.clientHeight) sc.scrollTop = top;
    }
    if (!quiet) this.announce(i);
  }

  private announce(i: number) {
    const e = this.e;
    if (!e.data) return;
    const d = describeEvent(e.data.index, i);
    const pos = positionOf(e.data.filtered, i);
    e.els.live.textContent = `${d.title}. ${d.date}.${d.flags ? ` ${d.flags[0]!.toUpperCase()}${d.flags.slice(1)}.` : ''} ${pos + 1} of ${e.data.filtered.length}.`;
  }

  destroy() {
    for (const f of this.off) f();
  }
}
