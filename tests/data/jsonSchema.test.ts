import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PUBLISHED_SCHEMA_PATH, SCHEMA_ID, SCHEMA_PATH, datasetJsonSchemaText } from '../tools/writeJsonSchema';
import { datasetText } from './fixture';

describe('dataset.schema.json', () => {
  test('is what `npm run schema` generates from the zod schema (run it after changing src/data/schema.ts)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(datasetJsonSchemaText());
    expect(readFileSync(PUBLISHED_SCHEMA_PATH, 'utf8')).toBe(datasetJsonSchemaText());
  });

  test('is published at a stable path with an $id, and describes every field, at every depth', () => {
    const schema = JSON.parse(datasetJsonSchemaText()) as { $id: string };
    expect(schema.$id).toBe(SCHEMA_ID);
    const undescribed: string[] = [];
    let fields = 0;
    const walk = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      for (const [k, v] of Object.entries((n.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        fields++;
        if (typeof v.description !== 'string' || v.description === '') undescribed.push(`${path}.${k}`);
        walk(v, `${path}.${k}`);
      }
      walk(n.items, `${path}[]`);
      walk(n.additionalProperties, `${path}{}`);
      for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems'])
        for (const sub of (n[key] as unknown[] | undefined) ?? []) walk(sub, path);
    };
    walk(schema, '');
    expect(fields).toBeGreaterThan(90);
    expect(undescribed).toEqual([]);
  });

  test('describes every top-level field of the dataset file, and the dataset points editors at it', () => {
    const schema = JSON.parse(datasetJsonSchemaText()) as { properties: Record<string, unknown>; required: string[] };
    const data = JSON.parse(datasetText()) as Record<string, unknown>;
    expect(data.$schema).toBe('./dataset.schema.json');
    for (const key of Object.keys(data).filter((k) => k !== '$schema'))
      expect(Object.keys(schema.properties)).toContain(key);
    expect(schema.required).toEqual(expect.arrayContaining(['articles', 'actors', 'themes', 'events']));
    // Boilerplate a person writing a dataset by hand may leave out.
    for (const optional of ['eventAliases', 'places', 'schemaVersion', 'home'])
      expect(schema.required).not.toContain(optional);
  });
});
