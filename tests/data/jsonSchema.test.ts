import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SCHEMA_PATH, datasetJsonSchemaText } from '../tools/writeJsonSchema';
import { datasetText } from './fixture';

describe('dataset.schema.json', () => {
  test('is what `npm run schema` generates from the zod schema (run it after changing src/data/schema.ts)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(datasetJsonSchemaText());
  });

  test('describes every top-level field of the dataset file, and the dataset points editors at it', () => {
    const schema = JSON.parse(datasetJsonSchemaText()) as { properties: Record<string, unknown>; required: string[] };
    const data = JSON.parse(datasetText()) as Record<string, unknown>;
    expect(data.$schema).toBe('./dataset.schema.json');
    for (const key of Object.keys(data).filter((k) => k !== '$schema')) expect(Object.keys(schema.properties)).toContain(key);
    expect(schema.required).toEqual(expect.arrayContaining(['articles', 'actors', 'themes', 'events']));
    // Boilerplate a person writing a dataset by hand may leave out.
    for (const optional of ['eventAliases', 'places', 'schemaVersion', 'home']) expect(schema.required).not.toContain(optional);
  });
});
