import { expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { e2eDescribe, SHOTS } from './harness';

interface RawActor {
  id: string;
  name: string;
  aliases: string[];
}
interface RawDataset {
  actors: RawActor[];
  events: { actors: { actorId: string }[]; date: { earliest: string; latest: string } }[];
  home: { earliest: string; latest: string };
}

/** The events the bare page counts: those overlapping the dataset's home window, where the timeline opens. */
const inHome = (ds: RawDataset) =>
  ds.events.filter((e) => e.date.earliest <= ds.home.latest && e.date.latest >= ds.home.earliest);

async function dataset(page: Page): Promise<RawDataset> {
  return page.evaluate(
    async () => (await fetch('data/afghan-peace-2018-2021/dataset.json')).json() as Promise<RawDataset>,
  );
}

const summary = (page: Page) =>
  page
    .getByRole('region', { name: 'Filters' })
    .getByRole('paragraph')
    .filter({ hasText: /^Showing / });
const paints = (page: Page) =>
  page.evaluate(() =>
    Number(document.querySelector<HTMLCanvasElement>('[data-region="timeline"] canvas')?.dataset.paints ?? -1),
  );

e2eDescribe('the filter panel in a real browser', (t) => {
  test('ticking an actor changes the count, the timeline repaints and the list view shows the same events', async () => {
    const page = await t.open();
    const ds = await dataset(page);
    const filters = page.getByRole('region', { name: 'Filters' });
    await summary(page).waitFor();
    // The page opens on the home view, and counts the events in it.
    const home = inHome(ds);
    // An actor in some events in view but not all, so ticking it visibly narrows what is shown.
    const counts = ds.actors.map((a) => home.filter((e) => e.actors.some((x) => x.actorId === a.id)).length);
    const k = counts.findIndex((n) => n > 0 && n < home.length);
    expect(k, 'the dataset needs an actor in some but not all events').toBeGreaterThanOrEqual(0);
    const actor = ds.actors[k]!;
    expect(await summary(page).textContent()).toBe(`Showing ${home.length} of ${home.length} events in view`);
    await t.shot('filters-desktop');
    const before = await paints(page);
    await filters.getByRole('checkbox', { name: actor.name, exact: true }).check();
    await expect.poll(() => summary(page).textContent()).toBe(`Showing ${counts[k]} of ${home.length} events in view`);
    expect(await filters.getByRole('list', { name: 'Active filters' }).textContent()).toContain(actor.name);
    expect(before, 'the timeline canvas counts its paints').toBeGreaterThan(0);
    await expect.poll(() => paints(page)).toBeGreaterThan(before);
    await t.shot('filters-actor-ticked');
    // The list view shows the same events: its grid counts a header row plus one row per event.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const grid = page.getByRole('grid', { name: 'Events' });
    const allDates = ds.events.filter((e) => e.actors.some((x) => x.actorId === actor.id)).length;
    await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe(String(allDates + 1));
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await filters.getByRole('button', { name: 'Reset all' }).click();
    await expect
      .poll(() => summary(page).textContent())
      .toBe(`Showing ${home.length} of ${home.length} events in view`);
    expect(t.errors).toEqual([]);
  });

  test('searching an alternative spelling finds the right actor and says which spelling matched', async () => {
    const page = await t.open();
    const ds = await dataset(page);
    // An alias that the canonical name does not contain, e.g. "America" for "United States".
    const actor = ds.actors.find((a) => a.aliases.some((x) => !a.name.toLowerCase().includes(x.toLowerCase())));
    expect(actor, 'the dataset needs an actor with an alternative spelling').toBeDefined();
    const alias = actor!.aliases.find((x) => !actor!.name.toLowerCase().includes(x.toLowerCase()))!;
    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.getByRole('searchbox', { name: 'Find an actor' }).fill(alias.toUpperCase());
    const box = filters.getByRole('checkbox', { name: actor!.name, exact: true });
    await box.waitFor();
    expect(await filters.getByText(`matches “${alias}”`).count()).toBeGreaterThan(0);
    await t.shot('filters-alias-search');
    await box.check();
    expect(await filters.getByRole('list', { name: 'Active filters' }).textContent()).toContain(actor!.name);
    expect(t.errors).toEqual([]);
  });

  test('a spelling no article uses ("Zabiullah") still finds the Taliban spokesman, marked as similar', async () => {
    const page = await t.open();
    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.getByRole('searchbox', { name: 'Find an actor' }).fill('Zabiullah');
    await filters.getByRole('checkbox', { name: 'Zabihullah Mujahid', exact: true }).waitFor();
    expect(await filters.getByText('similar to “Zabihullah Mujahid”', { exact: false }).count()).toBe(1);
    expect(
      await filters
        .getByRole('region', { name: /^Actors/ })
        .getByRole('checkbox')
        .count(),
    ).toBe(1);
    await t.shot('filters-similar-spelling');
  });

  test('searching events for "Zalmai" hints at Zalmay Khalilzad; the hint\'s button ticks him and clears the search', async () => {
    const page = await t.open();
    const ds = await dataset(page);
    const home = inHome(ds);
    const filters = page.getByRole('region', { name: 'Filters' });
    const search = filters.getByRole('searchbox', { name: 'Search events' });
    await search.fill('Zalmai');
    await expect.poll(() => summary(page).textContent()).toBe(`Showing 0 of ${home.length} events in view`);
    const go = filters.getByRole('button', { name: "Show Zalmay Khalilzad's events", exact: true });
    await go.waitFor();
    expect(await filters.locator('[aria-live="polite"]', { hasText: 'Did you mean' }).textContent()).toBe(
      'No events mention “Zalmai”. Did you mean Zalmay Khalilzad?',
    );
    await search.locator('xpath=..').screenshot({ path: `${SHOTS}/filters-spelling-hint.png` });
    const axe = await new AxeBuilder({ page }).include('#event-search-hint').include('#event-search').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );
    await go.click();
    const his = home.filter((e) => e.actors.some((x) => x.actorId === 'khalilzad')).length;
    expect(his).toBeGreaterThan(0);
    await expect.poll(() => summary(page).textContent()).toBe(`Showing ${his} of ${home.length} events in view`);
    expect(await filters.getByRole('checkbox', { name: 'Zalmay Khalilzad', exact: true }).isChecked()).toBe(true);
    expect(await search.inputValue()).toBe('');
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await go.count()).toBe(0);
    // On a phone the hint wraps inside the panel.
    await page.setViewportSize({ width: 375, height: 740 });
    await page.getByRole('tab', { name: 'Filters' }).click();
    await search.fill('Suhail Shahin');
    await filters.getByRole('button', { name: "Show Suhail Shaheen's events", exact: true }).waitFor();
    expect(await filters.locator('.filters').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await search.locator('xpath=..').screenshot({ path: `${SHOTS}/filters-spelling-hint-phone.png` });
    expect(t.errors).toEqual([]);
  });

  test('a reversed date range is explained and not applied; "Show all" resets the window', async () => {
    const page = await t.open();
    const filters = page.getByRole('region', { name: 'Filters' });
    const from = filters.getByLabel('From', { exact: true });
    const to = filters.getByLabel('To', { exact: true });
    const toValue = await to.inputValue();
    // The boxes write days as the rest of Envoy does ("31 July 2021"): a year later is the same words, one year on.
    expect(toValue).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    const later = toValue.replace(/\d{4}$/, (y) => String(Number(y) + 1));
    await from.fill(later);
    expect(await filters.getByRole('alert').textContent()).toContain('must be on or before');
    // Not applied: the page is still on the home view, and its bare address.
    expect(new URL(page.url()).search).toBe('');
    await from.fill(toValue);
    await expect.poll(() => summary(page).textContent()).toContain('in view');
    expect(await filters.getByRole('alert').count()).toBe(0);
    await filters.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => summary(page).textContent()).not.toContain('in view');
    expect(await filters.getByRole('button', { name: 'Show all' }).isDisabled()).toBe(true);
    expect(t.errors).toEqual([]);
  });

  test('with 100,000 synthetic events and 500 actors the actor list is virtualised and a tick updates the count', async () => {
    const page = await t.open('?synthetic=100000');
    const filters = page.getByRole('region', { name: 'Filters' });
    await summary(page).waitFor({ timeout: 30_000 });
    expect(await summary(page).textContent()).toBe('Showing 100,000 of 100,000 events in all dates');
    const list = filters.locator('[data-virtual="true"]');
    await list.waitFor();
    const rendered = await list.getByRole('checkbox').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
    const first = list.getByRole('checkbox').first();
    const name = (await first.getAttribute('aria-describedby'))!;
    expect(name).toBeTruthy();
    await first.check();
    await expect.poll(() => summary(page).textContent()).not.toBe('Showing 100,000 of 100,000 events in all dates');
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => list.getByRole('checkbox').count()).toBeGreaterThan(5);
    await t.shot('filters-synthetic');
    expect(t.errors).toEqual([]);
  });

  test('in the virtualised list the arrow keys reach actors far below the first screen', async () => {
    const page = await t.open('?synthetic=100000');
    const list = page.getByRole('region', { name: 'Filters' }).locator('[data-virtual="true"]');
    await list.waitFor({ timeout: 30_000 });
    const first = await list
      .getByRole('checkbox')
      .first()
      .evaluate((el) => el.closest<HTMLElement>('[data-index]')!.dataset.index);
    await list.getByRole('checkbox').first().focus();
    for (let k = 0; k < 60; k++) await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return { type: el?.type, row: Number(el?.closest<HTMLElement>('[data-index]')?.dataset.index ?? -1) };
    });
    expect(focused.type).toBe('checkbox');
    expect(focused.row).toBeGreaterThan(60);
    const box = await list.boundingBox();
    const row = await page.evaluate(
      () => document.activeElement!.closest('li')!.getBoundingClientRect().toJSON() as DOMRect,
    );
    expect(row.top).toBeGreaterThanOrEqual(box!.y - 1);
    expect(row.bottom).toBeLessThanOrEqual(box!.y + box!.height + 1);
    await page.keyboard.press('Space');
    expect(await page.getByRole('list', { name: 'Active filters' }).getByRole('button').count()).toBe(1);
    await t.shot('filters-synthetic-keyboard');
    // No step is lost when keys come faster than rows are drawn (a held key): a burst of 60 up, sent within one task
    // to whatever has focus, comes back to the first actor exactly (one more would leave for the actor search box).
    await page.evaluate(() => {
      for (let k = 0; k < 60; k++)
        document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-index]')?.dataset.index))
      .toBe(first);
    expect(t.errors).toEqual([]);
  });

  test('an axe scan of the panel with filters on finds no serious or critical problems', async () => {
    const page = await t.open();
    const filters = page.getByRole('region', { name: 'Filters' });
    await summary(page).waitFor();
    await filters.getByRole('checkbox').first().check();
    await filters.getByRole('searchbox', { name: 'Search events' }).fill('zzzz-no-such-text');
    await filters.getByRole('searchbox', { name: 'Find an actor' }).fill('a');
    const results = await new AxeBuilder({ page }).include('[data-region="filters"]').analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(bad).toEqual([]);
  });

  test('zooming the timeline updates the dates and the counts in view; "Show all" shows every date, Reset view the home view', async () => {
    const page = await t.open();
    const ds = await dataset(page);
    const filters = page.getByRole('region', { name: 'Filters' });
    await summary(page).waitFor();
    const zoomIn = page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: 'Zoom in' });
    const all = await summary(page).textContent();
    const fromBefore = await filters.getByLabel('From', { exact: true }).inputValue();
    for (let k = 0; k < 4; k++) await zoomIn.click();
    await expect.poll(() => summary(page).textContent()).toMatch(/ in view$/);
    expect(await filters.getByLabel('From', { exact: true }).inputValue()).not.toBe(fromBefore);
    // The window is the view, not a filter: no chip, and "Reset all" stays off.
    expect(await filters.getByRole('list', { name: 'Active filters' }).count()).toBe(0);
    expect(await filters.getByRole('button', { name: 'Reset all' }).isDisabled()).toBe(true);
    await t.shot('filters-zoomed');
    await filters.getByRole('button', { name: 'Show all' }).click();
    await expect
      .poll(() => summary(page).textContent())
      .toBe(`Showing ${ds.events.length} of ${ds.events.length} events in all dates`);
    await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: 'Reset view' }).click();
    await expect.poll(() => summary(page).textContent()).toBe(all);
    expect(t.errors).toEqual([]);
  });

  test('the whole panel, on a tall screen, with a theme and an actor ticked', async () => {
    const page = await t.open('', { width: 1400, height: 2600 });
    const filters = page.getByRole('region', { name: 'Filters' });
    await summary(page).waitFor();
    await filters
      .getByRole('region', { name: /^Themes/ })
      .getByRole('checkbox')
      .first()
      .check();
    await filters
      .getByRole('region', { name: /^Actors/ })
      .getByRole('checkbox')
      .first()
      .check();
    const box = (await page.locator('[data-region="filters"]').boundingBox())!;
    for (const [k, name] of ['filters-panel-top', 'filters-panel-middle', 'filters-panel-bottom'].entries()) {
      await page.screenshot({
        path: `${SHOTS}/${name}.png`,
        clip: { x: box.x, y: box.y + k * 800, width: box.width, height: 800 },
      });
    }
    expect(t.errors).toEqual([]);
  });

  test('at 375 px wide the panel fits without sideways scrolling', async () => {
    const page = await t.open('', { width: 375, height: 740 });
    await page.getByRole('tab', { name: 'Filters' }).click();
    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.getByRole('searchbox', { name: 'Search events' }).fill('taliban');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const panelOverflow = await filters.locator('.filters').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(panelOverflow).toBeLessThanOrEqual(0);
    await t.shot('filters-phone');
    expect(t.errors).toEqual([]);
  });

  test('at 375 px wide the virtualised actor list of the synthetic data fits and scrolls', async () => {
    const page = await t.open('?synthetic=100000', { width: 375, height: 740 });
    await page.getByRole('tab', { name: 'Filters' }).click();
    const filters = page.getByRole('region', { name: 'Filters' });
    const list = filters.locator('[data-virtual="true"]');
    await list.waitFor({ timeout: 30_000 });
    await list.scrollIntoViewIfNeeded();
    await list.evaluate((el) => (el.scrollTop = 4000));
    await expect.poll(() => list.getByRole('checkbox').count()).toBeGreaterThan(5);
    const overflow = await filters.locator('.filters').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await t.shot('filters-phone-synthetic');
    expect(t.errors).toEqual([]);
  });
});
