import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { e2eDescribe } from './harness';

// Opening data people bring, as they would: the file chooser, a ?data= link, a drop, a reload, Recent datasets.
const FIXTURES = resolve(import.meta.dirname, '../fixtures/open');
const ACLED = resolve(FIXTURES, 'acled-small.csv');
const BROKEN = resolve(FIXTURES, 'broken.csv');
const BUNDLED_TITLE = 'US–Taliban talks and the Afghan peace process, 2018–2021';

const header = (page: Page) => page.locator('header');
const filters = (page: Page) => page.getByRole('region', { name: 'Filters' });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Open dataset' });

async function openDialog(page: Page) {
  await page.getByRole('button', { name: /^Open dataset/ }).click();
  await dialog(page).waitFor();
}

async function chooseFile(page: Page, file: string) {
  await openDialog(page);
  await dialog(page).getByLabel('Choose a file').setInputFiles(file);
}

async function bundledReady(page: Page) {
  await page.getByRole('region', { name: 'Timeline' }).waitFor();
  await expect.poll(() => header(page).textContent()).toContain(BUNDLED_TITLE);
}

e2eDescribe('opening your own data', (t) => {
  test('a CSV opened through the file chooser shows its count and actors, says what it found, and its link names the kept file', async () => {
    const page = await t.open();
    await bundledReady(page);
    await openDialog(page);
    await t.shot('open-dialog');
    await dialog(page).getByLabel('Choose a file').setInputFiles(ACLED);
    const notice = page.getByRole('status').filter({ hasText: 'Opened acled-small.csv' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      'Opened acled-small.csv: an ACLED export, 3 events. Skipped 1 of 4 rows.',
    );
    expect(await dialog(page).isVisible()).toBe(false);
    await expect.poll(() => filters(page).textContent()).toContain('Showing 3 of 3 events');
    expect(
      await filters(page)
        .getByRole('checkbox', { name: /^Taliban/ })
        .count(),
    ).toBe(1);
    expect(await header(page).textContent()).toContain('acled-small.csv');
    expect(new URL(page.url()).searchParams.get('local')).toMatch(/^[0-9a-f]{16}$/);
    // The skipped row, named by row, column and reason.
    await notice.getByText('Which rows were skipped, and why').click();
    expect(await notice.textContent()).toContain("row 4, event_date: 'Marhc 2020' is not a date");
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download the list (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('acled-small-skipped-rows.csv');
    expect(readFileSync((await file.path())!, 'utf8')).toContain("4,event_date,'Marhc 2020' is not a date");
    const axe = await new AxeBuilder({ page }).include('.open-report').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );
    expect(t.errors).toEqual([]);
  });

  test('an ACLED event in the reader shows the coders’ summary as a summary, the cited source, and the other columns', async () => {
    const page = await t.open();
    await bundledReady(page);
    await chooseFile(page, ACLED);
    await page.getByRole('status').filter({ hasText: 'Opened acled-small.csv' }).waitFor();
    await page.getByRole('button', { name: 'List' }).click();
    await page.getByRole('row', { name: /Battles: Taliban/ }).click();
    const reader = page.getByRole('region', { name: 'Source article' });
    const notes = reader.getByRole('region', { name: 'From the source file' });
    await notes.waitFor();
    expect(await notes.textContent()).toContain('Summary by ACLED’s coders — not a quote from an article');
    expect(await notes.textContent()).toContain('Taliban militants attacked an army checkpoint in Qadis district');
    expect(await notes.textContent()).toContain('Cited source: Pajhwok Afghan News; Tolo News');
    // A summary is never marked as a quote.
    expect(await reader.locator('mark').count()).toBe(0);
    expect(await reader.textContent()).toContain('This event’s source is not held in Envoy.');
    await reader.getByText('More from the source').click();
    const more = reader.locator('.more-from-source');
    expect(await more.textContent()).toMatch(/fatalities\s*3/);
    expect(await more.textContent()).toContain('Qadis');
    await t.shot('open-acled-event');
    const axe = await new AxeBuilder({ page }).include('[data-region="reader"]').analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  test('a reload reopens the file from this browser, and Copy link says the file is only yours', async () => {
    const page = await t.open();
    await t.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await bundledReady(page);
    await chooseFile(page, ACLED);
    await page.getByRole('status').filter({ hasText: 'Opened acled-small.csv' }).waitFor();
    const link = page.url();
    await page.reload();
    await expect.poll(() => filters(page).textContent(), { timeout: 15_000 }).toContain('Showing 3 of 3 events');
    expect(page.url()).toBe(link);
    expect(await header(page).textContent()).toContain('acled-small.csv');
    expect(
      await filters(page)
        .getByRole('checkbox', { name: /^Taliban/ })
        .count(),
    ).toBe(1);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const said = page.getByRole('status').filter({ hasText: 'Link copied' });
    await said.waitFor();
    expect(await said.textContent()).toContain(
      'This view uses a file that only you have; share the file with the link',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('local=');
    // Still listed under Recent datasets, with its size and format, until removed.
    await openDialog(page);
    const recent = dialog(page).getByRole('listitem').filter({ hasText: 'acled-small.csv' });
    expect(await recent.textContent()).toMatch(/1\.9 KB · an ACLED export · 3 events/);
    await recent.getByRole('button', { name: 'Remove acled-small.csv' }).click();
    await expect.poll(() => dialog(page).textContent()).toContain('None yet');
  });

  test('a CSV Envoy does not know asks which column is which, and the next file with the same header opens straight away', async () => {
    const page = await t.open();
    await bundledReady(page);
    await chooseFile(page, resolve(FIXTURES, 'unknown.csv'));
    const form = dialog(page).getByRole('form', { name: 'Which column is which?' });
    await form.waitFor();
    const sample = form.getByRole('table');
    expect(await sample.getByRole('columnheader').allTextContents()).toEqual(['when', 'what', 'who', 'notes']);
    expect(await sample.textContent()).toContain('Talks resume in Doha');
    await form.getByRole('combobox', { name: /^Date/ }).selectOption('when');
    await form.getByRole('combobox', { name: /^Title/ }).selectOption('what');
    await form.getByRole('combobox', { name: /^Actors/ }).selectOption('who');
    await form.getByRole('combobox', { name: /^Description/ }).selectOption('notes');
    await t.shot('open-mapping-step');
    const axe = await new AxeBuilder({ page }).include('.open-dialog').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );
    await form.getByRole('button', { name: 'Open with these columns' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Opened unknown.csv: a spreadsheet of events, 3 events' })
      .waitFor();
    await expect.poll(() => filters(page).textContent()).toContain('Showing 3 of 3 events');
    expect(
      await filters(page)
        .getByRole('checkbox', { name: /^Government of Afghanistan/ })
        .count(),
    ).toBe(1);
    await chooseFile(page, resolve(FIXTURES, 'unknown-again.csv'));
    await page
      .getByRole('status')
      .filter({ hasText: 'Opened unknown-again.csv: a spreadsheet of events, 2 events' })
      .waitFor();
    expect(await dialog(page).isVisible()).toBe(false);
  });

  test('a dataset folder (dataset.json and articles/) opens with its articles, and a reload reopens it from this browser', async () => {
    const page = await t.open();
    await bundledReady(page);
    await openDialog(page);
    await dialog(page)
      .getByLabel('Choose a folder')
      .setInputFiles(resolve(import.meta.dirname, '../../public/data/afghan-peace-2018-2021'));
    const notice = page.getByRole('status').filter({ hasText: 'Opened afghan-peace-2018-2021' });
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toContain('an Envoy dataset');
    expect(new URL(page.url()).searchParams.has('local')).toBe(true);
    const reader = page.getByRole('region', { name: 'Source article' });
    await reader.getByRole('button', { name: /Khalilzad Embarks On Afghan Peace Mission/ }).click();
    await expect
      .poll(() => reader.locator('.reader-article').textContent(), { timeout: 10_000 })
      .toContain('The US Special Envoy for Afghanistan');
    // The link holds the article; after a reload its text comes from the kept folder again.
    expect(new URL(page.url()).searchParams.get('article')).toBeTruthy();
    await page.reload();
    await expect
      .poll(() => reader.locator('.reader-article').textContent(), { timeout: 15_000 })
      .toContain('The US Special Envoy for Afghanistan');
    expect(await reader.getByRole('alert').count()).toBe(0);
  });

  test('a file that cannot be used says why in words, and the dataset that was open stays open', async () => {
    const page = await t.open();
    await bundledReady(page);
    await chooseFile(page, BROKEN);
    const alert = dialog(page).getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/broken\.csv could not be opened\. .*not a text file/);
    expect(await alert.textContent()).toContain('The dataset that was open is still open.');
    await t.shot('open-broken-file');
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    expect(await header(page).textContent()).toContain(BUNDLED_TITLE);
    expect(await filters(page).textContent()).toContain('64 of 64 in all dates');
    expect(new URL(page.url()).searchParams.has('local')).toBe(false);
  });

  test('?data= opens a dataset from a served folder, relative to the page, with its articles beside it', async () => {
    const page = await t.open('?data=data/afghan-peace-2018-2021/dataset.json');
    const notice = page.getByRole('status').filter({ hasText: 'Opened dataset.json' });
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toContain('Opened dataset.json: an Envoy dataset, 64 events');
    expect(new URL(page.url()).searchParams.get('data')).toBe('data/afghan-peace-2018-2021/dataset.json');
    // An article comes from the dataset's own folder.
    const reader = page.getByRole('region', { name: 'Source article' });
    await reader.getByRole('button', { name: /Khalilzad Embarks On Afghan Peace Mission/ }).click();
    await expect
      .poll(() => reader.locator('.reader-article').textContent(), { timeout: 10_000 })
      .toContain('Khalilzad');
    expect(await reader.getByRole('alert').count()).toBe(0);
    // Selecting keeps the data key in the link, so the view can be shared.
    await page.getByRole('button', { name: 'List' }).click();
    expect(new URL(page.url()).searchParams.get('data')).toBe('data/afghan-peace-2018-2021/dataset.json');
    expect(new URL(page.url()).searchParams.get('view')).toBe('list');
  });

  test('a sample opens by its URL, so its link works for anyone', async () => {
    const page = await t.open();
    await bundledReady(page);
    await openDialog(page);
    await dialog(page).getByRole('button', { name: 'A UCDP GED export' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Opened ucdp-ged-sample\.csv: a UCDP GED export, \d+ events/ })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('data')).toBe('samples/ucdp-ged-sample.csv');
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Opened ucdp-ged-sample.csv' }).waitFor({ timeout: 15_000 });
  });

  test('a ?data= link that cannot be fetched says so, and offers Envoy’s own dataset', async () => {
    const page = await t.open('?data=nowhere/dataset.json');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toContain('The dataset could not be opened');
    await alert.getByRole('button', { name: 'Open Envoy’s own dataset' }).click();
    await bundledReady(page);
    expect(new URL(page.url()).searchParams.has('data')).toBe(false);
  });

  test('a file dropped anywhere on the page opens, with an overlay while it is dragged; Back returns to the dataset before', async () => {
    const page = await t.open('?actors=taliban');
    await bundledReady(page);
    const csv = readFileSync(ACLED, 'utf8');
    const data = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped-acled.csv', { type: 'text/csv' }));
      return dt;
    }, csv);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: data });
    await page.getByText('Drop to open in Envoy').waitFor();
    await t.shot('open-drop-overlay');
    await page.dispatchEvent('main', 'drop', { dataTransfer: data });
    await page.getByRole('status').filter({ hasText: 'Opened dropped-acled.csv: an ACLED export, 3 events' }).waitFor();
    expect(await page.getByText('Drop to open in Envoy').count()).toBe(0);
    // Filters and selection start afresh for a new dataset.
    await expect.poll(() => filters(page).textContent()).toContain('Showing 3 of 3 events');
    expect(new URL(page.url()).searchParams.has('actors')).toBe(false);
    await page.goBack();
    await bundledReady(page);
    expect(new URL(page.url()).searchParams.get('actors')).toBe('taliban');
    await expect
      .poll(() =>
        filters(page)
          .getByRole('checkbox', { name: /^Taliban/ })
          .first()
          .isChecked(),
      )
      .toBe(true);
  });

  test('on a phone, the notice and the Copy link words fit the screen', async () => {
    const page = await t.open('', { width: 390, height: 844 });
    await t.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('tab', { name: 'Timeline' }).waitFor();
    await chooseFile(page, ACLED);
    await page.getByRole('status').filter({ hasText: 'Opened acled-small.csv' }).waitFor();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'only you have' }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const toast = await page.locator('.copy-status').boundingBox();
    expect(toast!.x).toBeGreaterThanOrEqual(0);
    expect(toast!.x + toast!.width).toBeLessThanOrEqual(390);
    await t.shot('open-phone-copied');
  });

  test('the dialog passes an axe scan, works from the keyboard, and fits a phone', async () => {
    const page = await t.open('', { width: 390, height: 844 });
    await page.getByRole('button', { name: /^Open dataset/ }).click();
    await dialog(page).waitFor();
    const axe = await new AxeBuilder({ page }).include('.open-dialog').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );
    const overflow = await page.evaluate(() => {
      const d = document.querySelector('.open-dialog')!;
      return d.scrollWidth - d.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await t.shot('open-dialog-phone');
    await page.keyboard.press('Escape');
    expect(await dialog(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Open dataset…');
  });
});
