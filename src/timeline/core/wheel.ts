/** Largest zoom step (as a power of two) one wheel event may cause, so a trackpad flick cannot jump wildly. */
export const MAX_WHEEL_STEP = 0.5;

/**
 * Normalised zoom exponent for a wheel event: lines and pages are converted to pixels,
 * pinch (ctrlKey) is sped up as browsers report it in small deltas, and the result is clamped.
 * The zoom factor is 2 ** result; positive zooms in.
 */
export function wheelZoomExponent(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  const px = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  const raw = -px * 0.003 * (ctrlKey ? 4 : 1);
  return Math.max(-MAX_WHEEL_STEP, Math.min(MAX_WHEEL_STEP, raw));
}
