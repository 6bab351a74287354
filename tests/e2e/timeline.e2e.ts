import { expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { e2eDescribe } from './harness';

const CANVAS = '[data-testid="timeline-canvas"]';

async function paints(page: Page): Promise<number> {
  return page.evaluate((sel) => Number(document.querySelector<HTMLCanvasElement>(sel)?.dataset.paints ?? 0), CANVAS);
}

/** Waits until the timeline has painted and then stopped painting (the view is settled). */
async function settled(page: Page) {
  await page.getByRole('application', { name: /Timeline of/ }).waitFor();
  await page.waitForFunction(
    (sel) => Number(document.querySelector<HTMLCanvasElement>(sel)?.dataset.paints ?? 0) > 0,
    CANVAS,
  );
  let last = -1;
  for (let k = 0; k < 20; k++) {
    const now = await paints(page);
    if (now === last) return;
    last = now;
    await page.waitForTimeout(120);
  }
}

async function axis(page: Page): Promise<{ unit: string; labels: string }> {
  return page.evaluate(() => {
    const svg = document.querySelector('.tl__axis')!;
    return {
      unit: svg.getAttribute('data-unit') ?? '',
      labels: [...svg.querySelectorAll('text')].map((t) => t.textContent).join('|'),
    };
  });
}

const DAY = 86_400_000;

const viewWindow = (page: Page) => page.evaluate(() => window.__envoyTimeline!.window());

async function canvasBox(page: Page) {
  return (await page.locator(CANVAS).boundingBox())!;
}

/** Badge boxes that intersect another badge, or stick out of the canvas. */
async function badgeFaults(page: Page): Promise<string[]> {
  const badges = await page.evaluate(() => window.__envoyTimeline!.badges());
  const box = await canvasBox(page);
  const faults: string[] = [];
  badges.forEach((a, k) => {
    if (a.x - a.w / 2 < box.x || a.x + a.w / 2 > box.x + box.width) faults.push(`+${a.count} at ${a.x} is clipped`);
    for (const b of badges.slice(k + 1)) {
      if (Math.abs(a.y - b.y) < 14 && Math.abs(a.x - b.x) < (a.w + b.w) / 2)
        faults.push(`+${a.count} at ${a.x} overlaps +${b.count} at ${b.x}`);
    }
  });
  return faults;
}

/** Axis labels whose text sticks out of the axis (clipped at either edge). */
async function clippedAxisLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const svg = document.querySelector('.tl__axis')!.getBoundingClientRect();
    return [...document.querySelectorAll('.tl__axis text')]
      .filter((el) => el.textContent)
      .map((el) => ({ text: el.textContent!, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.left < svg.left - 0.5 || r.right > svg.right + 0.5)
      .map(
        ({ text, r }) =>
          `${text} [${Math.round(r.left)}, ${Math.round(r.right)}] outside [${Math.round(svg.left)}, ${Math.round(svg.right)}]`,
      );
  });
}

/** Marks or titles that overlap in a row, and titles cut short although their row has room to the right. */
async function titleFaults(page: Page): Promise<string[]> {
  const spans = await page.evaluate(() => window.__envoyTimeline!.rowSpans());
  const { width } = await canvasBox(page);
  const faults: string[] = [];
  const rows = new Map<string, typeof spans>();
  for (const s of spans) rows.set(`${s.lane}:${s.row}`, [...(rows.get(`${s.lane}:${s.row}`) ?? []), s]);
  for (const row of rows.values()) {
    row.sort((a, b) => a.x0 - b.x0);
    row.forEach((s, k) => {
      const next = row[k + 1];
      if (next && next.x0 < s.end) faults.push(`${s.id} [${s.x0}, ${s.end}] overlaps ${next.id} at ${next.x0}`);
      // A cut title ends just before its neighbour or the plot's edge (a hidden one, within a stub's width).
      const free = Math.min(next?.x0 ?? Infinity, width) - s.end;
      if (s.cut && s.end < width && free > 50) faults.push(`${s.id} is cut with ${Math.round(free)} px free after it`);
    });
  }
  return faults;
}

