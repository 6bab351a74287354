import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { inject } from 'vitest';
import { e2eDescribe, SHOTS } from './harness';

const DATA = resolve(import.meta.dirname, '../../public/data/afghan-peace-2018-2021');

interface RawEvent {
  id: string;
  title: string;
  date: { earliest: string; latest: string };
  actors: { actorId: string }[];
}
interface RawDataset {
  title: string;
  events: RawEvent[];
  home: { earliest: string; latest: string };
}
const ds = JSON.parse(readFileSync(resolve(DATA, 'dataset.json'), 'utf8')) as RawDataset;

/** The bundled events with both actors whose dates meet the home window: what the export of that view must hold. */
function expectedIds(actors: string[]): string[] {
  return ds.events
    .filter((e) => actors.every((a) => e.actors.some((x) => x.actorId === a)))
    .filter((e) => e.date.earliest <= ds.home.latest && e.date.latest >= ds.home.earliest)
    .map((e) => e.id)
    .sort();
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Share of pixels that are not white, measured by the browser decoding the PNG. */
async function inkShare(page: Page, png: Buffer): Promise<{ ink: number; colours: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    const colours = new Set<number>();
    for (let p = 0; p < d.length; p += 4 * 7) {
      if (d[p]! < 240 || d[p + 1]! < 240 || d[p + 2]! < 240) ink++;
      colours.add((d[p]! << 16) | (d[p + 1]! << 8) | d[p + 2]!);
    }
    return { ink: ink / (d.length / 4 / 7), colours: colours.size };
  }, png.toString('base64'));
}

async function download(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), body: readFileSync(path!) };
}

