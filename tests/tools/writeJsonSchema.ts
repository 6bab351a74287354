import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { Dataset } from '../../src/data/schema';

/** Where the generated JSON Schema lives, next to the dataset it describes. */
export const SCHEMA_PATH = resolve(import.meta.dirname, '../../public/data/afghan-peace-2018-2021/dataset.schema.json');

/** The JSON Schema of a dataset file, generated from the zod schema, as the text written to disk. */
export function datasetJsonSchemaText(): string {
  const schema = z.toJSONSchema(Dataset, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  const withMeta = {
    ...schema,
    $id: 'dataset.schema.json',
    title: 'Envoy dataset',
    description: 'Generated from src/data/schema.ts by `npm run schema`; do not edit by hand.',
  };
  return `${JSON.stringify(withMeta, null, 2)}\n`;
}

/** Writes dataset.schema.json; `npm run schema` calls this. */
export function writeJsonSchema(): string {
  writeFileSync(SCHEMA_PATH, datasetJsonSchemaText());
  return SCHEMA_PATH;
}
