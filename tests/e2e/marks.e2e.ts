import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { e2eDescribe, type E2E } from './harness';

/*
 * Issue 10, "Honest at a glance": what the timeline draws (durations, uncertain instants, flags, the selected
 * event), that selecting never moves the plot, and the event card's layout. Real browser: canvas and layout.
 */

const CANVAS = '[data-testid="timeline-canvas"]';
const ROOT = resolve(import.meta.dirname, '../..');

interface RawEvent {
  id: string;
  title: string;
  date: { earliest: string; latest: string; precision: string };
  flags: { kind: string }[];
}
const DATASET = JSON.parse(readFileSync(resolve(ROOT, 'public/data/afghan-peace-2018-2021/dataset.json'), 'utf8')) as {
  events: RawEvent[];
};
const FLAGGED = DATASET.events.filter((e) => e.flags.length > 0);

type Mark = Awaited<ReturnType<typeof marks>>[number];

async function paints(page: Page): Promise<number> {
  return page.evaluate((sel) => Number(document.querySelector<HTMLCanvasElement>(sel)?.dataset.paints ?? 0), CANVAS);
}

/** Waits until the timeline has painted and then stopped painting. */
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
    await page.waitForTimeout(150);
  }
}

function marks(page: Page) {
  return page.evaluate(() => window.__envoyTimeline!.marks());
}

/** RGB (as seen over white) of the canvas pixels along a horizontal line from client x0 to x1 at client y. */
async function pixelRow(page: Page, x0: number, x1: number, y: number): Promise<number[][]> {
  return page.evaluate(
    ([sel, a, b, cy]) => {
      const c = document.querySelector<HTMLCanvasElement>(sel)!;
      const r = c.getBoundingClientRect();
      const k = c.width / r.width;
      const x = Math.round((a - r.left) * k);
      const w = Math.max(1, Math.round((b - a) * k));
      const d = c.getContext('2d')!.getImageData(x, Math.round((cy - r.top) * k), w, 1).data;
      const out: number[][] = [];
      // As seen: the canvas is transparent where nothing is drawn, over the plot's white ground.
      const over = (c: number, alpha: number) => Math.round((c * alpha) / 255 + 255 * (1 - alpha / 255));
      for (let i = 0; i < d.length; i += 4)
        out.push([over(d[i]!, d[i + 3]!), over(d[i + 1]!, d[i + 3]!), over(d[i + 2]!, d[i + 3]!)]);
      return out;
    },
    [CANVAS, x0, x1, y] as const,
  );
}

/** A pixel drawn near white (the plot's ground, or a gap in hatching). */
const light = ([r, g, b]: number[]) => r! > 200 && g! > 200 && b! > 200;

/** Share of the pixels across the inside of a mark that are light: 0 for a solid bar. */
async function lightShare(page: Page, m: Mark): Promise<number> {
  const row = await pixelRow(page, Math.max(m.x0, 0) + 3, m.x1 - 3, m.y);
  return row.filter(light).length / row.length;
}

/** RGB (as seen over white) of the canvas pixels down a vertical line at client x, over the whole canvas. */
async function pixelColumn(page: Page, x: number): Promise<number[][]> {
  return page.evaluate(
    ([sel, cx]) => {
      const c = document.querySelector<HTMLCanvasElement>(sel)!;
      const r = c.getBoundingClientRect();
      const k = c.width / r.width;
      const d = c.getContext('2d')!.getImageData(Math.round((cx - r.left) * k), 0, 1, c.height).data;
      const out: number[][] = [];
      // As seen: the canvas is transparent where nothing is drawn, over the plot's white ground.
      const over = (c: number, alpha: number) => Math.round((c * alpha) / 255 + 255 * (1 - alpha / 255));
      for (let i = 0; i < d.length; i += 4)
        out.push([over(d[i]!, d[i + 3]!), over(d[i + 1]!, d[i + 3]!), over(d[i + 2]!, d[i + 3]!)]);
      return out;
    },
    [CANVAS, x] as const,
  );
}

