import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DatasetT } from '../../src/data/schema';
import { datasetOf } from '../fixtures/dataset';

export const DATASET_DIR = resolve(process.cwd(), 'public/data/afghan-peace-2018-2021');

/** The committed dataset file's text. */
export function datasetText(): string {
  return readFileSync(resolve(DATASET_DIR, 'dataset.json'), 'utf8');
}

/** The article texts of a dataset, keyed by article id. */
export function articleTexts(ds: DatasetT): Record<string, string> {
  return Object.fromEntries(
    ds.articles.map((a) => [a.id, readFileSync(resolve(DATASET_DIR, 'articles', a.file), 'utf8')]),
  );
}

/** A small valid dataset, fresh on every call, for tests that break one thing at a time. */
export function tinyDataset(): DatasetT {
  const derivation = {
    method: 'relative-to-publication' as const,
    clue: 'on Saturday',
    articleId: 'a1',
    confidence: 'high' as const,
    note: 'Published Saturday.',
  };
  return datasetOf({
    id: 'tiny',
    title: 'Tiny',
    description: 'A tiny dataset for tests.',
    articles: [
      {
        id: 'a1',
        title: 'Envoy speaks',
        dateline: 'Doha',
        published: { clues: [{ quote: 'date 2019-05-04', reasoning: 'Date line.' }] },
        chrome: [{ kind: 'teaser', text: 'Check Also: the envoy said on Saturday that peace is near' }],
      },
    ],
    actors: [
      { id: 'envoy', name: 'The Envoy', affiliation: 'us', title: 'envoy', aliases: ['Envoy', 'the envoy'] },
      { id: 'us', name: 'United States', type: 'state', aliases: ['US'] },
    ],
    themes: [{ id: 'talks', label: 'Talks', description: 'Talks.', color: '#1f5fa8' }],
    events: [
      {
        id: '2019-05-04-envoy-speaks',
        title: 'The envoy speaks',
        summary: 'The envoy said peace is near.',
        date: { earliest: '2019-05-04', derivation },
        kind: 'statement',
        actors: [{ actorId: 'envoy', role: 'speaker' }],
        location: 'Doha',
        evidence: [{ articleId: 'a1', text: 'the envoy said on Saturday that peace is near' }],
      },
      {
        id: '2019-05-03-talks-held',
        title: 'Talks are held',
        summary: 'Talks were held.',
        date: {
          earliest: '2019-05-03',
          derivation: {
            ...derivation,
            method: 'relative-to-event',
            clue: 'a day before',
            relativeTo: '2019-05-04-envoy-speaks',
          },
        },
        actors: [{ actorId: 'us', role: 'participant' }],
        evidence: [{ articleId: 'a1', text: 'Talks were held a day before.' }],
      },
    ],
  });
}

/** The text of the tiny dataset's one article: the quoted passage occurs first in a teaser (chrome), then in the body. */
export const TINY_TEXT =
  'Check Also: the envoy said on Saturday that peace is near\n\ndate 2019-05-04 Envoy speaks\n\nDOHA: the envoy said on Saturday that peace is near. Talks were held a day before.\n';
