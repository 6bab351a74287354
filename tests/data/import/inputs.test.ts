// @vitest-environment node
import { resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runImport } from '../../../src/data/import/run';
import { serveStatic } from '../../tools/staticServer.mjs';
import { acledCsv, importText, open } from './helpers';

describe('ways in: URLs, zips, several files', () => {
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    server = await serveStatic(resolve(process.cwd(), 'public'), '/envoy/');
  });
  afterAll(() => server.close());

  test('a dataset URL brings its articles from articles/ beside it, and every quote is checked', async () => {
    const o = await runImport({
      kind: 'url',
      url: new URL('data/afghan-peace-2018-2021/dataset.json', server.url).href,
    });
    expect(o.kind).toBe('ok');
    if (o.kind !== 'ok') return;
    expect(Object.keys(o.articleText)).toHaveLength(5);
    expect(o.warnings).toEqual([]);
  });

  test('a CSV from a URL is streamed like a file', async () => {
    const o = await runImport({ kind: 'url', url: new URL('samples/acled-sample.csv', server.url).href });
    expect(o).toMatchObject({ kind: 'ok', format: 'acled-csv', rows: 8 });
  });

  test('a URL that cannot be fetched says so', async () => {
    expect(await runImport({ kind: 'url', url: new URL('samples/nope.csv', server.url).href })).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/samples\/nope\.csv could not be fetched \(HTTP 404/),
    });
    expect(await runImport({ kind: 'url', url: 'http://127.0.0.1:9/x.csv' })).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/could not be fetched: the network failed/),
    });
  });

  test('a zip holding one CSV opens that CSV; a zip holding nothing usable says so', async () => {
    expect(await open(zipSync({ 'export/acled.csv': strToU8(acledCsv([{}])) }), 'export.zip')).toMatchObject({
      format: 'acled-csv',
      rows: 1,
    });
    expect(
      await importText(zipSync({ 'a.png': new Uint8Array([1, 2]), 'b.png': new Uint8Array([3]) }), 'pics.zip'),
    ).toEqual({
      kind: 'error',
      message: 'pics.zip holds no dataset.json, and not exactly one CSV, TSV or JSON file',
    });
  });

  test('several files without a dataset.json ask for one file or a dataset folder', async () => {
    const files = [new File(['a'], 'a.csv'), new File(['b'], 'b.csv')];
    expect(await runImport({ kind: 'files', files })).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/hold no dataset\.json/),
    });
    expect(await runImport({ kind: 'files', files: [new File([acledCsv([{}])], 'one.csv')] })).toMatchObject({
      kind: 'ok',
      format: 'acled-csv',
    });
  });
});

describe('text encodings and broken quoting', () => {
  test('a Windows-1252 file (Excel in much of the world) reads its accents right', async () => {
    const text = acledCsv([{ location: 'Qadis', notes: 'Attaque près de la ville' }]);
    const bytes = Uint8Array.from(text, (c) => (c === 'è' ? 0xe8 : c.charCodeAt(0)));
    const { events } = await open(bytes, 'latin.csv');
    expect(events[0]!.sourceNotes![0]!.text).toBe('Attaque près de la ville');
  });

  test('a quote that is never closed swallows the rest of the file into one cell, and that row is reported', async () => {
    const text = acledCsv([{ event_id_cnty: 'AFG1' }]) + 'AFG2,2020-03-15,2020,1,x,Battles,"never closed\n';
    const o = await open(text, 'a.csv');
    expect(o.index.count).toBe(1);
    expect(o.skipped).toEqual([
      {
        row: 3,
        column: '',
        message: expect.stringMatching(/quoted cell that is never closed|cells where the header has 31/),
      },
    ]);
  });
});
