import { describe, expect, test } from 'vitest';
import { cameraOf, fitCamera, MAX_FIT_ZOOM, project, transformOf, unproject } from '../../../src/map/core/camera';

const screen = (lon: number, lat: number, t: { k: number; x: number; y: number }) => {
  const [x, y] = project(lon, lat);
  return [x * t.k + t.x, y * t.k + t.y];
};

describe('web-Mercator world units', () => {
  test.each([
    [0, 0, 0.5, 0.5],
    [-180, 0, 0, 0.5],
    [180, 0, 1, 0.5],
    [0, 85.0511, 0.5, 0],
    [0, -85.0511, 0.5, 1],
  ])('(%f, %f) -> (%f, %f)', (lon, lat, x, y) => {
    const [px, py] = project(lon, lat);
    expect(px).toBeCloseTo(x, 4);
    expect(py).toBeCloseTo(y, 4);
  });

  test.each([
    [69.1723, 34.5281],
    [51.531, 25.2854],
    [-77.0364, 38.8951],
    [10.5, 51.5],
  ])('(%f, %f) survives project and unproject', (lon, lat) => {
    const [a, b] = unproject(...project(lon, lat));
    expect(a).toBeCloseTo(lon, 9);
    expect(b).toBeCloseTo(lat, 9);
  });

  test('a camera and its transform agree: the centre is in the middle of the canvas', () => {
    const cam = { lat: 34.5, lon: 69.2, zoom: 6.25 };
    const t = transformOf(cam, 800, 400);
    const [x, y] = screen(cam.lon, cam.lat, t);
    expect(x).toBeCloseTo(400, 6);
    expect(y).toBeCloseTo(200, 6);
    const back = cameraOf(t, 800, 400);
    expect(back.lat).toBeCloseTo(cam.lat, 9);
    expect(back.lon).toBeCloseTo(cam.lon, 9);
    expect(back.zoom).toBeCloseTo(cam.zoom, 9);
  });
});

describe('the projection fitted to the data (d3-geo fitExtent)', () => {
  test.each<[string, [number, number][], number, number, boolean]>([
    [
      'Afghanistan to Germany, wide canvas',
      [
        [60.5, 29.4],
        [75, 38.5],
        [5.9, 47.3],
        [15, 55],
      ],
      900,
      360,
      true,
    ],
    [
      'Afghanistan to Germany, tall canvas',
      [
        [60.5, 29.4],
        [75, 38.5],
        [5.9, 47.3],
        [15, 55],
      ],
      390,
      700,
      true,
    ],
    [
      'across the Atlantic',
      [
        [-77, 38.9],
        [51.5, 25.3],
      ],
      1000,
      400,
      true,
    ],
    // 50 km apart: a tight fit would be deeper than a city view, so the fit stops at its zoom limit.
    [
      'Kabul and Bagram',
      [
        [69.17, 34.53],
        [69.27, 34.95],
      ],
      600,
      400,
      false,
    ],
  ])(
    '%s: every point lands inside the canvas margin, and the fit is tight unless at the zoom limit',
    (_name, pts, w, h, tight) => {
      const pad = 24;
      const t = transformOf(fitCamera(pts, w, h, pad), w, h);
      const xs = pts.map(([lon, lat]) => screen(lon, lat, t));
      for (const [x, y] of xs) {
        expect(x).toBeGreaterThanOrEqual(pad - 1e-6);
        expect(x).toBeLessThanOrEqual(w - pad + 1e-6);
        expect(y).toBeGreaterThanOrEqual(pad - 1e-6);
        expect(y).toBeLessThanOrEqual(h - pad + 1e-6);
      }
      const spanX = Math.max(...xs.map((p) => p[0]!)) - Math.min(...xs.map((p) => p[0]!));
      const spanY = Math.max(...xs.map((p) => p[1]!)) - Math.min(...xs.map((p) => p[1]!));
      const fill = Math.max(spanX / (w - 2 * pad), spanY / (h - 2 * pad));
      if (tight) expect(fill).toBeCloseTo(1, 3);
      else {
        expect(fill).toBeLessThan(1);
        expect(fitCamera(pts, w, h, pad).zoom).toBe(MAX_FIT_ZOOM);
      }
    },
  );

  test.each<[string, [number, number][]]>([
    ['one place', [[51.531, 25.2854]]],
    [
      'two places on top of each other',
      [
        [51.531, 25.2854],
        [51.531, 25.2854],
      ],
    ],
  ])('%s: centred, at the fit zoom limit, not infinitely deep', (_name, pts) => {
    const cam = fitCamera(pts, 600, 400);
    expect(cam.zoom).toBe(MAX_FIT_ZOOM);
    expect(cam.lon).toBeCloseTo(51.531, 6);
    expect(cam.lat).toBeCloseTo(25.2854, 6);
  });
});
