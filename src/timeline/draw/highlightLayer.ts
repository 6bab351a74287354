import type { Frame } from '../core/frame';
import { markExtent } from '../core/frame';
import type { TimeScale } from '../core/timeScale';
import type { EventIndex } from '../../data/model';
import { markTime, ringPlaced, type HighlightKind } from './highlightShapes';

/** What is highlighted: event indexes (or -1), and the events at the place hovered on the map (1 each), or null. */
export interface Highlights {
  selected: number;
  hover: number;
  /** The keyboard focus's event while the timeline has focus, else -1. */
  focus: number;
  placeHover: Uint8Array | null;
}

/** Hover, selection and keyboard focus, drawn over the marks; events with no mark of their own get a time marker. */
export function drawHighlights(
  ctx: CanvasRenderingContext2D,
  index: EventIndex,
  h: Highlights,
  frame: Frame,
  scale: TimeScale,
  height: number,
) {
  const draw = (ev: number, kind: HighlightKind) => {
    if (ev < 0) return;
    if (ringPlaced(ctx, frame.placed, frame.geometry, ev, kind, scale.width)) return;
    if (kind === 'hover') return;
    const [x0, x1] = markExtent(index, scale, ev);
    if (x1 < 0 || x0 > scale.width) return;
    markTime(ctx, x0, x1, height, kind);
  };
  const ph = h.placeHover;
  if (ph) for (const m of frame.placed) if (ph[m.ev]) ringPlaced(ctx, [m], frame.geometry, m.ev, 'place', scale.width);
  draw(h.hover, 'hover');
  // One band, not two muddy ones, when the focused event is the selected one and has no mark of its own.
  if (h.selected !== h.focus || frame.placed.some((m) => m.ev === h.focus)) draw(h.selected, 'selected');
  draw(h.focus, 'focus');
}