/** A page on a touch phone (390 × 844, pointer: coarse), on the same served build. */
async function phone(t: E2E, path: string): Promise<{ page: Page; context: BrowserContext }> {
  await t.open('');
  const base = t.page.url();
  const context = await t.context
    .browser()!
    .newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => t.errors.push(String(e)));
  await page.goto(new URL(path, base).toString());
  return { page, context };
}

const selectedId = (page: Page) => page.evaluate(() => new URL(location.href).searchParams.get('event'));

/** Where every mark is, by id (pinned marks left out: they exist only while selected). */
async function layout(page: Page): Promise<Map<string, string>> {
  return new Map(
    (await marks(page)).filter((m) => !m.pinned).map((m) => [m.id, `${Math.round(m.x0)},${Math.round(m.y)}`]),
  );
}

e2eDescribe('honest marks', (t) => {
  test('a duration is a solid bar and an uncertain instant a hatched band with no solid fill; the legend says which is which', async () => {
    const page = await t.open('', { width: 1280, height: 720 });
    await settled(page);
    const drawn = await marks(page);
    // A span's ends may fade (known only to the month): its middle third is what must be solid.
    const spans = drawn.filter((m) => m.shape === 'span' && !m.wide && !m.planned && m.x1 - m.x0 > 60);
    const windows = drawn.filter((m) => m.shape === 'window' && !m.wide && m.x1 - m.x0 > 12);
    expect(spans.length).toBeGreaterThan(0);
    expect(windows.length).toBeGreaterThan(0);
    for (const m of spans) {
      const third = (m.x1 - m.x0) / 3;
      const middle = await pixelRow(page, m.x0 + third, m.x1 - third, m.y);
      expect(middle.filter(light).length / middle.length, `${m.id} is a solid bar`).toBeLessThan(0.1);
    }
    for (const m of windows) expect(await lightShare(page, m), `${m.id} has no solid fill`).toBeGreaterThan(0.3);
    await page.getByText('Legend').click();
    const legend = page.getByRole('list', { name: 'Mark shapes' });
    expect(await legend.textContent()).toMatch(/lasted: a duration/);
    expect(await legend.textContent()).toMatch(/happened once, some time in this window/);
    await t.shot('marks-durations-and-uncertain-windows');
    const [a, b] = [spans[0]!, windows[0]!];
    const top = Math.min(a.y, b.y) - 30;
    await page.screenshot({
      path: resolve(ROOT, 'test-results/screenshots/marks-closeup.png'),
      clip: { x: Math.max(0, Math.min(a.x0, b.x0) - 20), y: top, width: 460, height: Math.max(a.y, b.y) + 30 - top },
    });
    expect(t.errors).toEqual([]);
  });

  test('a span end known only to the month fades over that month; an end known to the day is a hard edge', async () => {
    // Generated spans carry such ends (about one in five starts is known only to the month).
    // The generated data is seeded, so the same spans are drawn every run.
    const page = await t.open('?synthetic=50000&from=2019-03&to=2019-06', { width: 1920, height: 1080 });
    await settled(page);
    const left = (await page.locator(CANVAS).boundingBox())!.x;
    const spans = (await marks(page)).filter(
      (m) => m.shape === 'span' && !m.wide && !m.planned && m.x0 > left + 2 && m.x1 - m.x0 > 80,
    );
    const inkAt = async (m: Mark, dx: number) => {
      const [[r, g, b]] = (await pixelRow(page, m.x0 + dx, m.x0 + dx + 1, m.y)) as [number[]];
      return 765 - r! - g! - b!;
    };
    let soft = 0;
    let hard = 0;
    for (const m of spans) {
      const [first, inside] = [await inkAt(m, 1), await inkAt(m, 45)];
      if (m.softStart) {
        soft++;
        expect(first, `${m.id} starts faded`).toBeLessThan(inside * 0.6);
      } else {
        hard++;
        expect(first, `${m.id} starts hard`).toBeGreaterThan(inside * 0.85);
      }
    }
    expect(soft).toBeGreaterThan(0);
    expect(hard).toBeGreaterThan(0);
    expect(t.errors).toEqual([]);
  });

  test('an uncertain window is solid only over the likeliest part a source points to', async () => {
    const page = await t.open('?synthetic=20000&from=2019-03&to=2019-08', { width: 1920, height: 1080 });
    await settled(page);
    const left = (await page.locator(CANVAS).boundingBox())!.x;
    const pointed = (await marks(page)).filter(
      (m) =>
        m.shape === 'window' &&
        !m.wide &&
        m.likeliest &&
        m.x0 > left &&
        m.likeliest[1] - m.likeliest[0] > 12 &&
        Math.max(m.likeliest[0] - m.x0, m.x1 - m.likeliest[1]) > 16,
    );
    expect(pointed.length).toBeGreaterThan(0);
    for (const m of pointed) {
      const [a, b] = m.likeliest!;
      const core = await pixelRow(page, a + 2, b - 2, m.y);
      expect(core.filter(light).length / core.length, `${m.id}: solid over its likeliest week`).toBeLessThan(0.1);
      // The larger part of the window outside the likeliest week.
      const [r0, r1] = a - m.x0 >= m.x1 - b ? [m.x0 + 3, a - 3] : [b + 3, m.x1 - 3];
      const rest = await pixelRow(page, r0, r1, m.y);
      expect(rest.filter(light).length / rest.length, `${m.id}: hatched elsewhere`).toBeGreaterThan(0.3);
    }
    await t.shot('marks-likeliest-part');
    expect(t.errors).toEqual([]);
  });

  test('flagged events carry a flag glyph on the timeline and in the list, named for screen readers', async () => {
    const page = await t.open('', { width: 1280, height: 720 });
    await settled(page);
    const flagged = (await marks(page)).filter((m) => m.flagged && !m.wide && m.x1 < 1100);
    expect(flagged.length).toBeGreaterThan(0);
    for (const m of flagged) {
      // The red pennant sits just after the mark, above its centre line.
      const row = await pixelRow(page, m.x1 + 4, m.x1 + 14, m.y - 5);
      expect(
        row.some(([r, g, b]) => r! > 170 && g! < 90 && b! < 90),
        `${m.id} has a red flag`,
      ).toBe(true);
    }
    await page.getByRole('button', { name: 'List' }).click();
    const glyphs = page.getByRole('img', { name: /^flagged: / });
    await glyphs.first().waitFor();
    const names = await glyphs.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    for (const n of names)
      expect(n).toMatch(/^flagged: (contradiction|impossible date|inconsistency|typo|unverified)(, [a-z ]+)*$/);
    // Every row drawn (the list is virtual) has a glyph exactly when its event is flagged.
    const rows = await page.locator('.event-table__row').evaluateAll((els) =>
      els.flatMap((r) => {
        const title = r.querySelector('.event-table__title')?.textContent;
        return title ? [{ title, flag: r.querySelector('.event-table__flag') !== null }] : [];
      }),
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect(r.flag, r.title).toBe(FLAGGED.some((e) => r.title.includes(e.title)));
    await t.shot('marks-flags-in-the-list');
    // With only the flagged events listed, each kind is named: "flagged: contradiction" among them.
    await page.getByRole('checkbox', { name: 'Flagged only' }).check();
    await expect
      .poll(async () => page.locator('.event-table__row:has(.event-table__flag)').count())
      .toBe(FLAGGED.length);
    const all = await page
      .getByRole('img', { name: /^flagged: / })
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(all).toContain('flagged: contradiction');
    expect(t.errors).toEqual([]);
  });

  test('"Flagged only" filters to the flagged events, shows their count, and is kept in the link', async () => {
    const page = await t.open('', { width: 1280, height: 720 });
    await settled(page);
    const box = page.getByRole('checkbox', { name: 'Flagged only' });
    expect(await page.locator('#facet-flagged-count').textContent()).toMatch(/^\d+ events? in view$/);
    await box.check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('flagged') === '1');
    await page.getByRole('application', { name: `Timeline of ${FLAGGED.length} events` }).waitFor();
    await settled(page);
    await t.shot('marks-flagged-only');
    await page.reload();
    await page.getByRole('application', { name: `Timeline of ${FLAGGED.length} events` }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Flagged only' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Remove flags filter: flagged only' }).click();
    await page.getByRole('application', { name: `Timeline of ${DATASET.events.length} events` }).waitFor();
    expect(t.errors).toEqual([]);
  });

  test('the selected event hidden in a "+n" badge is drawn as its own mark, and no line marks the middle of its window', async () => {
    let page = await t.open('', { width: 1280, height: 720 });
    await settled(page);
    const drawn = new Set((await marks(page)).map((m) => m.id));
    const [from, to] = await page.evaluate(() => window.__envoyTimeline!.window());
    const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
    const hidden = DATASET.events.filter(
      (e) => day(e.date.earliest) < to && day(e.date.latest) + 86_400_000 > from && !drawn.has(e.id),
    );
    expect(hidden.length, 'the home view has events merged into badges').toBeGreaterThan(0);
    // The widest hidden window is the one a midpoint line would misplace most.
    const ev = [...hidden].sort(
      (a, b) => day(b.date.latest) - day(b.date.earliest) - (day(a.date.latest) - day(a.date.earliest)),
    )[0]!;
    page = await t.open(`?event=${ev.id}`, { width: 1280, height: 720 });
    await settled(page);
    const own = (await marks(page)).filter((m) => m.id === ev.id);
    expect(own.length, `${ev.title} has a mark of its own`).toBeGreaterThan(0);
    const [f2, t2] = await page.evaluate(() => window.__envoyTimeline!.window());
    const box = (await page.locator(CANVAS).boundingBox())!;
    const mid = (day(ev.date.earliest) + day(ev.date.latest) + 86_400_000) / 2;
    const x = box.x + ((mid - f2) / (t2 - f2)) * box.width;
    const column = await pixelColumn(page, x);
    const navy = column.filter(([r, g, b]) => r! < 60 && g! < 70 && b! < 100).length;
    expect(navy / column.length, 'no line down the plot at the middle of its window').toBeLessThan(0.3);
    await t.shot('marks-selected-from-a-badge');
    expect(t.errors).toEqual([]);
  });

  test('"+n" badges are at least 24 px targets, hit a little above their pill too', async () => {
    const page = await t.open('', { width: 1280, height: 720 });
    await settled(page);
    const badges = await page.evaluate(() => window.__envoyTimeline!.badges());
    expect(badges.length).toBeGreaterThan(0);
    for (const b of badges) expect(b.w).toBeGreaterThanOrEqual(24);
    const before = await page.evaluate(() => window.__envoyTimeline!.window());
    await page.mouse.click(badges[0]!.x, badges[0]!.y - 11);
    await settled(page);
    const after = await page.evaluate(() => window.__envoyTimeline!.window());
    expect(after[1] - after[0]).toBeLessThan(before[1] - before[0]);
    expect(t.errors).toEqual([]);
  });
});

