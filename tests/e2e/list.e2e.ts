import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { e2eDescribe } from './harness';

async function openList(page: Page) {
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Events' });
  await grid.getByRole('row').nth(1).waitFor();
  return grid;
}

const rowIndex = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex') ?? null);

e2eDescribe('the list view in a real browser', (t) => {
  test('100,000 events: few rows in the DOM, the keyboard walks the rows and Enter selects for the reader', async () => {
    const page = await t.open('?synthetic=100000');
    const grid = await openList(page);
    expect(await grid.getAttribute('aria-rowcount')).toBe('100001');
    expect(await grid.getByRole('row').count()).toBeLessThan(60);
    // Tab from the last column header lands on the first row: the grid's one tab stop.
    await grid.getByRole('button', { name: 'Sources' }).focus();
    await page.keyboard.press('Tab');
    expect(await rowIndex(page)).toBe('2');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await rowIndex(page)).toBe('4');
    await page.keyboard.press('Enter');
    const focused = page.locator('[role="row"][aria-rowindex="4"]');
    expect(await focused.getAttribute('aria-selected')).toBe('true');
    const title = (await focused.getByRole('gridcell').nth(1).innerText()).replace(/^planned\s*/, '');
    await expect.poll(() => page.getByRole('region', { name: 'Source article' }).innerText()).toContain(title);
    // A selection made elsewhere (the reader's Next) moves the list's marked row.
    await page.getByRole('region', { name: 'Source article' }).getByRole('button', { name: 'Next event' }).click();
    await expect.poll(() => grid.locator('[aria-rowindex="5"]').getAttribute('aria-selected')).toBe('true');
    expect(await focused.getAttribute('aria-selected')).toBe('false');
    // The grid's tab stop moves with the selection.
    expect(await grid.locator('[aria-rowindex="5"]').getAttribute('tabindex')).toBe('0');
    await grid.locator('[aria-rowindex="5"]').focus();
    await page.keyboard.press('End');
    expect(await rowIndex(page)).toBe('100001');
    await expect.poll(() => grid.locator('[aria-rowindex="100001"]').isVisible()).toBe(true);
    await t.shot('list-100k-end');
    expect(t.errors).toEqual([]);
  });

  test('sorting by sources puts the most-reported events first and scrolling keeps the DOM small', async () => {
    const page = await t.open('?synthetic=20000');
    const grid = await openList(page);
    await grid.getByRole('button', { name: 'Sources' }).click();
    await expect
      .poll(() => grid.getByRole('columnheader', { name: /Sources/ }).getAttribute('aria-sort'))
      .toBe('descending');
    expect(await grid.locator('[aria-rowindex="2"] [role="gridcell"]').last().getAttribute('aria-label')).toBe(
      '3 sources',
    );
    const box = (await grid.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let k = 0; k < 10; k++) await page.mouse.wheel(0, 2000);
    await expect.poll(() => grid.locator('[aria-rowindex="2"]').count()).toBe(0);
    expect(await grid.getByRole('row').count()).toBeLessThan(60);
    expect(t.errors).toEqual([]);
  });

  test('search marks matches in titles, and the list has no axe violations; at phone width rows stack', async () => {
    const page = await t.open('?synthetic=5000');
    const grid = await openList(page);
    await page.getByRole('region', { name: 'Filters' }).getByRole('searchbox', { name: 'Search events' }).fill('truce');
    await expect.poll(() => grid.locator('mark').first().innerText(), { timeout: 10_000 }).toMatch(/^truce$/i);
    const axe = await new AxeBuilder({ page }).include('[role="grid"]').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    await expect
      .poll(() =>
        page.evaluate(() => document.querySelector('.event-table')?.classList.contains('event-table--narrow')),
      )
      .toBe(true);
    const scrollable = await grid.evaluate((el) => el.parentElement!.scrollWidth > el.parentElement!.clientWidth + 1);
    expect(scrollable).toBe(false);
    await t.shot('list-phone');
    expect(t.errors).toEqual([]);
  });
});