async function axeClean(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const metaOf = (html: string, key: string) => {
  const m = new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return m
    ? m[1]!
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
    : null;
};

e2eDescribe('export, cite and link previews in a real browser', (t) => {
  const actors = ['khalilzad', 'taliban'];
  const view = `?actors=${actors.join(',')}&amode=all`;

  test('the Export dialog downloads the filtered view as CSV: ACLED columns, one row per event, UTF-8 with a BOM', async () => {
    const page = await t.open(view);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('button', { name: 'Download CSV' }).waitFor();
    await t.shot('export-dialog');
    expect(await axeClean(page, 'dialog.export-dialog')).toEqual([]);

    const { name, body } = await download(page, 'Download CSV');
    expect(name).toBe('envoy-afghan-peace-actors-khalilzad-taliban-2018-07-2021-07.csv');
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(body.toString('utf8').slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.meta.fields!.slice(0, 31)).toEqual(
      'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp'.split(
        ',',
      ),
    );
    const ids = rows.data.map((r) => r.event_id_cnty!).sort();
    expect(ids).toEqual(expectedIds(actors));
    for (const r of rows.data) expect(r.envoy_link).toMatch(new RegExp(`/envoy/e/${r.event_id_cnty}/$`));
    await dialog.getByText(`Saved ${name} (${ids.length} events).`).waitFor();
    expect(t.errors).toEqual([]);
  });

  test('on phones the header fits Open…, Export…, Shortcuts and Copy link, and the dialog fits the screen', async () => {
    for (const width of [360, 390]) {
      const page = await t.open('', { width, height: 780 });
      const buttons = ['Export…', 'Open dataset…', 'Keyboard shortcuts', 'Copy link'].map((name) =>
        page.getByRole('button', { name, exact: true }),
      );
      for (const b of buttons) {
        const box = (await b.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      await buttons[0]!.click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.getByRole('button', { name: 'Download CSV' }).waitFor();
      const box = (await dialog.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBeLessThanOrEqual(0);
    }
    await t.shot('export-dialog-phone');
  });

  test('"All dates" exports every filtered event, outside the window too', async () => {
    const page = await t.open(view);
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('radio', { name: /^All dates/ }).check();
    const { name, body } = await download(page, 'Download CSV');
    expect(name).toBe('envoy-afghan-peace-actors-khalilzad-taliban.csv');
    const rows = Papa.parse<Record<string, string>>(body.toString('utf8').slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const all = ds.events
      .filter((e) => actors.every((a) => e.actors.some((x) => x.actorId === a)))
      .map((e) => e.id)
      .sort();
    expect(rows.map((r) => r.event_id_cnty).sort()).toEqual(all);
  });

  test('the PNG is the timeline at twice its size on screen, with marks, legend and caption drawn', async () => {
    const page = await t.open(view);
    await page.waitForFunction(() => (window.__envoyTimeline?.drawnIds().length ?? 0) > 0);
    const plot = await page.evaluate(() => document.querySelector<HTMLElement>('.tl__scroller')!.clientWidth);
    await page.getByRole('button', { name: 'Export…' }).click();
    const { name, body } = await download(page, 'Download PNG');
    expect(name).toBe('envoy-afghan-peace-actors-khalilzad-taliban-2018-07-2021-07.png');
    const size = pngSize(body);
    expect(size.width).toBe(2 * (plot + 32));
    expect(size.height).toBeGreaterThan(400);
    const { ink, colours } = await inkShare(page, body);
    // Not blank: marks, text and the theme colours are there.
    expect(ink).toBeGreaterThan(0.01);
    expect(colours).toBeGreaterThan(20);
    writeFileSync(resolve(SHOTS, 'export-timeline.png'), body);

    const svg = await download(page, 'Download SVG');
    expect(svg.name).toBe(name.replace(/png$/, 'svg'));
    const text = svg.body.toString('utf8');
    expect(text).toMatch(/^<\?xml/);
    expect(text).not.toMatch(/class=|<style/);
    // Well-formed XML that a browser draws at the PNG's size (half its pixels).
    const drawnSvg = await page.evaluate((svgText) => {
      const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror') !== null,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
      };
    }, text);
    expect(drawnSvg).toEqual({ error: false, width: size.width / 2, height: size.height / 2 });
    // The events drawn as marks on screen are in the SVG, titled.
    const drawn = await page.evaluate(() => window.__envoyTimeline!.drawnIds());
    expect(drawn.length).toBeGreaterThan(0);
    for (const id of drawn) {
      const title = ds.events
        .find((e) => e.id === id)!
        .title.replace(/&/g, '&#38;')
        .replace(/'/g, '&#39;')
        .replace(/"/g, '&#34;');
      expect(text.includes(title) || text.includes(title.slice(0, 20))).toBe(true);
    }
    expect(t.errors).toEqual([]);
  });

  test('Cite on the event card gives the article and the view in four formats, and copies them', async () => {
    const event = ds.events.find((e) => e.id === '2019-05-04-khalilzad-all-sides-lay-down-arms') ?? ds.events[0]!;
    const page = await t.open(`?event=${event.id}`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('region', { name: 'Source article' }).getByRole('button', { name: 'Cite' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite this event' });
    await dialog.waitFor();
    await t.shot('cite-dialog');
    expect(await axeClean(page, 'dialog.cite-dialog')).toEqual([]);
    const article = dialog.getByRole('region', { name: /^Source articles/ });
    expect(await article.textContent()).toMatch(/\(\d{4}, [A-Z][a-z]+ \d+\)\./);
    await dialog.getByRole('radio', { name: 'RIS' }).first().check();
    expect(await article.textContent()).toContain('TY  - NEWS');
    await dialog.getByRole('button', { name: 'Copy RIS' }).first().click();
    await dialog.getByText('RIS copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('TY  - NEWS');
    const viewText = await dialog.getByRole('region', { name: /^The Envoy view/ }).textContent();
    expect(viewText).toContain(`/envoy/e/${event.id}/`);
    expect(t.errors).toEqual([]);
  });

  test('a built event page, fetched as a crawler does (no JavaScript), carries the preview tags and a 1200×630 card', async () => {
    const event = ds.events.find((e) => e.id.includes('doha-agreement')) ?? ds.events[0]!;
    const base = inject('baseUrl');
    const url = new URL(`e/${event.id}/`, base).toString();
    const res = await fetch(url, { headers: { 'user-agent': 'facebookexternalhit/1.1' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(metaOf(html, 'og:title')).toBe(event.title);
    expect(metaOf(html, 'og:type')).toBe('article');
    expect(metaOf(html, 'twitter:card')).toBe('summary_large_image');
    const description = metaOf(html, 'og:description')!;
    expect(description).toMatch(/\d{4}/);
    expect(description).toContain('Source: “');
    // No inline script: only the external one (a strict CSP allows it).
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).toContain(`<link rel="canonical" href="../../?event=${event.id}" />`);
    const image = metaOf(html, 'og:image')!;
    const card = Buffer.from(await (await fetch(new URL(image, url))).arrayBuffer());
    expect(pngSize(card)).toEqual({ width: 1200, height: 630 });
    writeFileSync(resolve(SHOTS, 'preview-card.png'), card);
  });

  test('the built event page opens the app on that event, under the sub-path', async () => {
    const event = ds.events.find((e) => e.id.includes('doha-agreement')) ?? ds.events[0]!;
    const page = await t.open(`e/${event.id}/`);
    await page.waitForURL((u) => u.searchParams.get('event') === event.id);
    expect(new URL(page.url()).pathname).toBe('/envoy/');
    await page.getByRole('region', { name: 'Source article' }).getByRole('heading', { name: event.title }).waitFor();
    expect(t.errors).toEqual([]);
  });

  test('"Link to this event" and "Copy link" of a lone event copy its page; a filtered view keeps the query', async () => {
    const event = ds.events[10]!;
    const page = await t.open(`?event=${event.id}`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Link to this event' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(`e/${event.id}/`, inject('baseUrl')).toString(),
    );
    await page.getByRole('button', { name: 'Copy link' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(`e/${event.id}/`, inject('baseUrl')).toString(),
    );
    await page.getByRole('button', { name: 'Fit all' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('from'));
    await page.getByRole('button', { name: 'Copy link' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`/envoy/\\?event=${event.id}&from=`),
    );
  });

  test('100,000 generated events: the CSV is written off the page with progress, and the page keeps answering', async () => {
    const page = await t.open('?synthetic=100000');
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('radio', { name: /^All dates/ }).check();
    const dl = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const progress = page.getByRole('dialog', { name: 'Export' }).locator('progress');
    await progress.waitFor();
    const seen = new Set<string>();
    // While it runs, the page answers: its own clock ticks and the progress moves.
    for (let k = 0; k < 200 && (await progress.count()) > 0; k++) {
      const v = await progress.getAttribute('value').catch(() => null);
      if (v) seen.add(v);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    }
    const file = await dl;
    expect(seen.size).toBeGreaterThan(1);
    expect(file.suggestedFilename()).toBe('envoy-synthetic-100000.csv');
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.split('\r\n').length - 2).toBe(100_000);
    expect(t.errors).toEqual([]);
  }, 180_000);
});