e2eDescribe('selecting never moves the plot', (t) => {
  async function clickTwice(page: Page, tap: (x: number, y: number) => Promise<void>) {
    await settled(page);
    const canvas = page.locator(CANVAS);
    const box0 = (await canvas.boundingBox())!;
    const before = await layout(page);
    const target = (await marks(page)).find(
      (m) => m.shape === 'point' && m.x0 > box0.x + 40 && m.y > box0.y + 40 && m.y < box0.y + box0.height - 60,
    )!;
    expect(target).toBeTruthy();
    const x = (target.x0 + target.x1) / 2;
    await tap(x, target.y);
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('event') === id, target.id);
    await settled(page);
    expect((await canvas.boundingBox())!).toEqual(box0);
    const after = await layout(page);
    const moved = [...before].filter(([id, at]) => after.has(id) && after.get(id) !== at).map(([id]) => id);
    expect(moved, 'no mark moved when one was selected').toEqual([]);
    await tap(x, target.y);
    await settled(page);
    expect(await selectedId(page)).toBe(target.id);
    expect((await canvas.boundingBox())!).toEqual(box0);
  }

  test('desktop: click the same mark twice, the same event stays selected, and the plot stays put', async () => {
    const page = await t.open('', { width: 1280, height: 720 });
    await clickTwice(page, (x, y) => page.mouse.click(x, y));
    expect(t.errors).toEqual([]);
  });

  test('phone (390 × 844): tap the same mark twice, the same event stays selected, and no mark moves', async () => {
    const { page, context } = await phone(t, '');
    try {
      await clickTwice(page, (x, y) => page.touchscreen.tap(x, y));
      await page.screenshot({ path: resolve(ROOT, 'test-results/screenshots/marks-phone-selected.png') });
    } finally {
      await context.close();
    }
    expect(t.errors).toEqual([]);
  });

  test('phone: the overview brush handles are finger-sized (at least 24 px)', async () => {
    const { page, context } = await phone(t, '');
    try {
      await settled(page);
      const widths = await page
        .locator('.overview__brush .handle')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute('width'))));
      expect(widths.length).toBe(2);
      for (const w of widths) expect(w).toBeGreaterThanOrEqual(24);
    } finally {
      await context.close();
    }
  });

  test('a slow wheel gesture is announced once, when it ends', async () => {
    const page = await t.open('', { width: 1280, height: 720 });
    await settled(page);
    await page.evaluate(() => {
      const w = window as unknown as { heard: string[] };
      w.heard = [];
      const live = document.querySelector('.filters__summary [role="status"]')!;
      new MutationObserver(() => w.heard.push(live.textContent ?? '')).observe(live, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    });
    const box = (await page.locator(CANVAS).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    for (let k = 0; k < 6; k++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(500);
    }
    await page.waitForTimeout(2500);
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.filter((h) => h !== '')).toHaveLength(1);
  });
});

