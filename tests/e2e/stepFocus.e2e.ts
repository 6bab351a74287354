import { expect, test } from 'vitest';
import { e2eDescribe } from './harness';

e2eDescribe('stepping keeps focus', (t) => {
  test('focus the timeline, press j: the event changes, focus stays, and → still moves within the timeline', async () => {
    const page = await t.open();
    const app = page.getByRole('application', { name: /Timeline of/ });
    await app.waitFor();
    await page.getByRole('region', { name: 'Source article' }).getByRole('button', { name: 'Next event' }).waitFor();
    await app.focus();
    const live = page.getByTestId('timeline-announcement');
    await page.keyboard.press('ArrowRight');
    const place = (text: string | null) => Number(/ (\d+) of \d+\.$/.exec(text ?? '')?.[1]);
    const first = place(await live.textContent());
    expect(first).toBeGreaterThan(0);
    await page.keyboard.press('j');
    await page.waitForFunction(() => new URLSearchParams(location.search).has('event'));
    const heading = page.locator('#region-reader h3.reader-card__title');
    await heading.waitFor();
    const title = (await heading.textContent())!;
    // The reader says which event it is, instead of taking focus to it.
    await page.waitForFunction(
      (x) =>
        [...document.querySelectorAll('#region-reader [aria-live]')].some((e) => e.textContent!.includes(`: ${x}, `)),
      title,
    );
    expect(await app.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    // The arrow still moves the timeline's own focus, one event on from where it was.
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="timeline-announcement"]')?.textContent?.endsWith(` ${n} of 64.`),
      first + 1,
    );
    expect(await app.evaluate((el) => el === document.activeElement)).toBe(true);
    await t.shot('step-focus-timeline');
    expect(t.errors).toEqual([]);
  });

  test('Next keeps focus on itself, even at the last event', async () => {
    const page = await t.open();
    const next = page.getByRole('region', { name: 'Source article' }).getByRole('button', { name: 'Next event' });
    await next.waitFor();
    await next.focus();
    for (let k = 0; k < 3; k++) await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URLSearchParams(location.search).has('event'));
    expect(await next.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
