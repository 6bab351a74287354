import { expect, test } from 'vitest';
import { e2eDescribe } from './harness';

e2eDescribe('event search', (t) => {
  test("the README's ?q=prisoner+release finds events, and each matched word is highlighted in the list", async () => {
    const page = await t.open('?q=prisoner+release&view=list');
    const grid = page.getByRole('grid', { name: 'Events' });
    await grid.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[role="grid"] mark').length > 0);
    const marked = await grid.locator('mark').allTextContents();
    expect(marked.some((m) => /^prisoners?$/i.test(m))).toBe(true);
    expect(marked.every((m) => /^(prisoners?|releas\w*)$/i.test(m))).toBe(true);
    expect(await page.locator('.filters__count').textContent()).toMatch(/^Showing [1-9]\d* of/);
    await t.shot('search-list-highlight');
    expect(t.errors).toEqual([]);
  });

  test('a number without its separator finds it and the reader marks it; a search that finds nothing says which word', async () => {
    const page = await t.open('?q=5000');
    const filters = page.getByRole('region', { name: 'Filters' });
    await page.locator('.filters__count', { hasText: /^Showing 1 of/ }).waitFor();
    await page.keyboard.press('j');
    await page.waitForFunction(
      () => [...document.querySelectorAll('#region-reader mark.reader-search')].some((m) => m.textContent === '5,000'),
      null,
      { timeout: 20_000 },
    );
    const box = filters.getByRole('searchbox', { name: 'Search events' });
    await box.fill('Khalilzad zzyzx');
    await filters.getByText('No event has a word starting with “zzyzx”; every word must match.').waitFor();
    await t.shot('search-no-match-reason');
    expect(t.errors).toEqual([]);
  });
});