e2eDescribe('the event card', (t) => {
  const first = [...DATASET.events].sort(
    (a, b) =>
      a.date.earliest.localeCompare(b.date.earliest) ||
      a.date.latest.localeCompare(b.date.latest) ||
      a.id.localeCompare(b.id),
  )[0]!;

  test.each([
    [1280, 720],
    [1024, 768],
  ])(
    'at %i × %i nothing of the card is hidden without a cue, flags come first, and the article keeps its share',
    async (width, height) => {
      const page = await t.open(`?event=${first.id}`, { width, height });
      await page.locator('.reader-card__title').waitFor();
      const faults: string[] = [];
      for (let k = 0; k < DATASET.events.length; k++) {
        await page.waitForTimeout(150);
        const r = await page.evaluate(() => {
          const panel = document.querySelector<HTMLElement>('.panel.reader')!.getBoundingClientRect();
          const body = document.querySelector<HTMLElement>('.reader-card__body')!;
          const card = document.querySelector<HTMLElement>('.reader-card')!.getBoundingClientRect();
          const cue = document.querySelector<HTMLElement>('.reader-card__more--below');
          // The cue is sticky at the body's foot: what is under it is not seen either.
          const seenTo = cue ? cue.getBoundingClientRect().top : body.getBoundingClientRect().bottom;
          const hidden = [...body.querySelectorAll<HTMLElement>('[data-section]')]
            .filter((el) => el.getBoundingClientRect().bottom > seenTo + 2)
            .map((el) => el.dataset.section!);
          const flags = document.querySelector('.reader-flags')?.getBoundingClientRect().top ?? null;
          const when = [...body.querySelectorAll('dt')]
            .find((d) => d.textContent === 'When')!
            .getBoundingClientRect().top;
          const article = document.querySelector<HTMLElement>('.reader-scroll')!.getBoundingClientRect();
          return {
            title: document.querySelector('.reader-card__title')!.textContent,
            hidden,
            cue: cue?.textContent ?? '',
            flags,
            when,
            share: article.height / panel.height,
            cardInPanel: card.bottom <= panel.bottom + 1,
          };
        });
        for (const name of new Set(r.hidden))
          if (!r.cue.includes(name)) faults.push(`${r.title}: ${name} is hidden with no cue ("${r.cue}")`);
        if (r.flags !== null && r.flags > r.when) faults.push(`${r.title}: flags below When`);
        if (r.share < 0.38) faults.push(`${r.title}: the article has ${Math.round(r.share * 100)}% of the panel`);
        if (!r.cardInPanel) faults.push(`${r.title}: the card runs out of the panel`);
        if (k === 0) await t.shot(`marks-card-${width}x${height}`);
        const next = page.getByRole('button', { name: 'Next event' });
        if (await next.isDisabled()) break;
        await next.click();
      }
      expect(faults).toEqual([]);
      expect(t.errors).toEqual([]);
    },
  );

  test('the cues name what is below (and, once scrolled, above) and bring it into view', async () => {
    // The event with the longest flag in the bundled data: its card cannot fit at 1024 × 768.
    const page = await t.open('?event=2018-10-us-taliban-talks-begin', { width: 1024, height: 768 });
    const cue = page.locator('.reader-card__more--below');
    await cue.waitFor();
    expect(await cue.textContent()).toMatch(/More below: .*Who/);
    await cue.click();
    await page.waitForTimeout(200);
    const who = await page.evaluate(() => {
      const body = document.querySelector('.reader-card__body')!.getBoundingClientRect();
      const dt = [...document.querySelectorAll('.reader-card__body dt')]
        .find((d) => d.textContent === 'Who')!
        .getBoundingClientRect();
      return dt.top >= body.top && dt.bottom <= body.bottom;
    });
    expect(who).toBe(true);
    // What scrolled up is named too, and one click brings it back.
    const above = page.getByRole('button', { name: /^More above: Title/ });
    await above.waitFor();
    await t.shot('marks-card-1024x768-after-cue');
    await above.click();
    await page.waitForFunction(() => document.querySelector('.reader-card__body')!.scrollTop === 0);
    expect(await page.getByRole('button', { name: /^More above/ }).count()).toBe(0);
  });

  test('"Link copied" covers nothing but its own button, and the other events\' quotes are no longer tinted', async () => {
    await t.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await t.open(`?event=${FLAGGED[0]!.id}`, { width: 1280, height: 720 });
    await page.locator('.reader-card__title').waitFor();
    await page.getByRole('button', { name: 'Copy link' }).click();
    const status = page.locator('.copy-status', { hasText: 'Link copied' });
    await status.waitFor();
    const s = (await status.boundingBox())!;
    const all = (await page.getByRole('button', { name: 'All articles' }).boundingBox())!;
    const overlaps =
      s.x < all.x + all.width && all.x < s.x + s.width && s.y < all.y + all.height && all.y < s.y + s.height;
    expect(overlaps).toBe(false);
    const tints = await page
      .locator('.reader-mark--other')
      .evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).backgroundColor))]);
    expect(tints).toEqual(['rgba(0, 0, 0, 0)']);
  });

  test('what this adds passes an axe scan: the flags filter, the card with its flags and cue, the caption, the list glyphs', async () => {
    const page = await t.open('?event=2018-10-us-taliban-talks-begin', { width: 1024, height: 768 });
    await page.locator('.reader-card__more--below').waitFor();
    const scan = async () => {
      const r = await new AxeBuilder({ page })
        .include('.facet--flagged')
        .include('.reader-card')
        .include('.tl-selected')
        .include('.filters__window')
        .analyze();
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await scan()).toEqual([]);
    await page.getByRole('button', { name: 'List' }).click();
    await page
      .getByRole('img', { name: /^flagged: / })
      .first()
      .waitFor();
    const list = await new AxeBuilder({ page }).include('.event-table').analyze();
    expect(list.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );
  });
});
