import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { e2eDescribe } from './harness';
import { draftDataset } from '../../src/authoring/draft';
import type { DatasetT } from '../../src/data/schema';

// A draft of the bundled seed articles (the same files, so the reader finds them), served in place of the bundled
// dataset.json: how a draft folder looks once opened in Envoy.
const ROOT = resolve(import.meta.dirname, '../..');
const folder = resolve(ROOT, 'public/data/afghan-peace-2018-2021');
const bundled = JSON.parse(readFileSync(resolve(folder, 'dataset.json'), 'utf8')) as DatasetT;
const draft = draftDataset(
  bundled.articles.map((a) => ({ file: a.file, text: readFileSync(resolve(folder, 'articles', a.file), 'utf8') })),
  {
    today: '2026-01-01',
    actors: bundled.actors,
    themes: bundled.themes,
    id: 'seed-draft',
    title: 'Draft of the seed articles',
  },
).dataset;
const target = draft.events.find((e) => e.evidence[0]!.text.includes('arrived in Kabul on Wednesday'))!;

async function serveDraft(page: Page) {
  await page.route('**/data/afghan-peace-2018-2021/dataset.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(draft) }),
  );
  // The draft's article files are the seeds, byte for byte: served from the bundled copies.
  await page.route('**/data/seed-draft/articles/*', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/plain; charset=utf-8',
      path: resolve(folder, 'articles', decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop()!)),
    }),
  );
}

e2eDescribe('reviewing a drafted dataset in the app', (t) => {
  test('candidates carry a badge, can be filtered by status, and are accepted, rejected or edited on the card; Download dataset saves the review', async () => {
    await serveDraft(t.page);
    const page = await t.open(`?event=${target.id}`, { width: 1440, height: 900 });
    const reader = page.getByRole('region', { name: 'Source article' });
    await reader.getByRole('heading', { name: target.title }).waitFor();
    const bar = reader.getByRole('region', { name: 'Review this candidate' });
    await expect(reader.getByText('Candidate', { exact: true }).isVisible()).resolves.toBe(true);

    const filters = page.getByRole('region', { name: 'Filters' });
    const status = filters.getByRole('group', { name: 'Review status' });
    await status.getByRole('radio', { name: /^Candidates only \(\d+\)$/ }).check();
    expect(page.url()).toContain('status=candidate');
    await t.shot('review-card-desktop');

    await bar.getByRole('button', { name: 'Edit' }).click();
    const form = bar.getByRole('form', { name: 'Edit this candidate' });
    await form.getByRole('textbox', { name: 'Title' }).fill('Khalilzad arrives in Kabul');
    await form.getByRole('checkbox', { name: 'Zalmay Khalilzad' }).check();
    await t.shot('review-edit-desktop');
    await form.getByRole('button', { name: 'Save edit' }).click();
    await bar.getByText('You edited and accepted it.').waitFor();

    // Kept in this browser: a reload still knows.
    await page.reload();
    await page
      .getByRole('region', { name: 'Review this candidate' })
      .getByText('You edited and accepted it.')
      .waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download dataset' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('dataset.json');
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as DatasetT;
    const e = saved.events.find((x) => x.id === target.id)!;
    expect(e.title).toBe('Khalilzad arrives in Kabul');
    expect(e.status).toBeUndefined();
    expect(e.actors.map((a) => a.actorId)).toContain('khalilzad');
    expect(saved.events.filter((x) => x.status === 'candidate')).toHaveLength(draft.events.length - 1);

    // The list shows the badge too.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const grid = page.getByRole('grid');
    await grid.getByRole('row').nth(1).waitFor();
    expect(await grid.getByText('Candidate', { exact: true }).count()).toBeGreaterThan(3);
    await t.shot('review-list-desktop');
    expect(t.errors).toEqual([]);
  });

  test('an axe scan of the card with the review bar and its edit form finds no serious or critical problems', async () => {
    await serveDraft(t.page);
    const page = await t.open(`?event=${target.id}`, { width: 1280, height: 720 });
    const bar = page.getByRole('region', { name: 'Review this candidate' });
    await bar.waitFor();
    await bar.getByRole('button', { name: 'Edit' }).click();
    const results = await new AxeBuilder({ page })
      .include('[data-region="reader"]')
      .include('[data-region="filters"]')
      .analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(bad).toEqual([]);
  });

  test('on a phone the review bar fits the reader tab and works by keyboard', async () => {
    await serveDraft(t.page);
    const page = await t.open(`?event=${target.id}`, { width: 390, height: 844 });
    await page.getByRole('tab', { name: /Reader|Article/ }).click();
    const bar = page.getByRole('region', { name: 'Review this candidate' });
    await bar.waitFor();
    const box = (await bar.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await bar.getByRole('button', { name: 'Reject' }).focus();
    await page.keyboard.press('Enter');
    await bar.getByText('You rejected it: the downloaded dataset leaves it out.').waitFor();
    await bar.scrollIntoViewIfNeeded();
    await t.shot('review-phone');
  });
});
