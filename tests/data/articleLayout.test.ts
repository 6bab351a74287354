import { describe, expect, test } from 'vitest';
import { layoutArticle } from '../../src/data/articleLayout';
import { parseDatasetRecord } from '../../src/data/loadDataset';
import { TINY_TEXT, articleTexts, datasetText, tinyDataset } from './fixture';

describe('layoutArticle', () => {
  test('finds the chrome and resolves a quote to its occurrence in the body, not the teaser', () => {
    const ds = tinyDataset();
    const layout = layoutArticle(TINY_TEXT, ds.articles[0]!, ds.events);
    expect(layout.chrome).toHaveLength(1);
    const teaser = layout.chrome[0]!;
    expect(TINY_TEXT.slice(teaser.start, teaser.end)).toMatch(/^Check Also/);
    const quote = layout.quotes.find((q) => q.eventId === '2019-05-04-envoy-speaks')!;
    expect(quote.start).toBeGreaterThanOrEqual(teaser.end);
    expect(TINY_TEXT.slice(quote.start, quote.end)).toBe('the envoy said on Saturday that peace is near');
    expect(layout.missing).toEqual([]);
  });

  test('lists quotes sorted by position, and reports a quote that does not occur', () => {
    const ds = tinyDataset();
    ds.events[1]!.evidence.push({ articleId: 'a1', text: 'a sentence that is not there' });
    const layout = layoutArticle(TINY_TEXT, ds.articles[0]!, ds.events);
    expect(layout.quotes.map((q) => q.start)).toEqual([...layout.quotes.map((q) => q.start)].sort((a, b) => a - b));
    expect(layout.missing).toEqual([
      { eventId: '2019-05-03-talks-held', evidenceIndex: 1, text: 'a sentence that is not there' },
    ]);
  });

  test('ignores quotes that name other articles', () => {
    const ds = tinyDataset();
    ds.events[0]!.evidence.push({ articleId: 'elsewhere', text: 'not in this article' });
    const layout = layoutArticle(TINY_TEXT, ds.articles[0]!, ds.events);
    expect(layout.missing).toEqual([]);
    expect(layout.quotes).toHaveLength(2);
  });

  test('a repeated page title is chrome only at the occurrence the dataset names', () => {
    const ds = parseDatasetRecord(datasetText());
    const article = ds.articles.find((a) => a.file.startsWith('001_'))!;
    const text = articleTexts(ds)[article.id]!;
    const layout = layoutArticle(text, article, ds.events);
    const repeat = layout.chrome.filter((c) => c.kind === 'title-repeat');
    expect(repeat).toHaveLength(1);
    // The headline line stays in the body; the second copy of it is chrome.
    const headline = text.indexOf('\nKhalilzad in Kabul to Discuss Ways of Resuming Peace Talks\n') + 1;
    expect(layout.chrome.some((c) => c.start <= headline && headline < c.end)).toBe(false);
    expect(repeat[0]!.start).toBeGreaterThan(headline);
    expect(layout.chrome.map((c) => c.start)).toEqual([...layout.chrome.map((c) => c.start)].sort((a, b) => a - b));
  });
});
