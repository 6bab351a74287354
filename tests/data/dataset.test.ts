import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkQuotes } from '../../src/data/checkQuotes';
import { parseDatasetRecord } from '../../src/data/loadDataset';
import { validateDataset } from '../../src/data/validate';
import { DATASET_DIR, articleTexts, datasetText } from './fixture';

const ds = parseDatasetRecord(datasetText(), 'afghan-peace-2018-2021/dataset.json');
const texts = articleTexts(ds);
const SEEDS = '/work/shared/seeds';
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function linear(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
}

function luminance(hex: string): number {
  const [r, g, b] = linear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** CIELAB coordinates (D65), where a distance of about 20 or more reads as clearly different colours. */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = linear(hex);
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

describe('the bundled dataset', () => {
  test('loads, and every id is unique and every reference resolves', () => {
    expect(validateDataset(ds)).toEqual([]);
  });

  test('every quote, clue and chrome run occurs verbatim in its article, and evidence in the body rather than the chrome', () => {
    expect(checkQuotes(ds, texts)).toEqual([]);
  });

  test('every article has a publication date with its clues', () => {
    for (const a of ds.articles) {
      expect(a.published.clues.length, a.id).toBeGreaterThan(0);
      expect(a.published.earliest <= a.published.latest, a.id).toBe(true);
    }
  });

  test('every alias is a name the articles actually use, and no alias belongs to two actors', () => {
    const all = Object.values(texts).join('\n');
    const owners = new Map<string, string[]>();
    for (const actor of ds.actors) {
      for (const alias of actor.aliases) {
        expect(all.includes(alias), `${actor.id}: "${alias}"`).toBe(true);
        owners.set(alias.toLowerCase(), [...(owners.get(alias.toLowerCase()) ?? []), actor.id]);
      }
    }
    expect([...owners].filter(([, ids]) => new Set(ids).size > 1)).toEqual([]);
  });

  test('the spellings of one spokesman across articles resolve to one actor', () => {
    const owner = (alias: string) => ds.actors.filter((a) => a.aliases.includes(alias)).map((a) => a.id);
    expect(owner('Suhail Shahhen')).toEqual(owner('Suhail Shaheenb'));
    expect(owner('Suhail Shahhen')).toHaveLength(1);
  });

  test('a single-day date resting on a named weekday falls on that weekday', () => {
    const checked = ds.events.filter(
      (e) => e.date.earliest === e.date.latest && WEEKDAYS.some((d) => e.date.derivation.clue.includes(d)),
    );
    expect(checked.length).toBeGreaterThan(0);
    for (const e of checked) {
      const weekday = WEEKDAYS[new Date(`${e.date.earliest}T00:00:00Z`).getUTCDay()]!;
      expect(e.date.derivation.clue, e.id).toContain(weekday);
    }
  });

  test('an event id starts with its date, never more precisely than the date is known', () => {
    for (const e of ds.events) {
      const { earliest, latest, precision } = e.date;
      const range = /^(\d{4})-(\d{4})-/.exec(e.id);
      if (range) {
        expect(earliest.slice(0, 4) >= range[1]! && latest.slice(0, 4) <= range[2]!, e.id).toBe(true);
        continue;
      }
      const prefix = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?=-[a-z])/.exec(e.id)?.[0];
      expect(prefix, `${e.id} has no date prefix`).toBeDefined();
      expect(earliest.startsWith(prefix!), e.id).toBe(true);
      if (prefix!.length === 10) expect(latest, e.id).toBe(earliest);
      if (prefix!.length === 7 && precision !== 'span') expect(latest.startsWith(prefix!), e.id).toBe(true);
    }
  });

  test('renamed event ids still lead to their events', () => {
    const ids = new Set(ds.events.map((e) => e.id));
    for (const [from, to] of Object.entries(ds.eventAliases)) {
      expect(ids.has(from), from).toBe(false);
      expect(ids.has(to), to).toBe(true);
    }
  });

  test('theme colours are readable as marks on white (3:1) and distinct from each other', () => {
    for (const t of ds.themes) expect(1.05 / (luminance(t.color) + 0.05), t.id).toBeGreaterThanOrEqual(3);
    for (const a of ds.themes)
      for (const b of ds.themes) {
        if (a.id >= b.id) continue;
        const [p, q] = [lab(a.color), lab(b.color)];
        expect(Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]), `${a.id} vs ${b.id}`).toBeGreaterThanOrEqual(20);
      }
  });

  test.skipIf(!existsSync(SEEDS))('the article files are the seeds byte for byte', () => {
    for (const a of ds.articles) {
      expect(
        readFileSync(resolve(DATASET_DIR, 'articles', a.file)).equals(readFileSync(resolve(SEEDS, a.file))),
        a.file,
      ).toBe(true);
    }
  });
});
