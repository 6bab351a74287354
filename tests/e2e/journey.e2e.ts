import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eDescribe } from './harness';

// Across the panels, as a reader uses them: a mark on the timeline opens its evidence in the article,
// a quiet mark in the article selects its own event on the timeline, and Back walks it all back.

interface Ev {
  id: string;
  title: string;
  evidence: { articleId: string; text: string }[];
}
const dataset = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/afghan-peace-2018-2021/dataset.json'), 'utf8'),
) as {
  events: Ev[];
};
const byId = new Map(dataset.events.map((e) => [e.id, e]));

// A week around 4 May 2019, where one article reports many events a day or two apart.
const WEEK = '?from=2019-04-28&to=2019-05-06';

async function clickFirstMark(page: Page): Promise<Ev> {
  await page.waitForFunction(() => (window.__envoyTimeline?.drawnIds().length ?? 0) > 0);
  const ids = await page.evaluate(() => window.__envoyTimeline!.drawnIds());
  const ev = ids.map((id) => byId.get(id)).find((e): e is Ev => !!e && e.evidence.length > 0)!;
  const at = (await page.evaluate((id) => window.__envoyTimeline!.pointOf(id), ev.id))!;
  await page.mouse.click(at.x, at.y);
  return ev;
}

/** True when the element is inside both the window and the reader's visible area. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const region = document.querySelector('[aria-label="Source article"]');
    if (!el || !region) return false;
    const r = el.getBoundingClientRect();
    const box = region.getBoundingClientRect();
    return r.top >= box.top && r.bottom <= Math.min(box.bottom, window.innerHeight) && r.height > 0;
  }, selector);
}

e2eDescribe('a reader moving between the panels', (t) => {
  test('a mark on the timeline opens its quote, highlighted and in view; a quiet mark selects its event; Back returns', async () => {
    const page = await t.open(WEEK);
    const first = await clickFirstMark(page);
    const reader = page.getByRole('region', { name: 'Source article' });
    await reader.getByRole('heading', { name: first.title }).waitFor();
    const current = reader.locator('mark[data-current]').first();
    await current.waitFor();
    expect(first.evidence.map((q) => q.text).join('\n')).toContain((await current.textContent())!.trim());
    await page.waitForFunction(() => {
      const m = document.querySelector('mark[data-current]');
      return !!m && m.getBoundingClientRect().top >= 0;
    });
    expect(await inView(page, 'mark[data-current]')).toBe(true);
    await t.shot('journey-timeline-to-reader');

    // A quiet mark: another event's quote in the same article. Its name is the quoted text; what it does is its description.
    const quietMark = reader.locator('mark.reader-mark--other').first();
    const secondId = (await quietMark.getAttribute('data-event'))!;
    const secondTitle = byId.get(secondId)!.title;
    expect(secondId).not.toBe(first.id);
    const quiet = quietMark.getByRole('button');
    expect(await quiet.getAttribute('title')).toContain(`Select event: ${secondTitle}`);
    await quiet.click();
    await reader.getByRole('heading', { name: secondTitle }).waitFor();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect.poll(() => timeline.getByText('Selected:').textContent()).toContain(secondTitle);

    await page.goBack();
    await reader.getByRole('heading', { name: first.title }).waitFor();
    await expect.poll(() => timeline.getByText('Selected:').textContent()).toContain(first.title);
    expect(new URL(page.url()).searchParams.get('event')).toBe(first.id);
    expect(t.errors).toEqual([]);
  });

  test('on a phone, a selection on the timeline offers its source, one tap away', async () => {
    const page = await t.open(WEEK, { width: 375, height: 740 });
    const ev = await clickFirstMark(page);
    const read = page.getByRole('button', { name: 'Read the source' });
    await read.waitFor();
    await t.shot('journey-phone-selected');
    await read.click();
    expect(await page.getByRole('tab', { name: 'Article' }).getAttribute('aria-selected')).toBe('true');
    const reader = page.getByRole('region', { name: 'Source article' });
    await reader.getByRole('heading', { name: ev.title }).waitFor();
    expect(await page.getByRole('button', { name: 'Read the source' }).count()).toBe(0);
    await page.waitForFunction(() => {
      const m = document.querySelector('mark[data-current]');
      return !!m && m.getBoundingClientRect().top >= 0 && m.getBoundingClientRect().bottom <= window.innerHeight;
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await t.shot('journey-phone-reader');
  });

  test('on a phone, a link to an event opens on its article', async () => {
    const ev = dataset.events[Math.floor(dataset.events.length / 2)]!;
    const page = await t.open(`?event=${ev.id}`, { width: 375, height: 740 });
    await page.getByRole('region', { name: 'Source article' }).getByRole('heading', { name: ev.title }).waitFor();
    expect(await page.getByRole('tab', { name: 'Article' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('region', { name: 'Timeline' }).isVisible()).toBe(false);
  });
});
