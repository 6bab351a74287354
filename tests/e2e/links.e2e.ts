import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { e2eDescribe } from './harness';
import { formatDayText } from '../../src/filters/core/windowEdit';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = resolve(ROOT, 'public/data/afghan-peace-2018-2021');

interface RawEvent {
  id: string;
  title: string;
  date: { earliest: string; latest: string };
  actors: { actorId: string }[];
  themes: string[];
  evidence: { articleId: string; text: string }[];
}
interface RawDataset {
  title: string;
  articles: { id: string; file: string }[];
  actors: { id: string; name: string }[];
  themes: { id: string; label: string }[];
  events: RawEvent[];
  home?: { earliest: string; latest: string };
}

/** The bundled dataset as it is now: ids are read at test time, never hard-coded. */
function dataset(): RawDataset {
  return JSON.parse(readFileSync(resolve(DATA, 'dataset.json'), 'utf8')) as RawDataset;
}

/** An event with an actor, a theme, and a first quote found verbatim in its article. */
function pickLinked(ds: RawDataset) {
  for (const e of ds.events) {
    const q = e.evidence[0];
    const article = ds.articles.find((a) => a.id === q?.articleId);
    if (!q || !article || e.actors.length === 0 || e.themes.length === 0) continue;
    if (!readFileSync(resolve(DATA, 'articles', article.file), 'utf8').includes(q.text)) continue;
    const actor = ds.actors.find((a) => a.id === e.actors[0]!.actorId)!;
    const theme = ds.themes.find((t) => t.id === e.themes[0])!;
    return { event: e, quote: q.text, actor, theme };
  }
  throw new Error('the bundled dataset has no event with an actor, a theme and a verbatim quote');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const lastDayOfMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

async function waitForTitle(page: Page, title: string) {
  await page.waitForFunction((want) => document.title === want, title, { timeout: 10_000 });
}

e2eDescribe('deep links in a real browser', (t) => {
  const ds = dataset();
  const pick = pickLinked(ds);
  const fromMonth = pick.event.date.earliest.slice(0, 7);
  const toMonth = pick.event.date.latest.slice(0, 7);

  test('a deep link opens with the event selected, its quote marked, the filters ticked and the window applied', async () => {
    const query = `?event=${pick.event.id}&actors=${pick.actor.id}&themes=${pick.theme.id}&from=${fromMonth}&to=${toMonth}`;
    const page = await t.open(query);
    await waitForTitle(page, `Envoy — ${pick.event.title}`);

    // The reader: the event card's heading and the quote as the current <mark>.
    const reader = page.getByRole('region', { name: 'Source article' });
    await reader.getByRole('heading', { name: pick.event.title }).waitFor();
    await page.locator('#region-reader mark[data-current]').first().waitFor();
    const marked = await page.locator('#region-reader mark[data-current]').allTextContents();
    expect(squash(marked.join(''))).toContain(squash(pick.quote));

    // The filter panel: the link's actor and theme are ticked, the window's dates are in the date fields.
    const filters = page.getByRole('region', { name: 'Filters' });
    expect(
      await filters
        .getByRole('region', { name: /^Actors/ })
        .getByRole('checkbox', { name: pick.actor.name, exact: true })
        .isChecked(),
    ).toBe(true);
    expect(await filters.getByRole('checkbox', { name: pick.theme.label, exact: true }).isChecked()).toBe(true);
    // Written as the rest of Envoy writes days ("1 July 2018").
    expect(await filters.getByRole('textbox', { name: 'From', exact: true }).inputValue()).toBe(
      formatDayText(`${fromMonth}-01`),
    );
    expect(await filters.getByRole('textbox', { name: 'To', exact: true }).inputValue()).toBe(
      formatDayText(lastDayOfMonth(toMonth)),
    );

    // The address still says the same thing, under the sub-path.
    const url = new URL(page.url());
    expect(url.pathname).toBe('/envoy/');
    expect(url.search).toBe(query);
    await t.shot('links-deep-link');
    expect(t.errors).toEqual([]);
  });

  test('a link to an event outside the home view brings it into view', async () => {
    const ds = dataset();
    expect(ds.home).toBeDefined();
    const outside = ds.events
      .filter((e) => e.date.latest < ds.home!.earliest)
      .sort((a, b) => a.date.earliest.localeCompare(b.date.earliest))[0]!;
    const page = await t.open(`?event=${outside.id}`);
    await waitForTitle(page, `Envoy — ${outside.title}`);
    await page.waitForFunction((id) => window.__envoyTimeline?.drawnIds().includes(id) ?? false, outside.id);
    const [from, to] = await page.evaluate(() => window.__envoyTimeline!.window());
    expect(from).toBeLessThanOrEqual(Date.parse(`${outside.date.earliest}T00:00:00Z`));
    expect(to).toBeGreaterThan(Date.parse(`${outside.date.earliest}T00:00:00Z`));
    expect(new URL(page.url()).searchParams.get('event')).toBe(outside.id);
    await t.shot('link-event-outside-home');
    expect(t.errors).toEqual([]);
  });

  test('Back and Forward walk through two selections', async () => {
    const page = await t.open('');
    await waitForTitle(page, `Envoy — ${ds.title}`);
    const reader = page.getByRole('region', { name: 'Source article' });
    const next = reader.getByRole('button', { name: 'Next event' });

    await next.click();
    await page.waitForFunction(() => document.title !== document.title.replace(/^Envoy — .*/, ''), null);
    const first = await page.title();
    const firstUrl = page.url();
    expect(new URL(firstUrl).searchParams.get('event')).toBeTruthy();
    await next.click();
    await page.waitForFunction((was) => document.title !== was, first);
    const second = await page.title();
    const secondUrl = page.url();
    expect(second).not.toBe(first);
    expect(first).not.toBe(`Envoy — ${ds.title}`);

    await page.goBack();
    await waitForTitle(page, first);
    expect(page.url()).toBe(firstUrl);
    await reader.getByRole('heading', { name: first.replace('Envoy — ', '') }).waitFor();

    await page.goBack();
    await waitForTitle(page, `Envoy — ${ds.title}`);
    expect(new URL(page.url()).search).toBe('');

    await page.goForward();
    await waitForTitle(page, first);
    await page.goForward();
    await waitForTitle(page, second);
    expect(page.url()).toBe(secondUrl);
    await reader.getByRole('heading', { name: second.replace('Envoy — ', '') }).waitFor();
    expect(t.errors).toEqual([]);
  });

  test('zooming rewrites the address without adding history entries, and Back restores the zoomed window', async () => {
    const page = await t.open(`?event=${pick.event.id}`);
    await waitForTitle(page, `Envoy — ${pick.event.title}`);
    const length = await page.evaluate(() => history.length);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('button', { name: 'Zoom in' }).click();
    await timeline.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).has('from'));
    const zoomed = new URL(page.url());
    expect(zoomed.searchParams.get('event')).toBe(pick.event.id);
    expect(zoomed.searchParams.get('from')).toMatch(/^\d{4}-\d{2}(-\d{2})?(T\d{2}:\d{2}Z)?$/);
    expect(await page.evaluate(() => history.length)).toBe(length);
    const filters = page.getByRole('region', { name: 'Filters' });
    const fromField = filters.getByRole('textbox', { name: 'From', exact: true });
    // The link rounds the window to a readable date (by at most half a percent of its width); Back restores that.
    const linkedFrom = zoomed.searchParams.get('from')!;
    const zoomedFrom = linkedFrom.length === 7 ? `${linkedFrom}-01` : linkedFrom.slice(0, 10);

    await page.getByRole('region', { name: 'Source article' }).getByRole('button', { name: 'Next event' }).click();
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('event') !== id, pick.event.id);
    expect(await page.evaluate(() => history.length)).toBe(length + 1);

    await page.goBack();
    await waitForTitle(page, `Envoy — ${pick.event.title}`);
    expect(page.url()).toBe(zoomed.toString());
    expect(await fromField.inputValue()).toBe(formatDayText(zoomedFrom));
    expect(t.errors).toEqual([]);
  });

  test('the list view and the lane mode open from a link, and switching view is a step Back undoes', async () => {
    const page = await t.open('?lanes=actor&view=list');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const list = timeline.getByRole('button', { name: 'List', exact: true });
    await page.waitForFunction(() => document.title.startsWith('Envoy — '));
    expect(await list.getAttribute('aria-pressed')).toBe('true');
    await timeline.getByRole('button', { name: 'Timeline', exact: true }).click();
    expect(await timeline.getByRole('combobox', { name: 'Lanes' }).inputValue()).toBe('actor');
    expect(new URL(page.url()).search).toBe('?lanes=actor');
    await page.goBack();
    await page.waitForFunction(() => location.search === '?lanes=actor&view=list');
    expect(await list.getAttribute('aria-pressed')).toBe('true');
  });

  test('a bad link shows a notice in words, applies the rest, and the notice can be dismissed', async () => {
    const page = await t.open(
      `?event=no-such-event&actors=${pick.actor.id},not-an-actor&from=2019-13&to=2020-06&view=sideways`,
    );
    const notice = page.getByRole('alert').filter({ hasText: 'Part of this link could not be used' });
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toContain("The linked event 'no-such-event' is not in this dataset");
    expect(text).toContain("'not-an-actor'");
    expect(text).toContain("The link's start date '2019-13' is not a date; showing the opening view.");
    expect(text).toContain("The link's view 'sideways' is not one of timeline, list, map; using timeline.");
    await t.shot('links-bad-link');

    // The valid part is applied and the rest of the app works.
    const filters = page.getByRole('region', { name: 'Filters' });
    expect(
      await filters
        .getByRole('region', { name: /^Actors/ })
        .getByRole('checkbox', { name: pick.actor.name, exact: true })
        .isChecked(),
    ).toBe(true);
    expect(new URL(page.url()).search).toBe(`?actors=${pick.actor.id}`);
    await page
      .getByRole('alert')
      .filter({ hasText: 'Part of this link' })
      .getByRole('button', { name: 'Dismiss notice' })
      .click();
    expect(await notice.count()).toBe(0);
    await page.getByRole('region', { name: 'Source article' }).getByRole('button', { name: 'Next event' }).click();
    await page.waitForFunction((was) => document.title !== was, `Envoy — ${ds.title}`);
    expect(t.errors).toEqual([]);
  });

  test('a link several kilobytes long opens with its valid part and a short notice', async () => {
    const junk = Array.from({ length: 300 }, (_, i) => `junk${i}=${'x'.repeat(12)}`).join('&');
    const query = `?event=${pick.event.id}&${junk}&q=${'y'.repeat(2000)}`;
    expect(query.length).toBeGreaterThan(6000);
    const page = await t.open(query);
    await waitForTitle(page, `Envoy — ${pick.event.title}`);
    const notice = page.getByRole('alert').filter({ hasText: 'Part of this link could not be used' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Envoy does not know');
    expect((await notice.textContent())!.length).toBeLessThan(600);
    expect(new URL(page.url()).search).toBe(`?event=${pick.event.id}`);
    expect(t.errors).toEqual([]);
  });

  test('links to generated data keep synthetic and seed while the view changes', async () => {
    const page = await t.open('?synthetic=5000&seed=3&event=syn-000042');
    await page.waitForFunction(
      () => document.title.startsWith('Envoy — ') && !document.title.includes('synthetic'),
      null,
      { timeout: 30_000 },
    );
    const title = await page.title();
    await page.getByRole('region', { name: 'Source article' }).getByRole('button', { name: 'Next event' }).click();
    await page.waitForFunction((was) => document.title !== was, title);
    const url = new URL(page.url());
    expect(url.searchParams.get('synthetic')).toBe('5000');
    expect(url.searchParams.get('seed')).toBe('3');
    expect(url.searchParams.get('event')).toMatch(/^syn-\d+$/);
    expect(url.searchParams.get('event')).not.toBe('syn-000042');
    await page.goBack();
    await waitForTitle(page, title);
    expect(new URL(page.url()).search).toBe('?synthetic=5000&seed=3&event=syn-000042');
  });

  test("an event hidden by the link's filters is shown selected anyway, and the page says so", async () => {
    const hiding = ds.themes.find((th) => !pick.event.themes.includes(th.id));
    if (!hiding) return; // every theme is on this event: no link can hide it by theme
    const page = await t.open(`?event=${pick.event.id}&themes=${hiding.id}`);
    await page.getByText("The linked event is hidden by the link's filters; it is shown selected anyway.").waitFor();
    await waitForTitle(page, `Envoy — ${pick.event.title}`);
    await page
      .getByRole('region', { name: 'Source article' })
      .getByRole('heading', { name: pick.event.title })
      .waitFor();
    expect(
      await page
        .getByRole('region', { name: 'Filters' })
        .getByRole('checkbox', { name: hiding.label, exact: true })
        .isChecked(),
    ).toBe(true);
    await t.shot('links-hidden-event');
  });

  test('Copy link and Shift+L copy the current address and say "Link copied"; the event card links to its event', async () => {
    await t.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await t.open(`?event=${pick.event.id}&lanes=actor`);
    await waitForTitle(page, `Envoy — ${pick.event.title}`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied' }).first().waitFor();
    // The copy is built from the view itself; the address bar catches up within its debounce (a window the
    // timeline moved to bring the event into view), so compare once it has settled.
    await page.waitForFunction(() => navigator.clipboard.readText().then((s) => s === location.href));

    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.locator('body').click({ position: { x: 5, y: 200 } });
    await page.keyboard.press('Shift+L');
    await page.waitForFunction(() => navigator.clipboard.readText().then((s) => s.length > 0));
    await page.waitForFunction(() => navigator.clipboard.readText().then((s) => s === location.href));

    await page.getByRole('button', { name: 'Link to this event' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The event's own page (built with link previews), under the same sub-path.
    const link = new URL(copied);
    expect(link.pathname).toBe(`/envoy/e/${pick.event.id}/`);
    expect(link.search).toBe('');
    await t.shot('links-copied');
  });

  test('without any clipboard, Copy link shows the link selected in a field, and Escape gives focus back', async () => {
    await t.context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
      document.execCommand = () => false;
    });
    const page = await t.open(`?event=${pick.event.id}`);
    await waitForTitle(page, `Envoy — ${pick.event.title}`);
    // An event outside the home view moves the window to show it (then the link has from/to); wait for that.
    const home = ds.home!;
    const inHome = pick.event.date.latest >= home.earliest && pick.event.date.earliest <= home.latest;
    if (!inHome) await page.waitForFunction(() => new URL(location.href).searchParams.has('from'));
    const button = page.getByRole('button', { name: 'Copy link' });
    await button.click();
    const field = page.getByRole('textbox', { name: /Copy this link/ });
    // A view of one event and nothing else is linked by the event's own page; a view with a window by its address.
    expect(await field.inputValue()).toBe(inHome ? new URL(`e/${pick.event.id}/`, page.url()).toString() : page.url());
    expect(
      await field.evaluate(
        (el) =>
          el === document.activeElement &&
          (el as HTMLInputElement).selectionEnd === (el as HTMLInputElement).value.length,
      ),
    ).toBe(true);
    await t.shot('links-copy-by-hand');
    const results = await new AxeBuilder({ page }).include('.header').analyze();
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await field.count()).toBe(0);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  test('on a phone the Copy link button fits and works', async () => {
    await t.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await t.open(`?event=${pick.event.id}`, { width: 375, height: 740 });
    await waitForTitle(page, `Envoy — ${pick.event.title}`);
    const button = page.getByRole('button', { name: 'Copy link' });
    const box = await button.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    await button.click();
    await page.getByRole('status').filter({ hasText: 'Link copied' }).first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await t.shot('links-phone');
  });
});
