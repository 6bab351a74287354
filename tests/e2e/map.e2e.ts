import { expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { e2eDescribe } from './harness';

const DOHA_DEAL = '2020-02-29-us-taliban-doha-agreement';
const CANVAS = '[data-testid="map-canvas"]';

/** Waits until the map has drawn with its base map and the frame has settled. */
async function mapReady(page: Page) {
  await page.waitForFunction(
    () =>
      document.querySelector<HTMLCanvasElement>('[data-testid="map-canvas"]')?.dataset.basemap === '110m' ||
      document.querySelector<HTMLCanvasElement>('[data-testid="map-canvas"]')?.dataset.basemap === '50m',
  );
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

const drawnPlaces = (page: Page) => page.evaluate(() => window.__envoyMap!.drawn().map((d) => d.place));
const summary = (page: Page) =>
  page
    .getByRole('region', { name: 'Filters' })
    .getByRole('paragraph')
    .filter({ hasText: /^Showing / });

/** The canvas position of a place, in page coordinates. */
async function pageXY(page: Page, place: string) {
  const box = (await page.locator(CANVAS).boundingBox())!;
  const p = await page.evaluate((id) => window.__envoyMap!.pointOf(id), place);
  expect(p, `${place} is drawn`).not.toBeNull();
  return { x: box.x + p!.x, y: box.y + p!.y, box };
}

e2eDescribe('the map in a real browser', (t) => {
  test('the map shows Doha for the Doha agreement, ringed as the selected event’s place', async () => {
    const page = await t.open(`?view=map&event=${DOHA_DEAL}`);
    await mapReady(page);
    const map = page.getByRole('region', { name: 'Map' });
    expect(await map.isVisible()).toBe(true);
    expect(await page.getByTestId('map-caption').textContent()).toContain('Doha, Qatar');
    expect(await page.evaluate(() => window.__envoyMap!.selectedPlace())).toBe('doha');
    const { x, y, box } = await pageXY(page, 'doha');
    expect(x).toBeGreaterThan(box.x);
    expect(x).toBeLessThan(box.x + box.width);
    expect(y).toBeGreaterThan(box.y);
    expect(y).toBeLessThan(box.y + box.height);
    // The dot is painted: the pixel at Doha is not the sea.
    const rgb = await page.evaluate(
      ([px, py]) => {
        const c = document.querySelector<HTMLCanvasElement>('[data-testid="map-canvas"]')!;
        const d = window.devicePixelRatio || 1;
        return [...c.getContext('2d')!.getImageData(Math.round(px! * d), Math.round(py! * d), 1, 1).data].slice(0, 3);
      },
      [x - box.x, y - box.y],
    );
    expect(rgb).not.toEqual([0xe8, 0xee, 0xf3]);
    // Afghanistan is known only to the country, so it is drawn as the country, not a dot at its middle.
    const symbols = await page.evaluate(() =>
      Object.fromEntries(window.__envoyMap!.drawn().map((d) => [d.place, d.symbol])),
    );
    expect(symbols).toMatchObject({
      doha: 'dot',
      kabul: 'dot',
      'bagram-airfield': 'dot',
      afghanistan: 'area',
      qadis: 'ring',
      kunar: 'ring',
    });
    await t.shot('map-country-zoom');
    expect(t.errors).toEqual([]);
  });

  test('a box drawn round Afghanistan filters out the Doha events, and the chip removes the filter', async () => {
    const page = await t.open('?view=map');
    await mapReady(page);
    await summary(page).waitFor();
    const before = await summary(page).textContent();
    expect(await drawnPlaces(page)).toContain('doha');
    const box = (await page.locator(CANVAS).boundingBox())!;
    const [nw, se] = await page.evaluate(() => [
      window.__envoyMap!.screenOf(59.5, 39.5),
      window.__envoyMap!.screenOf(76, 28.8),
    ]);
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x + nw!.x, box.y + nw!.y);
    await page.mouse.down();
    await page.mouse.move(box.x + (nw!.x + se!.x) / 2, box.y + (nw!.y + se!.y) / 2, { steps: 4 });
    await page.mouse.move(box.x + se!.x, box.y + se!.y, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const chip = page.getByRole('button', { name: 'Remove place filter: Afghanistan' });
    await chip.waitFor();
    await expect.poll(() => drawnPlaces(page)).not.toContain('doha');
    const shown = await drawnPlaces(page);
    expect(shown).toEqual(expect.arrayContaining(['afghanistan', 'kabul', 'qadis']));
    expect(new URL(page.url()).searchParams.get('places')).toBe('afghanistan');
    expect(await summary(page).textContent()).not.toBe(before);
    // The timeline narrows too: none of its marks is a Doha event.
    const ids = await page.evaluate(() => window.__envoyTimeline!.drawnIds());
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain(DOHA_DEAL);
    // The Places list shows the filter ticked.
    expect(
      await page
        .getByRole('region', { name: 'Filters' })
        .getByRole('checkbox', { name: 'Afghanistan', exact: true })
        .isChecked(),
    ).toBe(true);
    await t.shot('map-box-afghanistan');
    // Back undoes the filter, Forward brings it back.
    await page.goBack();
    await expect.poll(() => drawnPlaces(page)).toContain('doha');
    await page.goForward();
    await expect.poll(() => drawnPlaces(page)).not.toContain('doha');
    await chip.click();
    await expect.poll(() => drawnPlaces(page)).toContain('doha');
    expect(await summary(page).textContent()).toBe(before);
    expect(new URL(page.url()).searchParams.get('places')).toBeNull();
    expect(t.errors).toEqual([]);
  });

  test('selecting an event on the map opens it in the reader, and "Only here" filters to the place', async () => {
    const page = await t.open('?view=map');
    await mapReady(page);
    const { x, y } = await pageXY(page, 'doha');
    await page.mouse.click(x, y);
    const popup = page.getByRole('dialog', { name: /^Doha, Qatar: \d+ events$/ });
    await popup.waitFor();
    await popup.getByRole('button', { name: /sign the Doha agreement/ }).click();
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('event') === id, DOHA_DEAL);
    const reader = page.getByRole('region', { name: 'Source article' });
    await expect
      .poll(() => reader.getByRole('heading', { name: /sign the Doha agreement/ }).count())
      .toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__envoyMap!.selectedPlace())).toBe('doha');
    // Look again: a selection can move things (the reader and the caption change), whatever the layout does.
    const again = await pageXY(page, 'doha');
    await page.mouse.click(again.x, again.y);
    await popup.waitFor();
    await popup.getByRole('button', { name: 'Only here' }).click();
    expect(await popup.count()).toBe(0);
    await page.getByRole('button', { name: 'Remove place filter: Doha' }).waitFor();
    await expect.poll(() => drawnPlaces(page)).toEqual(['doha']);
    expect(t.errors).toEqual([]);
  });

  test('hover is shared: a timeline mark rings its place on the map, a place on the map rings its events on the timeline', async () => {
    const page = await t.open('?view=map');
    await mapReady(page);
    await page.waitForFunction((id) => window.__envoyTimeline?.pointOf(id) != null, DOHA_DEAL);
    // The timeline's hook gives page (client) coordinates.
    const mark = (await page.evaluate((id) => window.__envoyTimeline!.pointOf(id), DOHA_DEAL))!;
    await page.mouse.move(mark.x, mark.y);
    await expect.poll(() => page.evaluate(() => window.__envoyMap!.highlighted())).toBe('doha');
    // The timeline rings the events at a hovered place in its own colour (#0b7a75); count those pixels.
    const ringed = () =>
      page.evaluate(() => {
        const c = document.querySelector<HTMLCanvasElement>('[data-testid="timeline-canvas"]')!;
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i] === 0x0b && d[i + 1] === 0x7a && d[i + 2] === 0x75) n++;
        return n;
      });
    const { x, y } = await pageXY(page, 'doha');
    await page.mouse.move(x, y);
    await expect.poll(() => page.evaluate(() => window.__envoyMap!.highlighted())).toBe('doha');
    await expect.poll(ringed).toBeGreaterThan(50);
    await page.mouse.move(x, y - 150);
    await expect.poll(ringed).toBe(0);
    expect(t.errors).toEqual([]);
  });

  test('the keyboard moves between places, announcing their counts, and Enter filters to one', async () => {
    const page = await t.open('?view=map');
    await mapReady(page);
    await page.getByRole('application', { name: /^Map of where/ }).focus();
    await page.keyboard.press('ArrowLeft');
    const live = page.getByTestId('map-announcement');
    await expect.poll(() => live.textContent()).toMatch(/: \d+ events? in view \(/);
    const first = await live.textContent();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => live.textContent()).not.toBe(first);
    const name = (await live.textContent())!.split(/[,:]/)[0]!;
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: `Remove place filter: ${name}` }).waitFor();
    expect(t.errors).toEqual([]);
  });

  test('zooming the timeline changes what the map shows, and the camera goes in the link', async () => {
    const page = await t.open('?view=map&from=2019-05&to=2019-05');
    await mapReady(page);
    const may = await drawnPlaces(page);
    expect(may).toContain('doha');
    expect(may).not.toContain('germany');
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => drawnPlaces(page)).toContain('germany');
    // A wheel over the map zooms it and writes map= once the gesture ends.
    const box = (await page.locator(CANVAS).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('map') !== null);
    const zoomed = await page.evaluate(() => window.__envoyMap!.camera().zoom);
    await page.reload();
    await mapReady(page);
    expect(await page.evaluate(() => window.__envoyMap!.camera().zoom)).toBeCloseTo(zoomed, 1);
    expect(t.errors).toEqual([]);
  });

  test('the map’s code and base map load only once it is shown; Hide map hides it', async () => {
    const page = await t.open('');
    await summary(page).waitFor();
    const loaded = () =>
      page.evaluate(
        () =>
          performance
            .getEntriesByType('resource')
            .map((r) => r.name)
            .filter((n) => /MapPanel|countries-/.test(n)).length,
      );
    expect(await loaded()).toBe(0);
    expect(await page.getByRole('region', { name: 'Map' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await mapReady(page);
    expect(await loaded()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('view')).toBe('map');
    await page.getByRole('button', { name: 'Hide map' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Map' }).isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
  });

  test('an axe scan with the map shown finds no serious or critical problems', async () => {
    const page = await t.open(`?view=map&event=${DOHA_DEAL}`);
    await mapReady(page);
    const { x, y } = await pageXY(page, 'doha');
    await page.mouse.click(x, y);
    await page.getByRole('dialog').waitFor();
    const results = await new AxeBuilder({ page })
      .include('[data-region="map"]')
      .include('[data-region="filters"]')
      .analyze();
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([]);
  });

  test('screenshots at region and city zoom', async () => {
    let page = await t.open('?view=map&map=34,66,5.3');
    await mapReady(page);
    expect(await drawnPlaces(page)).toEqual(expect.arrayContaining(['kabul', 'qadis', 'kandahar']));
    await t.shot('map-region-zoom');
    page = await t.open('?view=map&map=34.75,69.2,9.5');
    await page.waitForFunction(
      () => document.querySelector<HTMLCanvasElement>('[data-testid="map-canvas"]')?.dataset.basemap === '50m',
    );
    const clusters = await page.evaluate(() =>
      window.__envoyMap!.clusters().filter((c) => c.places.includes('kabul') || c.places.includes('bagram-airfield')),
    );
    // At city zoom Kabul and Bagram are separate dots, not one cluster.
    expect(clusters.map((c) => c.places.length)).toEqual([1, 1]);
    await t.shot('map-city-zoom');
  });

  test('on a phone the map is its own tab and works by touch: one finger drags, two fingers pinch', async () => {
    const url = (await t.open('?view=map')).url();
    const context = await t.context
      .browser()!
      .newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    try {
      const page = await context.newPage();
      await page.goto(url);
      // A link with view=map opens on the Map tab; the tabs switch by touch.
      await expect.poll(() => page.getByRole('tab', { name: 'Map' }).getAttribute('aria-selected')).toBe('true');
      await page.getByRole('tab', { name: 'Timeline' }).tap();
      expect(await page.getByRole('region', { name: 'Map' }).isVisible()).toBe(false);
      await page.getByRole('tab', { name: 'Map' }).tap();
      await mapReady(page);
      expect(await page.getByRole('region', { name: 'Map' }).isVisible()).toBe(true);
      expect(await page.getByRole('region', { name: 'Timeline' }).isVisible()).toBe(false);
      expect(await drawnPlaces(page)).toEqual(expect.arrayContaining(['doha', 'kabul', 'germany']));
      await page.screenshot({ path: `${process.cwd()}/test-results/screenshots/map-phone.png` });
      const cdp = await context.newCDPSession(page);
      const box = (await page.locator(CANVAS).boundingBox())!;
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      const cam0 = await page.evaluate(() => window.__envoyMap!.camera());
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: cx, y: cy }] });
      for (let k = 1; k <= 10; k++)
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: cx + k * 10, y: cy }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForFunction(() => new URLSearchParams(location.search).get('map') !== null);
      const cam1 = await page.evaluate(() => window.__envoyMap!.camera());
      // Dragging right moves the view west.
      expect(cam1.lon).toBeLessThan(cam0.lon - 1);
      expect(cam1.zoom).toBeCloseTo(cam0.zoom, 5);
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [
          { x: cx - 30, y: cy, id: 1 },
          { x: cx + 30, y: cy, id: 2 },
        ],
      });
      for (let k = 1; k <= 10; k++) {
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [
            { x: cx - 30 - k * 8, y: cy, id: 1 },
            { x: cx + 30 + k * 8, y: cy, id: 2 },
          ],
        });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect.poll(() => page.evaluate(() => window.__envoyMap!.camera().zoom)).toBeGreaterThan(cam1.zoom + 1);
      await page.screenshot({ path: `${process.cwd()}/test-results/screenshots/map-phone-after-pinch.png` });
    } finally {
      await context.close();
    }
  });
});
