import type { EventIndex } from '../../data/model';
import { actorColour } from '../../lib/palette';
import type { ColorBy } from '../../data/vocabulary';
import type { LaneSet } from '../core/lanes';

/** Grey for events with no theme or actor to colour them by. */
export const NO_COLOUR = '#6e7781';

/**
 * The colour of event i drawn in lane `lane`: the lane's own colour when lanes and colours use the
 * same grouping, else the event's first theme (dataset colour) or first actor (shared palette).
 */
export function markColour(index: EventIndex, lanes: LaneSet, lane: number, colourBy: ColorBy, i: number): string {
  if (lanes.mode === colourBy) return lanes.lanes[lane]?.colour ?? NO_COLOUR;
  if (colourBy === 'theme') {
    const a = index.themeOffsets[i]!;
    return a < index.themeOffsets[i + 1]! ? (index.themes[index.themeIds[a]!]?.color ?? NO_COLOUR) : NO_COLOUR;
  }
  const a = index.actorOffsets[i]!;
  return a < index.actorOffsets[i + 1]! ? actorColour(index.actorIds[a]!) : NO_COLOUR;
}
