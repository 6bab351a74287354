/** True when two windows differ by less than `tolerance` of their duration at either end (rounding, not a real move). */
export function windowsClose(a: readonly [number, number], b: readonly [number, number], tolerance = 0.002): boolean {
  const dur = Math.max(a[1] - a[0], b[1] - b[0], 1);
  return Math.abs(a[0] - b[0]) <= dur * tolerance && Math.abs(a[1] - b[1]) <= dur * tolerance;
}
