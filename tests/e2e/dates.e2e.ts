import { expect, test } from 'vitest';
import { e2eDescribe } from './harness';

// What a reader sees of an uncertain date, a duration, and a later remark, on the bundled dataset.
e2eDescribe('dates and roles in words, in a real browser', (t) => {
  test('the card of an uncertain instant says "some day between", never "known to the day"', async () => {
    const page = await t.open('?event=2018-taliban-abandon-talks', { width: 1280, height: 720 });
    const reader = page.getByRole('region', { name: 'Source article' });
    const card = reader.locator('.reader-card');
    await card.getByRole('heading', { name: /The Taliban abandon the talks/ }).waitFor();
    const text = await card.innerText();
    expect(text).toContain('some day between about 1 October 2018 and 17 January 2020');
    expect(text).toContain('date uncertain');
    expect(text).not.toContain('known to the day');
    // The caption under the timeline toolbar uses the same words, short.
    expect(await page.locator('.tl-selected').innerText()).toContain('1 Oct 2018 – 17 Jan 2020 (date uncertain)');
    await t.shot('dates-card-uncertain-1280');
  });

  test('the timeline tooltip of an uncertain instant shows its window and "date uncertain"', async () => {
    const page = await t.open('?from=2019-11&to=2021-04', { width: 1440, height: 900 });
    const id = '2019-2021-us-troops-drop-to-2500';
    await page.waitForFunction((x) => window.__envoyTimeline?.drawnIds().includes(x) ?? false, id);
    const at = (await page.evaluate((x) => window.__envoyTimeline!.pointOf(x), id))!;
    await page.mouse.move(at.x, at.y);
    const tip = page.locator('.tl__tooltip');
    await tip.waitFor();
    const words = await tip.innerText();
    expect(words).toContain('US troops in Afghanistan drop to 2,500');
    expect(words).toContain('4 Dec 2019 – 2 Mar 2021 (date uncertain)');
    await t.shot('dates-tooltip-1440');
  });

  test('a duration says "lasted from", each end at its own precision', async () => {
    const page = await t.open('?event=2018-09-khalilzad-six-rounds-of-talks', { width: 1280, height: 720 });
    const card = page.getByRole('region', { name: 'Source article' }).locator('.reader-card');
    await card.getByRole('heading', { name: /six rounds/ }).waitFor();
    expect(await card.innerText()).toContain('lasted from September 2018 to June 2019');
    await t.shot('dates-card-duration-1280');
  });

  test('the list tells the story in order and marks uncertain dates; j/k follow the same order', async () => {
    // The US–Taliban talks theme keeps the list short enough for every row to be in the DOM.
    const page = await t.open('?view=list&themes=us-taliban-talks&event=2018-10-us-taliban-talks-begin', {
      width: 1440,
      height: 2000,
    });
    const grid = page.getByRole('grid', { name: 'Events' });
    await grid.getByRole('row').nth(1).waitFor();
    const rows = await grid.getByRole('row').allInnerTexts();
    const at = (title: RegExp) => rows.findIndex((r) => title.test(r));
    const begin = at(/US–Taliban talks begin in Qatar/);
    const abandon = at(/The Taliban abandon the talks/);
    expect(begin).toBeGreaterThan(0);
    expect(abandon).toBeGreaterThan(at(/Taliban officials confirm the ceasefire offer/));
    expect(rows[abandon]).toContain('(date uncertain)');
    await t.shot('dates-list-1440');
    // j from "talks begin" goes to the next event told, not to the one with the same earliest day.
    await page.locator('body').press('j');
    await expect
      .poll(() => page.getByRole('region', { name: 'Source article' }).locator('.reader-card h3').innerText())
      .toMatch(/Pakistan helps facilitate/);
    await page.locator('body').press('j');
    await expect
      .poll(() => page.getByRole('region', { name: 'Source article' }).locator('.reader-card h3').innerText())
      .not.toMatch(/abandon/);
  });

  test('on a phone the list row still says the date is uncertain, and the card keeps the claim attributed', async () => {
    const page = await t.open('?view=list&q=abandoned', { width: 390, height: 844 });
    const grid = page.getByRole('grid', { name: 'Events' });
    await grid.getByRole('row').nth(1).waitFor();
    const row = grid.getByRole('row').filter({ hasText: 'The Taliban abandon the talks' });
    expect(await row.innerText()).toContain('(date uncertain)');
    await t.shot('dates-list-390');
    await t.open('?event=2019-08-us-taliban-finalise-deal', { width: 1024, height: 768 });
    const card = page.getByRole('region', { name: 'Source article' }).locator('.reader-card');
    await card
      .getByRole('heading', { name: 'One article says the US and the Taliban finalised a peace deal' })
      .waitFor();
    expect(await card.innerText()).toContain('some time in August 2019');
    await t.shot('dates-card-attributed-1024');
  });

  test('filtering by Mohammad Naim leaves out the signing he spoke of a year later; the card calls him a commentator', async () => {
    const page = await t.open('?view=list&actors=mohammad-naim', { width: 1440, height: 900 });
    const grid = page.getByRole('grid', { name: 'Events' });
    await grid.getByRole('row').nth(1).waitFor();
    const rows = await grid.getByRole('row').allInnerTexts();
    expect(rows.some((r) => /Taliban spokesman marks the deal's anniversary/.test(r))).toBe(true);
    expect(rows.some((r) => /sign the Doha agreement/.test(r))).toBe(false);
    await t.open('?event=2020-02-29-us-taliban-doha-agreement', { width: 1440, height: 900 });
    const card = page.getByRole('region', { name: 'Source article' }).locator('.reader-card');
    await card.getByRole('button', { name: 'Mohammad Naim, commentator' }).waitFor();
    expect(t.errors).toEqual([]);
  });
});
