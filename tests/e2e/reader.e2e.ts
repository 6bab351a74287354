import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { e2eDescribe } from './harness';
import { DATASET, FILES, QUOTES } from '../reader/fixtureData';

const ROOT = resolve(import.meta.dirname, '../..');

interface RawArticle {
  id: string;
  title: string;
}
interface RawEvent {
  id: string;
  title: string;
  evidence: { articleId: string; text: string }[];
}

/** Picks, from the bundled dataset as it is now, an article quoted by two events and those two events (last-quoted first). */
function pickFromDataset() {
  const ds = JSON.parse(readFileSync(resolve(ROOT, 'public/data/afghan-peace-2018-2021/dataset.json'), 'utf8')) as {
    articles: RawArticle[];
    events: RawEvent[];
  };
  for (const article of ds.articles) {
    const text = readFileSync(
      resolve(ROOT, 'public/data/afghan-peace-2018-2021/articles', (article as RawArticle & { file: string }).file),
      'utf8',
    );
    // Events with a quote found verbatim in this article, the one quoted furthest down first (the hardest to bring into view).
    const quoted = ds.events
      .map((e) => ({ e, quote: e.evidence.find((q) => q.articleId === article.id && text.includes(q.text)) }))
      .filter((x): x is { e: RawEvent; quote: { articleId: string; text: string } } => x.quote !== undefined)
      // One quote in this article each, so the strong marks read as exactly that quote.
      .filter((x) => x.e.evidence.filter((q) => q.articleId === article.id).length === 1)
      .sort((a, b) => text.indexOf(b.quote.text) - text.indexOf(a.quote.text));
    const titles = new Set(quoted.map((x) => x.e.title));
    if (quoted.length >= 2 && titles.size === quoted.length) return { article, first: quoted[0]!, second: quoted[1]! };
  }
  throw new Error('the bundled dataset has no article quoted by two events');
}

const urlSyncWired = readFileSync(resolve(ROOT, 'src/app/App.tsx'), 'utf8').includes('useUrlSync');

/** The strong marks' text, and whether the first one is inside both the reader's scroll box and the window. */
async function currentMark(page: Page) {
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll('#region-reader mark[data-current]')];
    const first = marks[0];
    if (!first) return { text: '', inView: false };
    const r = first.getBoundingClientRect();
    const box = document.querySelector('#region-reader .reader')!.getBoundingClientRect();
    const inView = r.top >= box.top && r.bottom <= box.bottom && r.bottom <= window.innerHeight && r.height > 0;
    return { text: marks.map((m) => m.textContent).join(''), inView };
  });
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

