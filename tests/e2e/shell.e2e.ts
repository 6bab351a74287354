import { expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { e2eDescribe } from './harness';

e2eDescribe('the app shell in a real browser', (t) => {
  test('loads under a sub-path with no console errors and shows the three named regions', async () => {
    const page = await t.open();
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    for (const name of ['Filters', 'Timeline', 'Source article']) {
      expect(await page.getByRole('region', { name }).isVisible()).toBe(true);
    }
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Envoy');
    await t.shot('shell-desktop');
    expect(t.errors).toEqual([]);
  });

  test('an axe scan finds no serious or critical violations', async () => {
    const page = await t.open();
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(bad).toEqual([]);
  });

  test('at 375 px wide nothing overflows sideways and the panels become tabs', async () => {
    const page = await t.open('', { width: 375, height: 740 });
    await page.getByRole('tab', { name: 'Timeline' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('tab', { name: 'Article' }).click();
    expect(await page.getByRole('region', { name: 'Source article' }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Timeline' }).isVisible()).toBe(false);
    const overflowAfter = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflowAfter).toBeLessThanOrEqual(0);
    await t.shot('shell-phone');
  });

  test('the first Tab offers to skip the filters; the skip lands in the timeline', async () => {
    const page = await t.open();
    await page.getByRole('application').waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the timeline' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await t.shot('shell-skip-link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.closest('[aria-label="Timeline"]') !== null);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('application');
  });

  test('at 1100 × 800 the page itself never scrolls: each panel scrolls inside', async () => {
    const page = await t.open('', { width: 1100, height: 800 });
    await page.getByRole('application').waitFor();
    const overflow = await page.evaluate(() => ({
      y: document.documentElement.scrollHeight - window.innerHeight,
      x: document.documentElement.scrollWidth - window.innerWidth,
    }));
    expect(overflow).toEqual({ y: 0, x: 0 });
  });
});
