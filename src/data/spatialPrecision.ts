import type { PlaceT } from './schema';

type Precision = PlaceT['precision'];

/*
 * The seam for the ACLED and UCDP importers: their spatial-precision codes in Envoy's terms, so that a row
 * known only to a province is drawn as a province, never as a pin at its coded point. The codes are as the
 * coder knows the ACLED and UCDP GED codebooks (not checked against them today): check before relying on them.
 */

/**
 * ACLED `geo_precision`: 1 the source names the town (or a finer spot); 2 a part of a region or "near" a town,
 * coded to a nearby town; 3 only a larger region, coded to its provincial capital.
 */
export function acledPrecision(code: string | number): Precision | null {
  return ({ 1: 'town', 2: 'district', 3: 'province' } as Record<string, Precision>)[String(code).trim()] ?? null;
}

/**
 * UCDP GED `where_prec`: 1 the exact location; 2 within about 25 km of a known point; 3 a second-order
 * administrative division (district); 4 a first-order one (province); 5 a part of a country, or a linear feature
 * (a border, a road, a river); 6 the whole country; 7 international waters or airspace.
 */
export function ucdpPrecision(code: string | number): Precision | null {
  return ({ 1: 'exact', 2: 'town', 3: 'district', 4: 'province', 5: 'region', 6: 'country', 7: 'region' } as Record<string, Precision>)[String(code).trim()] ?? null;
}

/** The place kind that goes with a precision (a point-precise place is a site). */
export function kindFor(precision: Precision): PlaceT['kind'] {
  return precision === 'exact' ? 'site' : precision;
}
