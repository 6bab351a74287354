import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eDescribe } from './harness';

async function ready(page: Page) {
  await page.getByRole('application', { name: /Timeline of/ }).waitFor();
  await page.waitForFunction(() => Number(document.querySelector<HTMLCanvasElement>('[data-testid="timeline-canvas"]')?.dataset.paints ?? 0) > 0);
}

async function axisLabels(page: Page): Promise<string> {
  return page.evaluate(() => [...document.querySelectorAll('.tl__axis text')].map((t) => t.textContent).join('|'));
}

e2eDescribe('the timeline in a real browser', (t) => {
  test('explore: screenshots of synthetic data', async () => {
    const page = await t.open('?synthetic=2000');
    await ready(page);
    await t.shot('timeline-synthetic-whole');
    const canvas = page.getByTestId('timeline-canvas');
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    for (let k = 0; k < 12; k++) await page.mouse.wheel(0, -200);
    await page.waitForTimeout(300);
    await t.shot('timeline-synthetic-zoomed');
    console.log(await axisLabels(page));
    expect(t.errors).toEqual([]);
  });

  test('explore: 100k by actor', async () => {
    const page = await t.open('?synthetic=100000');
    await ready(page);
    await t.shot('timeline-100k-whole');
    await page.getByLabel('Lanes').selectOption('actor');
    await page.waitForTimeout(300);
    await t.shot('timeline-100k-actor');
    const canvas = page.getByTestId('timeline-canvas');
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    for (let k = 0; k < 30; k++) await page.mouse.wheel(0, -200);
    await page.waitForTimeout(300);
    await t.shot('timeline-100k-days');
    console.log(await axisLabels(page));
    expect(t.errors).toEqual([]);
  });

  test('explore: phone', async () => {
    const page = await t.open('?synthetic=500', { width: 375, height: 740 });
    await page.getByRole('application', { name: /Timeline of/ }).waitFor();
    await page.waitForTimeout(300);
    await t.shot('timeline-phone');
  });
});
