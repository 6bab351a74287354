// The map's share of the benchmark: opening it (toggle click -> first full draw, base map included), then frame
// intervals while zooming and panning it, and the canvas time of each draw.
import { dragPan, framesDuring, wheelZoom } from './benchPage.mjs';
import { percentile } from './benchReport.mjs';

const mapPaints = (page) =>
  page.evaluate(() => Number(document.querySelector('[data-testid="map-canvas"]')?.dataset.paints ?? 0));

/** Shows the map with its toolbar toggle and measures it; null when the page has no map toggle. */
export async function mapBench(page) {
  const toggle = page.getByRole('button', { name: 'Map', exact: true });
  if (!(await toggle.count())) return null;
  await toggle.click();
  await page.waitForFunction(() => performance.getEntriesByName('envoy:map-first-draw').length > 0, null, {
    timeout: 30_000,
  });
  // From the click to the first draw with the base map, measured in the page (code and base map download included).
  const firstDrawMs = await page.evaluate(
    () => performance.getEntriesByName('envoy:map-first-draw')[0].startTime - window.__bench.lastInput,
  );
  const engineFirstDrawMs = await page.evaluate(() => window.__envoyMap?.firstDrawMs() ?? null);
  // Where the time goes: the map's code evaluated, its engine made, the base map ready (ms after the click).
  const steps = await page.evaluate(() =>
    Object.fromEntries(
      ['module', 'engine', 'basemap-110m'].map((n) => [
        n,
        (performance.getEntriesByName(`envoy:map-${n}`)[0]?.startTime ?? NaN) - window.__bench.lastInput,
      ]),
    ),
  );
  await page.waitForTimeout(800);
  const box = await page.locator('[data-testid="map-canvas"]').boundingBox();
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const p0 = await mapPaints(page);
  const zoom = await framesDuring(page, () => wheelZoom(page, at, 12));
  const p1 = await mapPaints(page);
  const pan = await framesDuring(page, () => dragPan(page, at, 30));
  const p2 = await mapPaints(page);
  const draws = await page.evaluate(() => window.__envoyMap?.drawTimes() ?? []);
  return {
    firstDrawMs,
    engineFirstDrawMs,
    steps,
    zoom: { ...zoom, repaints: p1 - p0 },
    pan: { ...pan, repaints: p2 - p1 },
    drawP95: percentile(draws, 95),
    drawn: await page.evaluate(() => window.__envoyMap?.drawn().length ?? 0),
  };
}
