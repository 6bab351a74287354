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
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('tab', { name: 'Article' }).click();
    expect(await page.getByRole('region', { name: 'Source article' }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Timeline' }).isVisible()).toBe(false);
    const overflowAfter = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
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

  test('the Keyboard shortcuts dialog turns single-key shortcuts off: j then steps nothing; the open dialog passes axe', async () => {
    const page = await t.open('?event=2020-02-29-us-taliban-doha-agreement');
    const reader = page.getByRole('region', { name: 'Source article' });
    const place = reader.locator('.reader-toolbar__place');
    await place.filter({ hasText: / of / }).waitFor();
    const before = await place.textContent();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await t.shot('shortcuts-dialog');
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(bad).toEqual([]);
    await dialog.getByRole('checkbox', { name: /Single-key shortcuts/ }).uncheck();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await place.textContent()).toBe(before);
    expect(new URL(page.url()).searchParams.get('event')).toBe('2020-02-29-us-taliban-doha-agreement');
    // After a reload the switch is still off (remembered in this browser).
    await page.reload();
    await place.filter({ hasText: / of / }).waitFor();
    await page.keyboard.press('j');
    expect(await place.textContent()).toBe(before);
    expect(t.errors).toEqual([]);
  });

  test('at 375 px the Keyboard shortcuts dialog fits the screen', async () => {
    const page = await t.open('', { width: 375, height: 740 });
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await t.shot('shortcuts-dialog-phone');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await t.shot('shortcuts-header-phone');
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
