import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { Dataset, SCHEMA_VERSION } from '../../src/data/schema';

/** Where the generated JSON Schema lives, next to the dataset it describes. */
export const SCHEMA_PATH = resolve(import.meta.dirname, '../../public/data/afghan-peace-2018-2021/dataset.schema.json');
/** The published copy, at a stable path of every build (<base>/schema/dataset.schema.json), for people writing datasets. */
export const PUBLISHED_SCHEMA_PATH = resolve(import.meta.dirname, '../../public/schema/dataset.schema.json');
/** The schema's identifier: stable across builds and hosts, versioned with the format. */
export const SCHEMA_ID = `urn:envoy:schema:dataset:${SCHEMA_VERSION}`;

/** The JSON Schema of a dataset file, generated from the zod schema, as the text written to disk. */
export function datasetJsonSchemaText(): string {
  const schema = z.toJSONSchema(Dataset, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  const withMeta = {
    ...schema,
    $id: SCHEMA_ID,
    title: `Envoy dataset, format version ${SCHEMA_VERSION}`,
    description:
      'An Envoy dataset: articles, actors, themes and events with verbatim evidence. Generated from src/data/schema.ts by `npm run schema`; do not edit by hand. Published at schema/dataset.schema.json; docs/dataset-format.md explains it.',
  };
  return `${JSON.stringify(withMeta, null, 2)}\n`;
}

/** Writes the bundled dataset's dataset.schema.json and the published schema/dataset.schema.json; `npm run schema` calls this. */
export function writeJsonSchema(): string {
  const text = datasetJsonSchemaText();
  writeFileSync(SCHEMA_PATH, text);
  mkdirSync(dirname(PUBLISHED_SCHEMA_PATH), { recursive: true });
  writeFileSync(PUBLISHED_SCHEMA_PATH, text);
  return `${SCHEMA_PATH} and ${PUBLISHED_SCHEMA_PATH}`;
}
