import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { basemapFromFlat, countryOutline } from '../../../src/map/core/basemap';
import { BASE, flattenAtlas, type Atlas } from '../../../src/map/core/basemapFlat';
import { project } from '../../../src/map/core/camera';

const atlas = JSON.parse(
  readFileSync(resolve(process.cwd(), 'node_modules/world-atlas/countries-110m.json'), 'utf8'),
) as Atlas;
const flat = flattenAtlas(atlas);
const map = basemapFromFlat(flat, '110m');

describe('the Natural Earth base map, projected off the main thread', () => {
  test('every country has rings, and the rings lie on the world', () => {
    expect(flat.names.length).toBe(atlas.objects.countries.geometries.length);
    for (let c = 0; c < flat.names.length; c++)
      expect(flat.ringOffset[c + 1]!, flat.names[c]).toBeGreaterThan(flat.ringOffset[c]!);
    for (let k = 0; k < flat.xy.length; k++) {
      expect(flat.xy[k]).toBeGreaterThanOrEqual(-1);
      expect(flat.xy[k]).toBeLessThanOrEqual(BASE + 1);
    }
  });

  test.each<[string, [number, number, number, number]]>([
    ['Afghanistan', [60.5, 29.3, 75.2, 38.5]],
    ['Qatar', [50.7, 24.5, 51.7, 26.2]],
    ['Germany', [5.9, 47.2, 15.1, 55.1]],
  ])('%s: its bounds in degrees, and in base units the same box projected', (name, [w, s, e, n]) => {
    const c = countryOutline(map, { id: name.toLowerCase(), name })!;
    expect(c).not.toBeNull();
    const [[w1, s1], [e1, n1]] = c.bounds;
    for (const [got, want] of [
      [w1, w],
      [s1, s],
      [e1, e],
      [n1, n],
    ] as const)
      expect(Math.abs(got - want)).toBeLessThan(0.6);
    const [x0, y1] = project(w1, s1);
    const [x1, y0] = project(e1, n1);
    expect(c.box[0] / BASE).toBeCloseTo(x0, 4);
    expect(c.box[2] / BASE).toBeCloseTo(x1, 4);
    expect(c.box[1] / BASE).toBeCloseTo(y0, 4);
    expect(c.box[3] / BASE).toBeCloseTo(y1, 4);
  });

  test.each<[string, string, string | null]>([
    ['afghanistan', 'Afghanistan', 'Afghanistan'],
    ['united-arab-emirates', 'UAE', 'United Arab Emirates'],
    ['uae', 'UAE', 'United Arab Emirates'],
    ['united-states', 'United States', 'United States of America'],
    ['atlantis', 'Atlantis', null],
  ])('a country place %s ("%s") finds its outline: %s', (id, name, want) => {
    expect(countryOutline(map, { id, name })?.name ?? null).toBe(want);
  });
});
