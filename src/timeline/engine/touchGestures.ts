/**
 * One-finger horizontal pan and two-finger pinch from touch pointer events. The element carries
 * `touch-action: pan-y`, so the browser keeps vertical swipes (page and lane scrolling) for itself
 * and cancels our pointer when it takes one.
 */
export interface TouchTarget {
  panBy(px: number, phase: 'live' | 'end'): void;
  zoomBy(factor: number, anchorPx: number, phase: 'live' | 'end'): void;
  commit(): void;
}

export function attachTouchGestures(el: HTMLElement, target: TouchTarget): () => void {
  const points = new Map<number, { x: number; y: number }>();
  let moved = false;
  const local = (e: PointerEvent) => {
    const r = el.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const down = (e: PointerEvent) => {
    if (e.pointerType !== 'touch') return;
    points.set(e.pointerId, local(e));
    moved = false;
  };
  const move = (e: PointerEvent) => {
    const prev = points.get(e.pointerId);
    if (!prev || e.pointerType !== 'touch') return;
    const p = local(e);
    if (points.size === 1) {
      if (Math.abs(p.x - prev.x) > 0) target.panBy(p.x - prev.x, 'live');
    } else if (points.size === 2) {
      const other = [...points.entries()].find(([id]) => id !== e.pointerId)![1];
      const before = Math.max(20, Math.abs(prev.x - other.x));
      const after = Math.max(20, Math.abs(p.x - other.x));
      target.zoomBy(after / before, (p.x + other.x) / 2, 'live');
      target.panBy((p.x - prev.x) / 2, 'live');
    }
    moved = true;
    points.set(e.pointerId, p);
  };
  const up = (e: PointerEvent) => {
    if (!points.delete(e.pointerId)) return;
    if (points.size === 0 && moved) target.commit();
  };
  el.addEventListener('pointerdown', down);
  el.addEventListener('pointermove', move);
  el.addEventListener('pointerup', up);
  el.addEventListener('pointercancel', up);
  return () => {
    el.removeEventListener('pointerdown', down);
    el.removeEventListener('pointermove', move);
    el.removeEventListener('pointerup', up);
    el.removeEventListener('pointercancel', up);
  };
}
