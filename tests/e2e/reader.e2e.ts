import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { e2eDescribe } from './harness';

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
    const text = readFileSync(resolve(ROOT, 'public/data/afghan-peace-2018-2021/articles', (article as RawArticle & { file: string }).file), 'utf8');
    // Events with a quote found verbatim in this article, the one quoted furthest down first (the hardest to bring into view).
    const quoted = ds.events
      .map((e) => ({ e, quote: e.evidence.find((q) => q.articleId === article.id && text.includes(q.text)) }))
      .filter((x): x is { e: RawEvent; quote: { articleId: string; text: string } } => x.quote !== undefined)
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

  async function openArticleFromGuide(page: Page) {
    const reader = page.getByRole('region', { name: 'Source article' });
    await reader.getByRole('button', { name: pick.article.title }).click();
    return reader;
  }

  test('from the article list, a quiet mark selects its event: the quote is highlighted and in view', async () => {
    const page = await t.open();
    const reader = await openArticleFromGuide(page);
    const quiet = reader.getByRole('button', { name: `Select event: ${pick.first.e.title}` }).first();
    await quiet.waitFor();
    await t.shot('reader-article-desktop');
    await quiet.click();
    await reader.getByRole('heading', { name: pick.first.e.title }).waitFor();
    await page.waitForFunction(() => document.querySelector('#region-reader mark[data-current]') !== null);
    const mark = await currentMark(page);
    expect(squash(mark.text)).toBe(squash(pick.first.quote.text));
    expect(mark.inView).toBe(true);
    await t.shot('reader-event-desktop');

    // And from there, the other event's quiet mark selects it in turn.
    await reader.getByRole('button', { name: `Select event: ${pick.second.e.title}` }).first().click();
    await reader.getByRole('heading', { name: pick.second.e.title }).waitFor();
    await page.waitForFunction((q) => {
      const text = [...document.querySelectorAll('#region-reader mark[data-current]')].map((m) => m.textContent).join('');
      return text.replace(/\s+/g, ' ').trim() === q;
    }, squash(pick.second.quote.text));
    expect((await currentMark(page)).inView).toBe(true);
    expect(t.errors).toEqual([]);
  });

  test('keyboard: j steps to the next event and focus lands on its card heading', async () => {
    const page = await t.open();
    await page.getByRole('region', { name: 'Source article' }).getByRole('button', { name: /Next event/ }).waitFor();
    await page.keyboard.press('j');
    const heading = page.locator('#region-reader h3.reader-card__title');
    await heading.waitFor();
    expect(await heading.evaluate((h) => h === document.activeElement)).toBe(true);
  });

  test.runIf(urlSyncWired)('a link with ?event= opens the reader on that event with the quote in view', async () => {
    const page = await t.open(`?event=${encodeURIComponent(pick.first.e.id)}`);
    await page.getByRole('region', { name: 'Source article' }).getByRole('heading', { name: pick.first.e.title }).waitFor();
    await page.waitForFunction(() => document.querySelector('#region-reader mark[data-current]') !== null);
    expect((await currentMark(page)).inView).toBe(true);
  });

  test('an axe scan of the reader with an event selected finds no serious or critical violations', async () => {
    const page = await t.open();
    const reader = await openArticleFromGuide(page);
    await reader.getByRole('button', { name: `Select event: ${pick.first.e.title}` }).first().click();
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
    await reader.getByRole('button', { name: `Select event: ${pick.first.e.title}` }).first().click();
    await page.waitForFunction(() => document.querySelector('#region-reader mark[data-current]') !== null);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect((await currentMark(page)).inView).toBe(true);
    await t.shot('reader-event-phone');
    await reader.getByRole('heading', { name: pick.first.e.title }).scrollIntoViewIfNeeded();
    await t.shot('reader-card-phone');
  });
});
