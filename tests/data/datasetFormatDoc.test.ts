import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDatasetRecord } from '../../src/data/loadDataset';

const DOC = resolve(process.cwd(), 'docs/dataset-format.md');

describe('docs/dataset-format.md', () => {
  test('its minimal dataset is valid: a person can copy it and open it', () => {
    const block = /```json\n([\s\S]*?)\n```/.exec(readFileSync(DOC, 'utf8'));
    expect(block).not.toBeNull();
    const ds = parseDatasetRecord(block![1]!, 'docs/dataset-format.md');
    expect(ds.events).toHaveLength(1);
    expect(ds.events[0]!.sourceNotes![0]!.kind).toBe('citation');
  });
});