e2eDescribe('the source-article reader in a real browser', (t) => {
  const pick = pickFromDataset();

  /** The quiet marks that select an event: named by their quoted words, described ("Select event: …") by their title. */
  function quietMark(scope: Locator, title: string) {
    const label = JSON.stringify(`Select event: ${title}`);
    const more = JSON.stringify(`Select event: ${title} (`);
    return scope.locator(`[role="button"][title=${label}], [role="button"][title^=${more}]`);
  }

  async function openArticleFromGuide(page: Page) {
    const reader = page.getByRole('region', { name: 'Source article' });
    await reader.getByRole('button', { name: pick.article.title }).click();
    return reader;
  }

  test('from the article list, a quiet mark selects its event: the quote is highlighted and in view', async () => {
    const page = await t.open();
    const reader = await openArticleFromGuide(page);
    const quiet = quietMark(reader, pick.first.e.title).first();
    await quiet.waitFor();
    // A screen reader reads the article's own words here, not the action.
    const heard = await quiet.ariaSnapshot();
    expect(heard).not.toContain('Select event');
    expect(squash(pick.first.quote.text)).toContain(squash((await quiet.textContent())!));
    await t.shot('reader-article-desktop');
    await quiet.click();
    await reader.getByRole('heading', { name: pick.first.e.title }).waitFor();
    await page.waitForFunction(() => document.querySelector('#region-reader mark[data-current]') !== null);
    const mark = await currentMark(page);
    expect(squash(mark.text)).toBe(squash(pick.first.quote.text));
    expect(mark.inView).toBe(true);
    await t.shot('reader-event-desktop');

    // And from there, the other event's quiet mark selects it in turn.
    await quietMark(reader, pick.second.e.title).first().click();
    await reader.getByRole('heading', { name: pick.second.e.title }).waitFor();
    await page.waitForFunction((q) => {
      const text = [...document.querySelectorAll('#region-reader mark[data-current]')]
        .map((m) => m.textContent)
        .join('');
      return text.replace(/\s+/g, ' ').trim() === q;
    }, squash(pick.second.quote.text));
    expect((await currentMark(page)).inView).toBe(true);
    expect(t.errors).toEqual([]);
  });

  test.runIf(urlSyncWired)('a link with ?event= opens the reader on that event with the quote in view', async () => {
    const page = await t.open(`?event=${encodeURIComponent(pick.first.e.id)}`);
    await page
      .getByRole('region', { name: 'Source article' })
      .getByRole('heading', { name: pick.first.e.title })
      .waitFor();
    await page.waitForFunction(() => document.querySelector('#region-reader mark[data-current]') !== null);
    expect((await currentMark(page)).inView).toBe(true);
  });

  test.runIf(urlSyncWired)(
    'on a phone, a linked event opened on another tab is in view once the Article tab is chosen',
    async () => {
      const page = await t.open(`?event=${encodeURIComponent(pick.first.e.id)}`, { width: 375, height: 740 });
      await page.getByRole('tab', { name: 'Timeline' }).waitFor();
      if ((await page.getByRole('tab', { name: 'Article' }).getAttribute('aria-selected')) !== 'true') {
        await page.waitForTimeout(300); // the article text loads while the reader is hidden
        await page.getByRole('tab', { name: 'Article' }).click();
      }
      await page.waitForFunction(() => document.querySelector('#region-reader mark[data-current]') !== null);
      await page.waitForFunction(() => {
        const m = document.querySelector('#region-reader mark[data-current]')!.getBoundingClientRect();
        return m.top >= 0 && m.bottom <= window.innerHeight;
      });
      expect((await currentMark(page)).inView).toBe(true);
    },
  );

  test('an axe scan of the reader with an event selected finds no serious or critical violations', async () => {
    const page = await t.open();
    const reader = await openArticleFromGuide(page);
    await quietMark(reader, pick.first.e.title).first().click();
    await page.waitForFunction(() => document.querySelector('#region-reader mark[data-current]') !== null);
    const results = await new AxeBuilder({ page }).include('#region-reader').analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(bad).toEqual([]);
  });

  test('at 375 px the reader fits the Article tab and the quote is in view', async () => {
    const page = await t.open('', { width: 375, height: 740 });
    await page.getByRole('tab', { name: 'Article' }).click();
    await t.shot('reader-guide-phone');
    const reader = await openArticleFromGuide(page);
    await quietMark(reader, pick.first.e.title).first().click();
    await page.waitForFunction(() => document.querySelector('#region-reader mark[data-current]') !== null);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect((await currentMark(page)).inView).toBe(true);
    await t.shot('reader-event-phone');
    await reader.getByRole('heading', { name: pick.first.e.title }).scrollIntoViewIfNeeded();
    await t.shot('reader-card-phone');
  });

  /** Serves the reader's test dataset in place of the bundled one, so the hard cases run in a real browser too. */
  async function openFixture(path = '') {
    await t.page.route('**/data/afghan-peace-2018-2021/dataset.json', (r) =>
      r.fulfill({ contentType: 'application/json', body: JSON.stringify(DATASET) }),
    );
    await t.page.route(`**/data/${DATASET.id}/articles/*`, (r) => {
      const body = FILES[decodeURIComponent(new URL(r.request().url()).pathname.split('/').pop()!)];
      return body === undefined
        ? r.fulfill({ status: 404, body: 'not found' })
        : r.fulfill({ contentType: 'text/plain; charset=utf-8', body });
    });
    return t.open(path);
  }

  test('overlapping, nested and paragraph-crossing quotes, and markup shown as text, in a real browser', async () => {
    const page = await openFixture();
    const reader = page.getByRole('region', { name: 'Source article' });
    await reader.getByRole('button', { name: /US ready for all sides/ }).click();
    await quietMark(reader, 'Khalilzad: all sides must lay down arms').first().click();
    await page.waitForFunction(() => document.querySelector('#region-reader mark[data-current]') !== null);
    expect((await currentMark(page)).text).toBe(QUOTES.e1);
    await t.shot('reader-fixture-overlaps');
    await quietMark(reader, 'Talks will go on').first().click();
    await reader.getByRole('heading', { name: 'Talks will go on' }).waitFor();
    const crossing = await page.evaluate(() => {
      const marks = [...document.querySelectorAll('#region-reader mark[data-current]')];
      return {
        text: marks.map((m) => m.textContent).join(''),
        paragraphs: new Set(marks.map((m) => m.closest('p'))).size,
      };
    });
    expect(crossing).toEqual({ text: QUOTES.e3.replace('\n\n', ''), paragraphs: 2 });

    await reader.getByRole('button', { name: 'All articles' }).click();
    await reader.getByRole('button', { name: /An article with markup/ }).click();
    await reader.getByText(/The page contained/).waitFor();
    expect(await reader.getByText(/The page contained/).textContent()).toContain(
      '<script>alert("x")</script> and <b>bold</b>',
    );
    expect(await page.locator('#region-reader script, #region-reader b').count()).toBe(0);
    expect(t.errors).toEqual([]);
  });

  test('a missing article file shows a readable error while the other panels keep working', async () => {
    const page = await openFixture();
    const reader = page.getByRole('region', { name: 'Source article' });
    await reader.getByRole('button', { name: /whose file is missing/ }).click();
    const alert = reader.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toContain('The article file gone.txt could not be loaded');
    await t.shot('reader-fixture-missing');
    expect(await page.getByRole('region', { name: 'Timeline' }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Filters' }).isVisible()).toBe(true);
  });

  test('generated data: stepping selects an event, and the card says there is no article text', async () => {
    const page = await t.open('?synthetic=5000');
    const reader = page.getByRole('region', { name: 'Source article' });
    await reader.getByRole('button', { name: 'Next event' }).click();
    await reader.getByText('The article text is not available for generated data.').waitFor();
    expect(await reader.locator('h3.reader-card__title').textContent()).not.toBe('');
    await t.shot('reader-synthetic');
    expect(t.errors).toEqual([]);
  });

  test.runIf(urlSyncWired)(
    'the source article chosen under "Reported by" is kept in the link and reopens after a reload',
    async () => {
      const ds = JSON.parse(readFileSync(resolve(ROOT, 'public/data/afghan-peace-2018-2021/dataset.json'), 'utf8')) as {
        articles: RawArticle[];
        events: RawEvent[];
      };
      const twice = ds.events.find((e) => new Set(e.evidence.map((q) => q.articleId)).size > 1)!;
      const page = await t.open(`?event=${twice.id}`);
      const sources = page.getByRole('group', { name: 'Articles reporting this event' });
      await sources.waitFor();
      // The card's actor chips are named as they read ("Taliban, target"), with no stray space before the comma.
      const card = await page.getByRole('region', { name: 'Source article' }).ariaSnapshot();
      expect(card).toMatch(/button "[^"]+, (actor|target|speaker|participant|subject|mentioned)"/);
      expect(card).not.toContain(' , ');
      const second = sources.getByRole('button').nth(1);
      const title = (await second.getAttribute('title'))!;
      await second.click();
      await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(twice.id);
      const articleId = ds.articles.find((a) => a.title === title)!.id;
      await expect.poll(() => new URL(page.url()).searchParams.get('article')).toBe(articleId);
      await page.reload();
      const reader = page.getByRole('region', { name: 'Source article' });
      await reader.getByRole('article', { name: `Article: ${title}` }).waitFor();
      expect(
        await page
          .getByRole('group', { name: 'Articles reporting this event' })
          .getByRole('button', { name: new RegExp(`^2\\. `) })
          .getAttribute('aria-pressed'),
      ).toBe('true');
      expect(t.errors).toEqual([]);
    },
  );
  test.runIf(urlSyncWired)("on a touch phone the reader's controls are big enough for a finger", async () => {
    const ds = JSON.parse(readFileSync(resolve(ROOT, 'public/data/afghan-peace-2018-2021/dataset.json'), 'utf8')) as {
      events: RawEvent[];
    };
    const twice = ds.events.find((e) => new Set(e.evidence.map((q) => q.articleId)).size > 1)!;
    const url = (await t.open('')).url();
    const context = await t.context
      .browser()!
      .newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      await page.goto(new URL(`?event=${twice.id}`, url).toString());
      await page.getByRole('tab', { name: 'Article' }).tap();
      const reader = page.getByRole('region', { name: 'Source article' });
      await reader.getByRole('button', { name: 'Show original text' }).waitFor();
      const heights = await reader.evaluate((root) =>
        [
          ...root.querySelectorAll<HTMLElement>(
            '.reader-toolbar button, .reader-chip, .reader-sources__list button, .reader-article__tools button',
          ),
        ].map((b) => [b.textContent!.trim().slice(0, 20), Math.round(b.getBoundingClientRect().height)] as const),
      );
      expect(heights.length).toBeGreaterThan(5);
      for (const [name, h] of heights) expect(h, name).toBeGreaterThanOrEqual(32);
      await page.screenshot({ path: resolve(ROOT, 'test-results/screenshots/reader-touch-phone.png') });
    } finally {
      await context.close();
    }
  });
  test('bringing the quote into view scrolls only the reader, never the page (the header stays put)', async () => {
    const page = await t.open('', { width: 1100, height: 800 });
    // However the page comes to overflow (a stray element, a zoomed browser), the reader must not scroll it.
    await page.evaluate(() => {
      const tall = document.createElement('div');
      tall.style.height = '400px';
      document.body.append(tall);
    });
    const reader = await openArticleFromGuide(page);
    await quietMark(reader, pick.first.e.title).first().click();
    await reader.getByRole('heading', { name: pick.first.e.title }).waitFor();
    await page.waitForFunction(() => document.querySelector('#region-reader mark[data-current]') !== null);
    expect((await currentMark(page)).inView).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect((await page.getByRole('banner').boundingBox())!.y).toBe(0);
  });
  test.runIf(urlSyncWired)(
    'on a phone, the event stays named above the quote, and one tap goes back to its card',
    async () => {
      const page = await t.open(`?event=${encodeURIComponent(pick.first.e.id)}`, { width: 375, height: 740 });
      await page.getByRole('tab', { name: 'Timeline' }).waitFor();
      if ((await page.getByRole('tab', { name: 'Article' }).getAttribute('aria-selected')) !== 'true') {
        await page.getByRole('tab', { name: 'Article' }).click();
      }
      const reader = page.getByRole('region', { name: 'Source article' });
      await page.waitForFunction(() => document.querySelector('#region-reader mark[data-current]') !== null);
      await expect.poll(async () => (await currentMark(page)).inView).toBe(true);
      const strip = reader.getByRole('button', { name: `Back to the event card: ${pick.first.e.title}` });
      expect(await strip.isVisible()).toBe(true);
      await t.shot('reader-strip-phone');
      await strip.click();
      const heading = reader.getByRole('heading', { name: pick.first.e.title });
      await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
      const box = (await heading.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(740);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // On a wide screen the card never scrolls away, so there is no strip.
      await page.setViewportSize({ width: 1400, height: 900 });
      expect(await strip.isVisible()).toBe(false);
    },
  );
});
