import type { Frame } from '../frame';
import { markExtent } from '../frame';
import type { TimeScale } from '../core/timeScale';
import type { EventIndex } from '../../data/model';
import { markTime, ringPlaced, type HighlightKind } from './highlight';

interface HighlightSource {
  data: { index: EventIndex; filtered: Uint32Array } | null;
  selected: number;
  hover: number;
  focusPos: number;
  hasFocus: boolean;
  height: number;
  /** 1 for the events at the place hovered on the map (and within it), or null. */
  placeHover?: Uint8Array | null;
}

/** Hover, selection and keyboard focus, drawn over the marks; events with no mark of their own get a time marker. */
export function markHighlights(ctx: CanvasRenderingContext2D, s: HighlightSource, frame: Frame, scale: TimeScale) {
  if (!s.data) return;
  const { index, filtered } = s.data;
  const draw = (ev: number, kind: HighlightKind) => {
    if (ev < 0) return;
    if (ringPlaced(ctx, frame.placed, frame.geometry, ev, kind, scale.width)) return;
    if (kind === 'hover') return;
    const [x0, x1] = markExtent(index, scale, ev);
    if (x1 < 0 || x0 > scale.width) return;
    markTime(ctx, x0, x1, s.height, kind);
  };
  const ph = s.placeHover;
  if (ph) for (const m of frame.placed) if (ph[m.ev]) ringPlaced(ctx, [m], frame.geometry, m.ev, 'place', scale.width);
  const focused = s.hasFocus && s.focusPos >= 0 ? (filtered[s.focusPos] ?? -1) : -1;
  draw(s.hover, 'hover');
  // One band, not two muddy ones, when the focused event is the selected one and has no mark of its own.
  if (s.selected !== focused || frame.placed.some((m) => m.ev === focused)) draw(s.selected, 'selected');
  draw(focused, 'focus');
}