e2eDescribe('the timeline in a real browser', (t) => {
  test('the wheel zooms in at the pointer and the axis changes from years to finer units', async () => {
    const page = await t.open('?synthetic=2000');
    await settled(page);
    const before = await axis(page);
    expect(before.unit).toMatch(/year/);
    const box = await canvasBox(page);
    const px = Math.round(box.x + box.width * 0.25);
    await page.mouse.move(px, box.y + 80);
    const [from0, to0] = await viewWindow(page);
    const frac = (px - box.x) / box.width;
    const anchor = from0 + (to0 - from0) * frac;
    for (let k = 0; k < 16; k++) await page.mouse.wheel(0, -240);
    await settled(page);
    const after = await axis(page);
    expect(after.labels).not.toBe(before.labels);
    expect(after.unit).not.toMatch(/year/);
    const [from1, to1] = await viewWindow(page);
    expect(to1 - from1).toBeLessThan((to0 - from0) / 8);
    // The time under the pointer stays under the pointer (within a pixel of the starting zoom).
    expect(Math.abs(from1 + (to1 - from1) * frac - anchor)).toBeLessThan((to0 - from0) / box.width);
    expect(t.errors).toEqual([]);
  });

  test('a drag pans the view to earlier time, and the window lands in the link', async () => {
    const page = await t.open('?synthetic=2000&from=2020-03&to=2020-04');
    await settled(page);
    const [from0, to0] = await viewWindow(page);
    const labels0 = (await axis(page)).labels;
    const box = await canvasBox(page);
    await page.mouse.move(box.x + 200, box.y + 60);
    await page.mouse.down();
    for (let k = 1; k <= 10; k++) await page.mouse.move(box.x + 200 + k * 20, box.y + 60);
    await page.mouse.up();
    await settled(page);
    const [from1, to1] = await viewWindow(page);
    const shift = ((from0 - from1) / (to0 - from0)) * box.width;
    expect(shift).toBeGreaterThan(180);
    expect(shift).toBeLessThan(220);
    expect(to1 - from1).toBeCloseTo(to0 - from0, -3);
    expect((await axis(page)).labels).not.toBe(labels0);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('from') !== '2020-03');
    expect(t.errors).toEqual([]);
  });

  test('clicking a mark selects its event, and the selection shows and is announced', async () => {
    const page = await t.open('?synthetic=2000&from=2020-03&to=2020-03');
    await settled(page);
    const id = (await page.evaluate(() => window.__envoyTimeline!.drawnIds()))[3]!;
    const at = (await page.evaluate((x) => window.__envoyTimeline!.pointOf(x), id))!;
    await page.mouse.move(at.x, at.y);
    const tip = page.locator('.tl__tooltip');
    await tip.waitFor();
    const title = (await tip.textContent())!.split('\n')[0]!;
    await page.mouse.click(at.x, at.y);
    await expect(page.getByText('Selected:').textContent()).resolves.toContain(title);
    await page.waitForFunction((x) => new URLSearchParams(location.search).get('event') === x, id);
    await t.shot('timeline-selected');
    expect(t.errors).toEqual([]);
  });

  test('the timeline is one tab stop; arrows move between events in time order, announced, and Enter selects', async () => {
    const page = await t.open('?synthetic=300');
    await settled(page);
    const app = page.getByRole('application', { name: /Timeline of 300 events/ });
    await app.focus();
    const live = page.getByTestId('timeline-announcement');
    await page.keyboard.press('ArrowRight');
    await expect(live.textContent()).resolves.toMatch(/\. 1 of 300\.$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const third = (await live.textContent())!;
    expect(third).toMatch(/\. 3 of 300\.$/);
    // Sighted keyboard users get the same words beside the focused mark.
    await page.waitForFunction(
      (title) => document.querySelector('.tl__tooltip:not([hidden])')?.textContent?.startsWith(title),
      third.split('. ')[0]!,
    );
    await page.keyboard.press('ArrowLeft');
    await expect(live.textContent()).resolves.toMatch(/\. 2 of 300\.$/);
    await page.keyboard.press('Enter');
    const title = (await live.textContent())!.split('. ')[0]!;
    await expect(page.getByText('Selected:').textContent()).resolves.toContain(title);
    await page.keyboard.press('End');
    await expect(live.textContent()).resolves.toMatch(/\. 300 of 300\.$/);
    await t.shot('timeline-keyboard-focus');
    expect(t.errors).toEqual([]);
  });

  test('plus, minus and 0 zoom from the keyboard', async () => {
    const page = await t.open('?synthetic=300');
    await settled(page);
    await page.getByRole('application', { name: /Timeline of/ }).focus();
    const [a0, b0] = await viewWindow(page);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    const [a1, b1] = await viewWindow(page);
    expect((b0 - a0) / (b1 - a1)).toBeCloseTo(4, 1);
    await page.keyboard.press('-');
    const [a2, b2] = await viewWindow(page);
    expect((b0 - a0) / (b2 - a2)).toBeCloseTo(2, 1);
    await page.keyboard.press('0');
    const [a3, b3] = await viewWindow(page);
    expect(b3 - a3).toBeCloseTo(b0 - a0, -3);
  });

  test('dragging the overview brush moves the main view, and zooming moves the brush', async () => {
    const page = await t.open('?synthetic=2000');
    await settled(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await settled(page);
    const sel = page.locator('.tl__overview-svg .selection');
    const b0 = (await sel.boundingBox())!;
    const [from0, to0] = await viewWindow(page);
    expect(b0.width).toBeGreaterThan(0);
    await page.mouse.move(b0.x + b0.width / 2, b0.y + b0.height / 2);
    await page.mouse.down();
    for (let k = 1; k <= 8; k++) await page.mouse.move(b0.x + b0.width / 2 + k * 10, b0.y + b0.height / 2);
    await page.mouse.up();
    await settled(page);
    const [from1, to1] = await viewWindow(page);
    expect(from1).toBeGreaterThan(from0);
    expect(to1 - from1).toBeCloseTo(to0 - from0, -4);
    const b1 = (await sel.boundingBox())!;
    expect(b1.x).toBeGreaterThan(b0.x + 60);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await settled(page);
    expect((await sel.boundingBox())!.width).toBeLessThan(b1.width * 0.7);
    expect(t.errors).toEqual([]);
  });

  test('clicking a "+n" badge zooms to fit the events merged into it', async () => {
    const page = await t.open('?synthetic=5000&from=2020-03&to=2020-03&lanes=theme');
    await settled(page);
    const badges = await page.evaluate(() => window.__envoyTimeline!.badges());
    const badge = badges.find((b) => b.count >= 2) ?? badges[0]!;
    const [from0, to0] = await viewWindow(page);
    await page.mouse.click(badge.x, badge.y);
    await settled(page);
    const [from1, to1] = await viewWindow(page);
    expect(to1 - from1).toBeLessThan(to0 - from0);
    expect(t.errors).toEqual([]);
  });

  test('filtered-out events leave the timeline and its keyboard order', async () => {
    const page = await t.open('?synthetic=300&themes=ceasefire');
    await settled(page);
    const app = page.getByRole('application', { name: /Timeline of \d+ events/ });
    const label = (await app.getAttribute('aria-label'))!;
    const n = Number(/Timeline of ([\d,]+) events/.exec(label)![1]!.replace(/,/g, ''));
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(300);
    await app.focus();
    await page.keyboard.press('End');
    await expect(page.getByTestId('timeline-announcement').textContent()).resolves.toMatch(
      new RegExp(`\\. ${n} of ${n}\\.$`),
    );
  });

  test('the canvas is drawn at the device pixel ratio and redrawn on resize', async () => {
    const url = (await t.open('?synthetic=300')).url();
    const context = await t.context
      .browser()!
      .newContext({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 2 });
    try {
      const page = await context.newPage();
      await page.goto(url);
      await settled(page);
      const size = () =>
        page.evaluate((sel) => {
          const c = document.querySelector<HTMLCanvasElement>(sel)!;
          return { backing: c.width, css: c.getBoundingClientRect().width };
        }, CANVAS);
      const a = await size();
      expect(a.backing).toBe(Math.round(a.css * 2));
      await page.setViewportSize({ width: 1000, height: 700 });
      await page.waitForFunction(
        ([sel, w]) => document.querySelector<HTMLCanvasElement>(sel as string)!.getBoundingClientRect().width !== w,
        [CANVAS, a.css] as const,
      );
      await settled(page);
      const b = await size();
      expect(b.css).toBeLessThan(a.css);
      expect(b.backing).toBe(Math.round(b.css * 2));
    } finally {
      await context.close();
    }
  });

  test('clicking the overview outside the brush centres the view there', async () => {
    const page = await t.open('?synthetic=2000&from=2016-01&to=2016-03');
    await settled(page);
    const [from0, to0] = await viewWindow(page);
    const strip = (await page.locator('.tl__overview-svg').boundingBox())!;
    await page.mouse.click(strip.x + strip.width * 0.8, strip.y + strip.height / 2);
    await settled(page);
    const [from1, to1] = await viewWindow(page);
    expect(from1).toBeGreaterThan(to0);
    expect(to1 - from1).toBeCloseTo(to0 - from0, -5);
    expect(await page.locator('.tl__overview-svg .selection').isVisible()).toBe(true);
  });

  test('on touch, one finger pans sideways, a vertical swipe is left to the page, and a pinch zooms', async () => {
    const url = (await t.open('?synthetic=2000&from=2020-03&to=2020-04')).url();
    const context = await t.context.browser()!.newContext({ viewport: { width: 1200, height: 800 }, hasTouch: true });
    try {
      const page = await context.newPage();
      await page.goto(url);
      await settled(page);
      const cdp = await context.newCDPSession(page);
      const box = (await page.locator(CANVAS).boundingBox())!;
      const swipe = async (dx: number, dy: number) => {
        const x = box.x + box.width / 2;
        const y = box.y + 150;
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
        for (let k = 1; k <= 10; k++)
          await cdp.send('Input.dispatchTouchEvent', {
            type: 'touchMove',
            touchPoints: [{ x: x + (dx * k) / 10, y: y + (dy * k) / 10 }],
          });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      };
      const [from0, to0] = await page.evaluate(() => window.__envoyTimeline!.window());
      await swipe(150, 0);
      await settled(page);
      const [from1] = await page.evaluate(() => window.__envoyTimeline!.window());
      expect(from1).toBeLessThan(from0 - (to0 - from0) * 0.1);
      await swipe(0, -120);
      await settled(page);
      const [from2, to2] = await page.evaluate(() => window.__envoyTimeline!.window());
      expect(Math.abs(from2 - from1)).toBeLessThan((to0 - from0) * 0.02);
      // Two fingers spreading apart zoom in.
      const cx = box.x + box.width / 2;
      const cy = box.y + 150;
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [
          { x: cx - 40, y: cy, id: 1 },
          { x: cx + 40, y: cy, id: 2 },
        ],
      });
      for (let k = 1; k <= 10; k++) {
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [
            { x: cx - 40 - k * 8, y: cy, id: 1 },
            { x: cx + 40 + k * 8, y: cy, id: 2 },
          ],
        });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await settled(page);
      const [from3, to3] = await page.evaluate(() => window.__envoyTimeline!.window());
      expect(to3 - from3).toBeLessThan((to2 - from2) * 0.6);
    } finally {
      await context.close();
    }
  });

  test('a selection made elsewhere (the reader) is brought into view, keeping the zoom', async () => {
    const page = await t.open('?synthetic=300&from=2015-01&to=2015-02&event=syn-000299');
    await settled(page);
    const [from0, to0] = await viewWindow(page);
    expect(from0).toBeLessThan(Date.UTC(2016, 0, 1));
    await page
      .getByRole('region', { name: 'Source article' })
      .getByRole('button', { name: /Previous/ })
      .click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('event') === 'syn-000298');
    await settled(page);
    const [from1, to1] = await viewWindow(page);
    expect(from1).toBeGreaterThan(Date.UTC(2020, 0, 1));
    expect(to1 - from1).toBeCloseTo(to0 - from0, -5);
    expect(t.errors).toEqual([]);
  });

  test('the List toggle swaps the canvas for the table of the same events, and back', async () => {
    const page = await t.open('?synthetic=300&themes=ceasefire');
    await settled(page);
    const label = (await page.getByRole('application', { name: /Timeline of/ }).getAttribute('aria-label'))!;
    const n = Number(/Timeline of ([\d,]+) events/.exec(label)![1]!.replace(/,/g, ''));
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const grid = page.getByRole('grid', { name: 'Events' });
    await grid.waitFor();
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(n + 1));
    expect(await page.getByRole('application', { name: /Timeline of/ }).count()).toBe(0);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('view') === 'list');
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await settled(page);
    expect(t.errors).toEqual([]);
  });

  test('an axe scan of the timeline panel (lanes, legend open, a selection, keyboard focus) finds no serious problems', async () => {
    const page = await t.open('?from=2019-01&to=2020-12&lanes=actor');
    await settled(page);
    await page.getByText('Legend').click();
    const app = page.getByRole('application', { name: /Timeline of/ });
    await app.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByText('Selected:').waitFor();
    const results = await new AxeBuilder({ page }).include('#region-timeline').analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
    await t.shot('timeline-real-actors-selected');
  });

  test('the bare page opens on the home window (the 2018–2021 story); Fit all shows 1996; Reset view comes back', async () => {
    const page = await t.open('');
    await settled(page);
    const [from, to] = await viewWindow(page);
    const home = [Date.UTC(2018, 6, 1), Date.UTC(2021, 7, 1)];
    expect(Math.abs(from - home[0]!)).toBeLessThan(10 * DAY);
    expect(Math.abs(to - home[1]!)).toBeLessThan(10 * DAY);
    expect(new URL(page.url()).search).toBe('');
    // The story is legible: many events are drawn as single marks with their titles, not merged into badges.
    expect((await page.evaluate(() => window.__envoyTimeline!.drawnIds())).length).toBeGreaterThan(20);
    await t.shot('home-1400');
    const reset = page.getByRole('button', { name: 'Reset view' });
    expect(await reset.isDisabled()).toBe(true);
    await page.getByRole('button', { name: /Fit all/ }).click();
    await settled(page);
    const [allFrom] = await viewWindow(page);
    expect(new Date(allFrom).getUTCFullYear()).toBeLessThanOrEqual(1996);
    expect(await axis(page).then((a) => a.labels)).toMatch(/2000/);
    await page.waitForURL(/from=/);
    await t.shot('home-fit-all');
    expect(await reset.isDisabled()).toBe(false);
    await reset.click();
    await settled(page);
    const [f2, t2] = await viewWindow(page);
    expect(Math.abs(f2 - from)).toBeLessThan(DAY);
    expect(Math.abs(t2 - to)).toBeLessThan(DAY);
    await page.waitForURL((u) => !u.search.includes('from='));
    expect(t.errors).toEqual([]);
  });

  test('keys: Home shows every date, 0 returns to the home view', async () => {
    const page = await t.open('');
    await settled(page);
    const home = await viewWindow(page);
    await page.getByRole('application', { name: /Timeline of/ }).focus();
    await page.keyboard.press('Home');
    await settled(page);
    const all = await viewWindow(page);
    expect(all[1] - all[0]).toBeGreaterThan((home[1] - home[0]) * 5);
    await page.keyboard.press('0');
    await settled(page);
    const back = await viewWindow(page);
    expect(Math.abs(back[0] - home[0])).toBeLessThan(DAY);
    expect(t.errors).toEqual([]);
  });

  test('an edge hint says how many events lie outside the view, and shows them', async () => {
    const page = await t.open('');
    await settled(page);
    await expect.poll(() => page.getByRole('button', { name: /^Show \d+ earlier events?$/ }).count()).toBe(1);
    const hint = page.getByRole('button', { name: /^Show \d+ earlier events?$/ });
    const n = Number((await hint.getAttribute('aria-label'))!.match(/\d+/)![0]);
    expect(n).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole('button', { name: /later event/ }).count()).toBe(0);
    await hint.click();
    await settled(page);
    const [from, to] = await viewWindow(page);
    expect(new Date(from).getUTCFullYear()).toBeLessThanOrEqual(1996);
    expect(new Date(to).getUTCFullYear()).toBeLessThan(2010);
    expect(await page.evaluate(() => window.__envoyTimeline!.drawnIds())).toContain('2001-09-11-september-11-attacks');
    // Now the story is to the right, and the hint there leads back to it.
    const later = page.getByRole('button', { name: /^Show \d+ later events$/ });
    await later.waitFor();
    await t.shot('home-earlier-revealed');
    await later.click();
    await settled(page);
    expect(new Date((await viewWindow(page))[0]).getUTCFullYear()).toBeGreaterThanOrEqual(2017);
    expect(t.errors).toEqual([]);
  });

  test('the home view on a phone: the story, legible, and the hints within the screen', async () => {
    const page = await t.open('', { width: 375, height: 800 });
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await settled(page);
    const [from] = await viewWindow(page);
    expect(new Date(from).getUTCFullYear()).toBe(2018);
    const box = (await page.getByRole('button', { name: /earlier event/ }).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await t.shot('home-375');
    expect(t.errors).toEqual([]);
  });

  test("with scrolling actor lanes, the edge hints stay clear of the lanes' scroll bar", async () => {
    const page = await t.open('?lanes=actor&from=2019-01&to=2019-06');
    await settled(page);
    const later = page.getByRole('button', { name: /^Show \d+ later events$/ });
    const box = (await later.boundingBox())!;
    const inner = await page.evaluate(() => {
      const sc = document.querySelector<HTMLElement>('.tl__scroller')!;
      return { right: sc.getBoundingClientRect().left + sc.clientWidth, scrolls: sc.scrollHeight > sc.clientHeight };
    });
    expect(inner.scrolls).toBe(true);
    expect(box.x + box.width).toBeLessThanOrEqual(inner.right);
    await t.shot('edge-hints-actor-lanes');
    expect(t.errors).toEqual([]);
  });

  test('"+n" badges never overlap each other and are never clipped', async () => {
    const page = await t.open('?synthetic=100000&from=2020-04-16&to=2020-05-16');
    await settled(page);
    expect((await page.evaluate(() => window.__envoyTimeline!.badges())).length).toBeGreaterThan(1);
    await t.shot('badges-100k-month');
    expect(await badgeFaults(page)).toEqual([]);
    for (const path of ['', '?lanes=actor', '?synthetic=5000&from=2020-03&to=2020-03&lanes=theme']) {
      await t.open(path);
      await settled(page);
      expect(await badgeFaults(page), path).toEqual([]);
    }
    expect(t.errors).toEqual([]);
  });

  test('titles use the free room in their row and are cut only before a neighbour or the edge', async () => {
    for (const [path, width, height, name] of [
      ['?actors=khalilzad,taliban&amode=all', 1400, 900, 'titles-filtered-1400'],
      ['', 1400, 900, 'titles-home-1400'],
      ['?lanes=actor', 1400, 900, 'titles-actor-lanes-1400'],
      ['', 375, 740, 'titles-home-375'],
    ] as const) {
      const page = await t.open(path, { width, height });
      if (width < 600) await page.getByRole('tab', { name: 'Timeline' }).click();
      await settled(page);
      const spans = await page.evaluate(() => window.__envoyTimeline!.rowSpans());
      expect(spans.length, path).toBeGreaterThan(0);
      expect(await titleFaults(page), `${path} at ${width}`).toEqual([]);
      await t.shot(name);
    }
    // With only the Khalilzad and Taliban events, rows are sparse: at least the long titles are whole.
    const page = await t.open('?actors=khalilzad,taliban&amode=all', { width: 1400, height: 900 });
    await settled(page);
    const titled = await page.evaluate(() => window.__envoyTimeline!.rowSpans().filter((s) => s.end - s.x0 > 260));
    expect(titled.filter((s) => !s.cut).length).toBeGreaterThan(0);
    expect(t.errors).toEqual([]);
  });

  test('axis labels are fully visible on a phone, a laptop and with actor lanes', async () => {
    for (const [path, width, height] of [
      ['', 375, 740],
      ['', 1400, 900],
      ['?lanes=actor', 1400, 900],
      ['?synthetic=100000&from=2020-04-16&to=2020-05-16', 375, 740],
      ['?from=2018-01-01&to=2021-01-03', 375, 740],
      ['?from=2019-12-29&to=2020-02-27', 375, 740],
    ] as const) {
      const page = await t.open(path, { width, height });
      if (width < 600) await page.getByRole('tab', { name: 'Timeline' }).click();
      await settled(page);
      expect(await clippedAxisLabels(page), `${path} at ${width}`).toEqual([]);
      expect(await badgeFaults(page), `${path} at ${width}`).toEqual([]);
    }
    await t.shot('axis-375-edges');
    expect(t.errors).toEqual([]);
  });

  test('the tooltip of a badge at the bottom right of a phone screen is shown whole', async () => {
    const page = await t.open('?synthetic=100000&from=2020-04-16&to=2020-05-16', { width: 375, height: 740 });
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await settled(page);
    const badges = await page.evaluate(() => window.__envoyTimeline!.badges());
    const last = badges.reduce((a, b) => (b.x > a.x ? b : a));
    await page.mouse.move(last.x, last.y);
    const tip = page.locator('.tl__tooltip');
    await expect.poll(() => tip.textContent()).toMatch(/more events here/);
    const box = (await tip.boundingBox())!;
    const canvas = await canvasBox(page);
    expect([
      box.x >= canvas.x,
      box.x + box.width <= canvas.x + canvas.width,
      box.y >= canvas.y,
      box.y + box.height <= canvas.y + canvas.height,
    ]).toEqual([true, true, true, true]);
    // Nor covered by the "later" hint in the bottom corner.
    const hint = (await page.getByRole('button', { name: /later events?$/ }).boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(hint.y);
    await t.shot('badge-tooltip-375');
    expect(t.errors).toEqual([]);
  });

  test('screenshots: whole span, a month, a few days, and a phone', async () => {
    let page = await t.open('?synthetic=5000');
    await settled(page);
    await t.shot('timeline-whole');
    page = await t.open('?synthetic=5000&from=2020-03&to=2020-03&lanes=theme');
    await settled(page);
    await t.shot('timeline-month');
    page = await t.open('?synthetic=5000&from=2020-03-10&to=2020-03-13');
    await settled(page);
    await t.shot('timeline-days');
    page = await t.open('', { width: 375, height: 740 });
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await settled(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await t.shot('timeline-phone');
    page = await t.open('?synthetic=100000&lanes=actor', { width: 1400, height: 900 });
    await settled(page);
    await t.shot('timeline-100k-actor');
    expect(t.errors).toEqual([]);
  });
});
