import { placeTrail } from '../data/places';
import type { MapEngine } from './MapEngine';
import { formatCount } from '../lib/formatCount';

const KIND_WORDS: Record<string, string> = {
  exact: 'exact point',
  town: 'known to the town',
  district: 'known only to the district',
  province: 'known only to the province',
  country: 'known only to the country',
  region: 'known only to the region',
};

/** "Doha, Qatar: 9 events in view (known to the town)." — what hover and the arrow keys announce. */
export function describePlace(e: Pick<MapEngine, 'cols' | 'tally'>, place: number): string {
  if (!e.cols) return '';
  const p = e.cols.places[place]!;
  const n = e.tally?.count[place] ?? 0;
  return `${placeTrail(e.cols, place)}: ${formatCount(n)} ${n === 1 ? 'event' : 'events'} in view (${KIND_WORDS[p.precision]}).`;
}
