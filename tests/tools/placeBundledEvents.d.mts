import type { PlaceT } from '../../src/data/schema';

export const PLACES: PlaceT[];
export const LOCATION_TO_PLACE: Record<string, string>;
/** Returns the dataset text with `places` and every event's `place` written. */
export function placeEvents(text: string): string;
