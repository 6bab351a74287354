import { strFromU8, unzipSync } from 'fflate';
import { parseDataset, parseDatasetRecord } from '../../../src/data/loadDataset';
import { filterEvents } from '../../../src/data/filter';
import { checkQuotes } from '../../../src/data/checkQuotes';
import { datasetSubset } from '../../../src/export/core/subset';
import { selectInWindow } from '../../../src/export/core/selection';
import { datasetJson, zipDataset } from '../../../src/export/core/zipDataset';
import { articleTexts, datasetText, tinyDataset } from '../../data/fixture';

const index = parseDataset(datasetText());
const raw = index.raw!;
const note = { title: 'Exported view', description: 'Events with Khalilzad and the Taliban, 2019–2020.' };
const utc = (s: string) => Date.parse(`${s}T00:00:00Z`);

const views = [
  {
    name: 'Khalilzad and the Taliban, 2019–2020',
    criteria: { actors: ['khalilzad', 'taliban'], actorMode: 'all' as const },
    window: [utc('2019-01-01'), utc('2021-01-01')] as [number, number],
  },
  { name: 'a theme, all dates', criteria: { themes: [raw.themes[0]!.id] }, window: null },
  { name: 'a search', criteria: { search: 'ceasefire' }, window: null },
];

describe.each(views)('export JSON of a filtered view, reopen it: $name', ({ criteria, window }) => {
  const filtered = filterEvents(index, {
    actors: [],
    actorMode: 'any',
    themes: [],
    themeMode: 'any',
    search: '',
    ...criteria,
  });
  const chosen = selectInWindow(index, filtered, window);
  const ids = [...chosen].map((i) => index.event(i).id);
  const { dataset, addedForDates } = datasetSubset(raw, ids, note);
  const reopened = parseDatasetRecord(datasetJson(dataset));

  test('the view is not trivial', () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(raw.events.length);
  });

  test('same events, byte for byte, plus only those their dates count from', () => {
    expect(reopened.events.map((e) => e.id).sort()).toEqual([...ids, ...addedForDates].sort());
    for (const e of reopened.events) expect(e).toEqual(raw.events.find((x) => x.id === e.id));
    for (const id of addedForDates) expect(reopened.events.some((e) => e.date.derivation.relativeTo === id)).toBe(true);
  });

  test('the actors, themes and articles they name, and no others', () => {
    const named = new Set(reopened.events.flatMap((e) => e.actors.map((a) => a.actorId)));
    for (const id of named) expect(reopened.actors.some((a) => a.id === id)).toBe(true);
    for (const a of reopened.actors)
      expect(named.has(a.id) || reopened.actors.some((b) => b.affiliation === a.id)).toBe(true);
    const articles = new Set(reopened.events.flatMap((e) => e.evidence.map((q) => q.articleId)));
    for (const a of reopened.articles)
      expect(articles.has(a.id) || reopened.events.some((e) => e.date.derivation.articleId === a.id)).toBe(true);
    expect(reopened.themes.every((t) => reopened.events.some((e) => e.themes.includes(t.id)))).toBe(true);
  });

  test('the same quotes: every quote is still found in its article, from the zip', () => {
    const texts = articleTexts(raw);
    const byFile = new Map(raw.articles.map((a) => [a.file, texts[a.id]!]));
    const files = unzipSync(zipDataset(dataset, byFile));
    const fromZip = parseDatasetRecord(strFromU8(files['dataset.json']!));
    const zipTexts = Object.fromEntries(fromZip.articles.map((a) => [a.id, strFromU8(files[`articles/${a.file}`]!)]));
    expect(Object.keys(zipTexts)).toHaveLength(fromZip.articles.length);
    expect(checkQuotes(fromZip, zipTexts)).toEqual([]);
    const quotes = (ds: typeof fromZip) =>
      ds.events.flatMap((e) => e.evidence.map((q) => `${e.id}|${q.articleId}|${q.text}`)).sort();
    expect(quotes(fromZip)).toEqual(quotes(raw).filter((q) => fromZip.events.some((e) => q.startsWith(`${e.id}|`))));
  });
});

test('an event dated from another brings that event along, so the file is valid', () => {
  const tiny = tinyDataset();
  const { dataset, addedForDates } = datasetSubset(tiny, ['2019-05-03-talks-held'], note);
  expect(addedForDates).toEqual(['2019-05-04-envoy-speaks']);
  expect(() => parseDatasetRecord(datasetJson(dataset))).not.toThrow();
  // The envoy belongs to the United States: the actor it is affiliated with comes too.
  expect(dataset.actors.map((a) => a.id).sort()).toEqual(['envoy', 'us']);
});

test('no events still gives a dataset that opens', () => {
  const { dataset } = datasetSubset(tinyDataset(), [], note);
  expect(parseDatasetRecord(datasetJson(dataset)).events).toEqual([]);
});
