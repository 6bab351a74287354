import type { PlaceT } from '../../data/schema';

/**
 * How a place is drawn, from how precisely its point is known. A point-precise place (a site, a town) is a dot;
 * a place known only as an area is drawn as that area: a country's outline lightly shaded where the base map has
 * it, otherwise a ring sized to the kind of area. Never a pin at the area's middle, which would claim a precision
 * the source does not give.
 */
export type MapSymbol = 'dot' | 'ring' | 'area';

export function symbolFor(precision: PlaceT['precision'], hasOutline: boolean): MapSymbol {
  if (precision === 'exact' || precision === 'town') return 'dot';
  if (precision === 'country' && hasOutline) return 'area';
  return 'ring';
}

/** The radius (km) of the ring drawn for an area with no outline: the order of size of such areas, not a boundary. */
export const RING_KM: Record<PlaceT['precision'], number> = {
  exact: 0,
  town: 0,
  district: 25,
  province: 70,
  country: 350,
  region: 900,
};
