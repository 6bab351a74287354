// The timeline's window queries are the shared overlap index's (data/overlap.ts), under the names the engine uses.
import { collectOverlapping, estimateOverlapping, overlapIndex, type OverlapIndex } from '../../data/overlap';

export { firstStartAtOrAfter, SHORT_MS } from '../../data/overlap';

/** Filtered events split for fast window queries; built once per filter change and shared. */
export type VisibleIndex = OverlapIndex;

/** The shared overlap index of the filtered events (built once per filtered set, whoever asks first). */
export const buildVisibleIndex = overlapIndex;
export const estimateVisible = estimateOverlapping;
export const collectVisible = collectOverlapping;
