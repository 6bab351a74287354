// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { assembleIndex } from '../../../src/data/import/assemble';
import { runImport } from '../../../src/data/import/run';
import { type DatasetError } from '../../../src/data/DatasetError';
import { parseDatasetRecord } from '../../../src/data/loadDataset';
import { buildIndex } from '../../../src/data/buildIndex';
import { DATASET_DIR, datasetText } from '../fixture';
import { importText, open } from './helpers';

const articleFiles = () =>
  readdirSync(resolve(DATASET_DIR, 'articles')).map(
    (f) => new File([readFileSync(resolve(DATASET_DIR, 'articles', f))], f),
  );

function withFolder(files: File[], folder: string): File[] {
  // What a dropped folder gives: each file with its path inside the folder.
  return files.map((f, k) =>
    Object.defineProperty(f, 'webkitRelativePath', {
      value: k === 0 ? `${folder}/dataset.json` : `${folder}/articles/${f.name}`,
    }),
  );
}

describe('Envoy dataset JSON', () => {
  test('the bundled dataset opens as an Envoy dataset, indexed as the bundled loader indexes it', async () => {
    const { index, format, warnings } = await open(datasetText(), 'dataset.json');
    const bundled = parseDatasetRecord(datasetText());
    expect(format).toBe('envoy-json');
    expect(index.count).toBe(bundled.events.length);
    expect(index.actors).toEqual(bundled.actors);
    const first = index.event(0);
    expect(index.indexOf(first.id)).toBe(0);
    // Without its articles, the dataset says so rather than leaving quotes silently unhighlighted.
    expect(warnings).toEqual([expect.stringMatching(/names 5 article files that did not come with it/)]);
  });

  test('opened as a file, the dataset keeps its flags, span end precisions and likeliest parts, as the bundled index does', async () => {
    const { index } = await open(datasetText(), 'dataset.json');
    const bundled = buildIndex(parseDatasetRecord(datasetText()));
    expect(Array.from(index.flags)).toEqual(Array.from(bundled.flags));
    expect(Array.from(index.flags).filter(Boolean).length).toBeGreaterThan(0);
    expect(Array.from(index.startPrecision)).toEqual(Array.from(bundled.startPrecision));
    expect(Array.from(index.endPrecision)).toEqual(Array.from(bundled.endPrecision));
    expect([...index.likeliest]).toEqual([...bundled.likeliest]);
  });

  test('a folder with dataset.json and articles/ brings the article text, and every quote is found', async () => {
    const files = withFolder([new File([datasetText()], 'dataset.json'), ...articleFiles()], 'afghan');
    const o = await runImport({ kind: 'files', files });
    expect(o.kind).toBe('ok');
    if (o.kind !== 'ok') return;
    expect(o.format).toBe('envoy-json');
    expect(Object.keys(o.articleText)).toHaveLength(5);
    expect(o.warnings).toEqual([]);
  });

  test('a .zip of the folder works the same', async () => {
    const entries: Record<string, Uint8Array> = { 'afghan/dataset.json': strToU8(datasetText()) };
    for (const f of readdirSync(resolve(DATASET_DIR, 'articles')))
      entries[`afghan/articles/${f}`] = readFileSync(resolve(DATASET_DIR, 'articles', f));
    const { format, articleText, warnings, index } = await open(zipSync(entries), 'afghan.zip');
    expect(format).toBe('envoy-zip');
    expect(Object.keys(articleText)).toHaveLength(5);
    expect(warnings).toEqual([]);
    expect(index.articles).toHaveLength(5);
  });

  test('a quote not found in its article is reported, and the dataset still opens', async () => {
    const ds = JSON.parse(datasetText());
    ds.events[0].evidence[0].text = 'words that appear in no article';
    const files = withFolder([new File([JSON.stringify(ds)], 'dataset.json'), ...articleFiles()], 'afghan');
    const o = await runImport({ kind: 'files', files });
    expect(o.kind).toBe('ok');
    if (o.kind === 'ok')
      expect(o.warnings).toEqual([
        expect.stringMatching(
          /^events\[0\] ".+" › evidence\[0\]\.text: "words that appear in no article" does not occur verbatim in article/,
        ),
      ]);
  });

  test('invalid datasets fail with the same messages as the bundled loader', async () => {
    const ds = JSON.parse(datasetText());
    ds.events[2].date.earliest = '2019-13-01';
    ds.events[4].themes = ['no-such-theme'];
    const text = JSON.stringify(ds);
    const o = await importText(text, 'dataset.json');
    let expected = '';
    try {
      parseDatasetRecord(text);
    } catch (e) {
      expected = (e as DatasetError).message;
    }
    expect(expected).not.toBe('');
    expect(o).toMatchObject({ kind: 'error', message: expected });
    const cut = await importText(datasetText().slice(0, 500), 'dataset.json');
    expect(cut).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/^dataset\.json: file: ends too early, as if cut off/),
    });
  });

  test('misspelt and unknown keys are reported in words instead of vanishing', async () => {
    const ds = JSON.parse(datasetText());
    ds.events[3].titel = 'typo';
    ds.actors[0].alias = ['x'];
    ds.colour = 'red';
    const { warnings } = await open(JSON.stringify(ds), 'dataset.json');
    expect(warnings).toEqual(
      expect.arrayContaining([
        'events[3] has an unknown key "titel" (did you mean "title"?); Envoy ignores it',
        'actors[0] has an unknown key "alias" (did you mean "aliases"?); Envoy ignores it',
        'the dataset has an unknown key "colour"; Envoy ignores it',
      ]),
    );
  });

  test('a dataset from a newer format version opens, with a warning; one without schemaVersion opens as version 1', async () => {
    const ds = JSON.parse(datasetText());
    ds.schemaVersion = 9;
    const { warnings } = await open(JSON.stringify(ds), 'dataset.json');
    expect(warnings[0]).toMatch(/written for version 9 of the Envoy dataset format/);
    delete ds.schemaVersion;
    expect((await importText(JSON.stringify(ds), 'dataset.json')).kind).toBe('ok');
  });

  test('a dataset with no articles and events that only cite their sources is valid; with articles, an event must quote or cite', async () => {
    const minimal = JSON.parse(
      /```json\n([\s\S]*?)\n```/.exec(readFileSync(resolve(process.cwd(), 'docs/dataset-format.md'), 'utf8'))![1]!,
    );
    const { index } = await open(JSON.stringify(minimal), 'mine.json');
    expect(index.count).toBe(1);
    const assembled = assembleIndex((await open(JSON.stringify(minimal), 'mine.json')).payload, null);
    expect(assembled.event(0).sourceNotes).toEqual(minimal.events[0].sourceNotes);
    delete minimal.events[0].sourceNotes;
    expect((await importText(JSON.stringify(minimal), 'mine.json')).kind).toBe('ok');
    const bundled = JSON.parse(datasetText());
    minimal.articles = bundled.articles;
    expect(await importText(JSON.stringify(minimal), 'mine.json')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining(
        'events[0] "2024-03-15-un-convoy" › evidence: needs at least one quote, or a source note',
      ),
    });
  });
});
